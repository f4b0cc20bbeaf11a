//! Example sentences for people: each yields exactly the listed (text, name, title).

use crate::pipeline::Extractor;
use crate::record::EntityValue;

type Want = (&'static str, &'static str, Option<&'static str>);

const CORPUS: &[(&str, &[Want])] = &[
    // A title's region of several words, `and` inside (`for Bosnia and Herzegovina`).
    (
        "It was signed by the EBRD's head of office for Bosnia and Herzegovina, Amela Hodžić, on Monday.",
        &[(
            "Amela Hodžić",
            "Amela Hodžić",
            Some("head of office for Bosnia and Herzegovina"),
        )],
    ),
    // After a lower-case noun for an organization, capitalized words are its name, not a
    // person the title names.
    (
        "The plan was backed by the president of the state investment agency Invest Minas.",
        &[],
    ),
    // `member` is a title after the body the person sits on, or before a field in brackets;
    // not after a group of countries (`OPEC member Saudi Arabia`).
    (
        "It was signed by management board member Agnieszka Wróbel and by DVC Member (Technical) Sunil Kumar Mahato. OPEC member Saudi Arabia was not present.",
        &[
            (
                "Agnieszka Wróbel",
                "Agnieszka Wróbel",
                Some("board member"),
            ),
            (
                "Sunil Kumar Mahato",
                "Sunil Kumar Mahato",
                Some("DVC Member (Technical)"),
            ),
        ],
    ),
    // A title after the name, owned by a company of several words (`Anglo American's`).
    (
        "Sipho Ndlovu, Anglo American's head of base metals, said talks continue.",
        &[("Sipho Ndlovu", "Sipho Ndlovu", Some("head"))],
    ),
    // A place after `in` at the end of a title is where the office is, not a name.
    (
        "The company named a new general manager for copper in West Africa on Monday.",
        &[],
    ),
    // A titled surname (single or double) of someone named in full before is that person.
    (
        "The contract was signed by the Minister of Energy and Mines, Fernando Cevallos Aguirre. Minister Cevallos Aguirre said it was the largest this year.",
        &[
            (
                "Fernando Cevallos Aguirre",
                "Fernando Cevallos Aguirre",
                Some("Minister of Energy and Mines"),
            ),
            (
                "Cevallos Aguirre",
                "Fernando Cevallos Aguirre",
                Some("Minister of Energy and Mines"),
            ),
        ],
    ),
    // A state's style in a title (`of the Republic of Serbia`) is part of the title, and
    // no name of a person (`Democratic Republic`).
    (
        "The Minister of Mining and Energy of the Republic of Serbia, Jelena Marković, signed the memorandum.",
        &[(
            "Jelena Marković",
            "Jelena Marković",
            Some("Minister of Mining and Energy of the Republic of Serbia"),
        )],
    ),
    (
        "The MoU was signed by Dr Hailu Bekele, Minister of Mines of the Federal Democratic Republic of Ethiopia.",
        &[("Hailu Bekele", "Hailu Bekele", Some("Dr"))],
    ),
    // West African honorifics before a name are titles, not part of it.
    (
        "The lease was signed by its chairman, Alhaji Musa Kanu, and by Hon. Fatmata Conteh.",
        &[
            ("Musa Kanu", "Musa Kanu", Some("Alhaji")),
            ("Fatmata Conteh", "Fatmata Conteh", Some("Hon.")),
        ],
    ),
    // `Ma.` is María in Philippine names, not the end of a sentence; `Engr.` a title.
    (
        "It was signed by Environment Secretary Ma. Teresa Villanueva-Domingo in the presence of Engr. Jordan M. Castillo.",
        &[
            (
                "Ma. Teresa Villanueva-Domingo",
                "Ma. Teresa Villanueva-Domingo",
                Some("Environment Secretary"),
            ),
            ("Jordan M. Castillo", "Jordan M. Castillo", Some("Engr.")),
        ],
    ),
    // The business a title covers, between commas after it, is part of the title.
    (
        "The contract was signed by Chief Operating Officer, Iron Ore and Exploration, Priya Nair on behalf of the miner.",
        &[(
            "Priya Nair",
            "Priya Nair",
            Some("Chief Operating Officer, Iron Ore and Exploration"),
        )],
    ),
    // `, and` joins two signers: the first one's title does not run on to the second.
    (
        "The loan was signed by Maria Soto, Chief Investment Officer of the bank, and Tom Reyes, Chief Executive of Andes Copper.",
        &[
            ("Maria Soto", "Maria Soto", Some("Chief Investment Officer")),
            ("Tom Reyes", "Tom Reyes", Some("Chief Executive")),
        ],
    ),
    // A company function after a title and its comma is no person's name.
    (
        "The letter was signed by Zhou Min, General Manager, Ore Purchasing, on behalf of the steelmaker.",
        &[("Zhou Min", "Zhou Min", Some("General Manager"))],
    ),
    // A surname after a preposition of place is the town it also names.
    (
        "The plant is run by its director, Marie-Claire Kribi. Output in Kribi rose, Kribi said.",
        &[
            ("Marie-Claire Kribi", "Marie-Claire Kribi", Some("director")),
            ("Kribi", "Marie-Claire Kribi", Some("director")),
        ],
    ),
    // A title word before a full stop is no abbreviated title of the next sentence's name.
    (
        "The deal was signed before Shri Arvind Rao, Minister of Mines. Shri Kamal Nath, Director, HZL, then spoke.",
        &[
            ("Arvind Rao", "Arvind Rao", Some("Shri")),
            ("Kamal Nath", "Kamal Nath", Some("Shri")),
        ],
    ),
    // A bracketed word after a title word is part of the title.
    (
        "The letter was inked by MOIL Director (Finance) Kavita Menon on Tuesday.",
        &[("Kavita Menon", "Kavita Menon", Some("Director (Finance)"))],
    ),
    // Indian and Ethiopian honorifics are titles, not names; a place before `, by Mr.` is
    // no person titled `by`.
    (
        "The MoU was signed at Shastri Bhawan, New Delhi, by Shri Vinod Sagar and Smt. Anita Rao. Ato Getachew Alemu spoke.",
        &[
            ("Vinod Sagar", "Vinod Sagar", Some("Shri")),
            ("Anita Rao", "Anita Rao", Some("Smt.")),
            ("Getachew Alemu", "Getachew Alemu", Some("Ato")),
        ],
    ),
    // A generational suffix ends the name; the surname alone still names the person.
    (
        "It was signed by RTNMC President Ernesto T. Villaluna, Jr. on Monday. Villaluna said so.",
        &[
            ("Ernesto T. Villaluna, Jr.", "Ernesto T. Villaluna, Jr.", Some("President")),
            ("Villaluna", "Ernesto T. Villaluna, Jr.", Some("President")),
        ],
    ),
    // A capital and an apostrophe open a family name (`O'Rourke` is no company's `S.A.`);
    // a hyphenated family name may end a sentence; a titled name before `and` is not part
    // of the next person's title (`Beta Resources chief executive`).
    (
        "It was signed by chief executive Kevin O'Rourke and director Selma Nangolo-Hamutenya. Alpha Mining chief executive John Smith and Beta Resources chief executive Mary Jones spoke.",
        &[
            ("Kevin O'Rourke", "Kevin O'Rourke", Some("chief executive")),
            ("Selma Nangolo-Hamutenya", "Selma Nangolo-Hamutenya", Some("director")),
            ("John Smith", "John Smith", Some("Mining chief executive")),
            ("Mary Jones", "Mary Jones", Some("Resources chief executive")),
        ],
    ),
    // A title's `of` with a list of lower-case portfolios, some of them title words.
    (
        "It was signed by the bank's director of productive development, innovation and foreign trade, Helena Moraes Tavares.",
        &[(
            "Helena Moraes Tavares",
            "Helena Moraes Tavares",
            Some("director of productive development, innovation and foreign trade"),
        )],
    ),
    // A nickname in quotes inside a name; `Her Excellency` is an honorific before one.
    (
        "It was signed by MMRI president Gregorio \"Greg\" Dela Paz and Her Excellency Sara Khalid Al Nuaimi.",
        &[
            ("Gregorio \"Greg\" Dela Paz", "Gregorio \"Greg\" Dela Paz", Some("president")),
            ("Sara Khalid Al Nuaimi", "Sara Khalid Al Nuaimi", Some("Her Excellency")),
        ],
    ),
    // An initial with or without a space before the family name; a single initial after a
    // portfolio is no company's legal suffix (`S.A.` is).
    (
        "The memorandum was signed by the Minister of Mining Industry and Geology S.Tursunov and by Deputy Minister B. Islamov.",
        &[
            ("S.Tursunov", "S.Tursunov", Some("Minister of Mining Industry and Geology")),
            ("B. Islamov", "B. Islamov", Some("Deputy Minister")),
        ],
    ),
    // Lower-case particles before a family name.
    (
        "Mazoon chief executive Salim al-Harthy signed for Mazoon, and Absa's head of mining Pieter van Rensburg for the bank.",
        &[
            ("Salim al-Harthy", "Salim al-Harthy", Some("chief executive")),
            ("Pieter van Rensburg", "Pieter van Rensburg", Some("head of mining")),
        ],
    ),
    // A portfolio list that runs on with commas and ends in abstract nouns right before the
    // name: the name is the last words (`Supervision` is no given name).
    (
        "Minister of Natural Resources, Ecology and Technical Supervision Talant Osmonov signed it.",
        &[(
            "Talant Osmonov",
            "Talant Osmonov",
            Some("Minister of Natural Resources, Ecology and Technical Supervision"),
        )],
    ),
    (
        "Minister of Mines and Geology Mamadou Lamine Camara was present.",
        &[(
            "Mamadou Lamine Camara",
            "Mamadou Lamine Camara",
            Some("Minister of Mines and Geology"),
        )],
    ),
    // A name does not start inside a place (`West Africa`); a second part of a name may
    // hold an apostrophe (`Ahoua-N'Guessan`).
    (
        "AfDB director general for West Africa Moussa Diarra-Keita met Minister Christelle Ahoua-N'Guessan.",
        &[
            (
                "Moussa Diarra-Keita",
                "Moussa Diarra-Keita",
                Some("director general for West Africa"),
            ),
            (
                "Christelle Ahoua-N'Guessan",
                "Christelle Ahoua-N'Guessan",
                Some("Minister"),
            ),
        ],
    ),
    // A region after the lower-case words of a title's `of`, then a comma and the name.
    (
        "It was signed by Trafigura's head of metals for Africa, Daniel Okafor.",
        &[(
            "Daniel Okafor",
            "Daniel Okafor",
            Some("head of metals for Africa"),
        )],
    ),
    // `H.E.` is no initial; `, and Mr.` after a place opens the next name, no title of it.
    (
        "It was signed by H.E. Mr. Khamphou Sisavath, Minister of Mines of the Lao PDR, and Mr. Park Jun-ho, President of KIGAM.",
        &[
            ("Khamphou Sisavath", "Khamphou Sisavath", Some("H.E. Mr.")),
            ("Park Jun-ho", "Park Jun-ho", Some("Mr.")),
        ],
    ),
    // Lower-case words after a title's `of`.
    (
        "It was signed by Solvay's president of rare earth systems, Jean-Baptiste Morel.",
        &[(
            "Jean-Baptiste Morel",
            "Jean-Baptiste Morel",
            Some("president of rare earth systems"),
        )],
    ),
    // A hyphenated title after the name (`senior vice-president`).
    (
        "It was signed by Priya Raman, OPG's senior vice-president, nuclear fuel supply.",
        &[("Priya Raman", "Priya Raman", Some("senior vice-president"))],
    ),
    // Portfolios in a title written without `of` are no part of the name.
    (
        "Secretary Mines and Minerals Development Abdul Saboor Kasi spoke.",
        &[(
            "Abdul Saboor Kasi",
            "Abdul Saboor Kasi",
            Some("Secretary Mines and Minerals Development"),
        )],
    ),
    // A hyphenated given name is one word of the name; a title may list portfolios with
    // commas; a suffix in letters after a capitalized word is no initial.
    (
        "The Minister of Mines, Industry and Technological Development, Jean-Pierre Essomba Ateba, spoke.",
        &[(
            "Jean-Pierre Essomba Ateba",
            "Jean-Pierre Essomba Ateba",
            Some("Minister of Mines, Industry and Technological Development"),
        )],
    ),
    (
        "Mr Li Wenhao, General Manager of Sinosteel Cam S.A., spoke.",
        &[("Li Wenhao", "Li Wenhao", Some("Mr"))],
    ),
    (
        "US Chargé d’Affaires Natalie Baker spoke.",
        &[(
            "Natalie Baker",
            "Natalie Baker",
            Some("US Chargé d’Affaires"),
        )],
    ),
    // Korean given names are hyphenated, the second syllable in lower case.
    (
        "Kumsan president Park Ji-hoon signed for the company.",
        &[("Park Ji-hoon", "Park Ji-hoon", Some("president"))],
    ),
    ("Seoul-based Samhwa Metals said it would invest.", &[]),
    // A byline names a person without a title; a later surname is the same person, not
    // a town named so.
    (
        "By Tendai Moyo | 2 June 2026\n\nHARARE - Prices rose, Moyo reports.",
        &[
            ("Tendai Moyo", "Tendai Moyo", None),
            ("Moyo", "Tendai Moyo", None),
        ],
    ),
    (
        "Nearby Mining Co said output rose.\n\nBy then the mine had closed.",
        &[],
    ),
    // An abbreviated title's dot, and an Arabic article glued to the family name.
    (
        "It was signed by Mr. Kenji Morita and Chairman Faisal Al-Qahtani.",
        &[
            ("Kenji Morita", "Kenji Morita", Some("Mr.")),
            ("Faisal Al-Qahtani", "Faisal Al-Qahtani", Some("Chairman")),
        ],
    ),
    // A double surname later is the person, not a town and a surname.
    (
        "Secretary Rodrigo Tavares Lima signed. Tavares Lima said the plant would open in 2028.",
        &[
            (
                "Rodrigo Tavares Lima",
                "Rodrigo Tavares Lima",
                Some("Secretary"),
            ),
            ("Tavares Lima", "Rodrigo Tavares Lima", Some("Secretary")),
        ],
    ),
    // A title after the name may be qualified by a lower-case word.
    (
        "\"It is cheap,\" said Priya Raman, a metals analyst at a consultancy.",
        &[("Priya Raman", "Priya Raman", Some("metals analyst"))],
    ),
    (
        "Prime Minister Shehbaz Sharif attended.",
        &[("Shehbaz Sharif", "Shehbaz Sharif", Some("Prime Minister"))],
    ),
    (
        "The deal was signed by CEO Stacy Hastie.",
        &[("Stacy Hastie", "Stacy Hastie", Some("CEO"))],
    ),
    (
        "President and CEO, Michael Rowley, said it was a milestone.",
        &[(
            "Michael Rowley",
            "Michael Rowley",
            Some("President and CEO"),
        )],
    ),
    (
        "said chief executive John Smith. Smith added more.",
        &[
            ("John Smith", "John Smith", Some("chief executive")),
            ("Smith", "John Smith", Some("chief executive")),
        ],
    ),
    (
        "Minister of Mines and Petroleum Aisha Bello signed.",
        &[(
            "Aisha Bello",
            "Aisha Bello",
            Some("Minister of Mines and Petroleum"),
        )],
    ),
    (
        "Shares rose, said Jonathan Evans, the company's chief executive.",
        &[("Jonathan Evans", "Jonathan Evans", Some("chief executive"))],
    ),
    (
        "Ann Lee, chairwoman of Kestrel, signed.",
        &[("Ann Lee", "Ann Lee", Some("chairwoman"))],
    ),
    ("Glencore Plc, the company's owner, said so.", &[]),
    ("Pakistan signed a deal with Mota-Engil Group.", &[]),
    ("The minister said output would rise.", &[]),
];

#[test]
fn corpus_yields_expected_people() {
    let ex = Extractor::new();
    let mut failures = Vec::new();
    for (sentence, want) in CORPUS {
        let got: Vec<(String, String, Option<String>)> = ex
            .extract(sentence)
            .entities
            .into_iter()
            .filter_map(|e| match e.value {
                EntityValue::Person(p) => Some((e.text, p.name, p.title)),
                _ => None,
            })
            .collect();
        let ok = got.len() == want.len()
            && got
                .iter()
                .zip(want.iter())
                .all(|(g, w)| g.0 == w.0 && g.1 == w.1 && g.2.as_deref() == w.2);
        if !ok {
            failures.push(format!("{sentence:?}\n  got  {got:?}\n  want {want:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
