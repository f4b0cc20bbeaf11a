//! Example sentences for organizations: each yields exactly the listed (text, name,
//! aliases) in order.

use crate::pipeline::Extractor;
use crate::record::EntityValue;

type Want = (&'static str, &'static str, &'static [&'static str]);

const CORPUS: &[(&str, &[Want])] = &[
    // A capitalized word glued to a whole number is one name (`Africa50`), and a place's
    // name inside it makes no place of the whole.
    (
        "Africa50, the Casablanca-based infrastructure investor, signed the memorandum.",
        &[("Africa50", "Africa50", &[])],
    ),
    // An appositive headed by a noun for a company names one; one headed by another noun,
    // or no phrase at all, does not.
    (
        "Wyloo, the Australian-owned company that bought the claims, agreed. Milica Radovanovic, a member of a local environmental group, objected. Still, the deal matters beyond one junior miner.",
        &[("Wyloo", "Wyloo", &[])],
    ),
    // A known company's name with a country's right after it names its unit there; a
    // Spanish commodity word makes a company's name.
    (
        "Aurubis Bulgaria signed the offtake, and NovaAndino Litio signed a framework agreement.",
        &[
            ("Aurubis Bulgaria", "Aurubis Bulgaria", &[]),
            ("NovaAndino Litio", "NovaAndino Litio", &[]),
        ],
    ),
    // A bank's name that goes on after its word (`Bank Polski`, `Bank Namibia`).
    (
        "The notes were bought by Alior Bank Polska and Standard Bank Namibia last week.",
        &[
            ("Alior Bank Polska", "Alior Bank Polska", &[]),
            ("Standard Bank Namibia", "Standard Bank Namibia", &[]),
        ],
    ),
    // A French `et des` inside a name.
    (
        "The Office des Mines Nationales et des Industries Stratégiques (OMNIS) signed it.",
        &[(
            "Office des Mines Nationales et des Industries Stratégiques (OMNIS)",
            "Office des Mines Nationales et des Industries Stratégiques",
            &["OMNIS"],
        )],
    ),
    // A Spanish `y` inside a name whose acronym is not its initials.
    (
        "The provincial company Salta Minera y Energética Sociedad del Estado (SAMEN SE) signed it.",
        &[(
            "Salta Minera y Energética Sociedad del Estado (SAMEN SE)",
            "Salta Minera y Energética Sociedad del Estado",
            &["SAMEN SE"],
        )],
    ),
    // A press release's short name defined after the ticker.
    (
        "Pilbara Vanadium Partners Ltd (ASX: PVN) (\"PVP\" or \"the Company\") has signed an offtake. PVP said it was pleased.",
        &[
            (
                "Pilbara Vanadium Partners Ltd (ASX: PVN) (\"PVP\" or \"the Company\")",
                "Pilbara Vanadium Partners Ltd",
                &["PVP"],
            ),
            ("PVP", "Pilbara Vanadium Partners Ltd", &["PVP"]),
        ],
    ),
    // A short name given in brackets is the company when the article later writes it
    // alone, whatever words (a country's) the full name has besides.
    (
        "Tembo signed a supply deal with Kestrel Metals Canada Limited (Kestrel Metals). Kestrel Metals will buy the concentrate.",
        &[
            (
                "Kestrel Metals Canada Limited (Kestrel Metals)",
                "Kestrel Metals Canada Limited",
                &["Kestrel Metals"],
            ),
            (
                "Kestrel Metals",
                "Kestrel Metals Canada Limited",
                &["Kestrel Metals"],
            ),
        ],
    ),
    // A known group's name with more words and a legal suffix is its subsidiary; the same
    // words later without the suffix are the subsidiary still, not the group.
    (
        "Sinosteel Kribi SA, the local unit of China's Sinosteel Group, signed the deal. Sinosteel Kribi General Manager Li Wei said so.",
        &[
            ("Sinosteel Kribi SA", "Sinosteel Kribi SA", &["Sinosteel Kribi"]),
            ("Sinosteel Group", "Sinosteel Group", &["Sinosteel"]),
            ("Sinosteel Kribi", "Sinosteel Kribi SA", &["Sinosteel Kribi"]),
        ],
    ),
    // A dotted legal suffix (`S.A.`, `N.V.`) dropped later leaves the same company.
    (
        "Compañía Minera Pativilca S.A. raised its guidance. Compañía Minera Pativilca said output rose.",
        &[
            (
                "Compañía Minera Pativilca S.A.",
                "Compañía Minera Pativilca S.A.",
                &["Compañía Minera Pativilca"],
            ),
            (
                "Compañía Minera Pativilca",
                "Compañía Minera Pativilca S.A.",
                &["Compañía Minera Pativilca"],
            ),
        ],
    ),
    // A university named in Malay (or Spanish, Portuguese, Indonesian, French) opens with
    // its organization word; a hyphened Arabic particle stays inside the name.
    (
        "Lynas signed a research partnership with Universiti Malaysia Pahang Al-Sultan Abdullah on Monday.",
        &[
            ("Lynas", "Lynas Rare Earths", &["Lynas"]),
            (
                "Universiti Malaysia Pahang Al-Sultan Abdullah",
                "Universiti Malaysia Pahang Al-Sultan Abdullah",
                &[],
            ),
        ],
    ),
    // `Financiera` makes a Spanish name an organization; Hungarian and Balkan legal
    // suffixes (`Zrt.`, `Kft.`, `EAD`, `DOO`) end one.
    (
        "Minera México signed a loan with Nacional Financiera on Monday.",
        &[
            ("Minera México", "Minera México", &[]),
            ("Nacional Financiera", "Nacional Financiera", &[]),
        ],
    ),
    (
        "Rock Tech Lithium signed an offtake with Debreceni Vízmű Zrt. on Monday.",
        &[
            ("Rock Tech Lithium", "Rock Tech Lithium", &[]),
            ("Debreceni Vízmű Zrt", "Debreceni Vízmű Zrt", &[]),
        ],
    ),
    // `and` between a name ending in a company word and a name of its own (a distinctive
    // word opening it) joins two organizations; a trade's adjective after it
    // (`Metallurgical`) stays inside one name.
    (
        "Ostrava Metals and Sinomine Resource Group signed a letter of intent on Monday.",
        &[
            ("Ostrava Metals", "Ostrava Metals", &[]),
            ("Sinomine Resource Group", "Sinomine Resource Group", &[]),
        ],
    ),
    (
        "Sarybulak Mining and Metallurgical Company reported higher output.",
        &[(
            "Sarybulak Mining and Metallurgical Company",
            "Sarybulak Mining and Metallurgical Company",
            &[],
        )],
    ),
    // Words the text calls a company's arm or subsidiary name an organization, with no
    // organization word in them.
    (
        "Puna Litio, the lithium arm of the oil company Petrolera Andina SA, opened an office in Salta.",
        &[
            ("Puna Litio", "Puna Litio", &[]),
            ("Petrolera Andina SA", "Petrolera Andina SA", &[]),
        ],
    ),
    // A press release's quoted definition in capitals names the company before it,
    // whatever its letters (`ARTAR`, `G&M`), but not a study; two metals joined by `and`
    // before `plc` are one name.
    (
        "Gold & Minerals Company Limited (\"G&M\"), a venture with Abdul Rahman Saad Al-Rashid & Sons Company Limited (\"ARTAR\"), opened an office. G&M and ARTAR said so.",
        &[
            ("Gold & Minerals Company Limited (\"G&M\")", "Gold & Minerals Company Limited", &["G&M"]),
            (
                "Abdul Rahman Saad Al-Rashid & Sons Company Limited (\"ARTAR\")",
                "Abdul Rahman Saad Al-Rashid & Sons Company Limited",
                &["ARTAR"],
            ),
            ("G&M", "Gold & Minerals Company Limited", &["G&M"]),
            ("ARTAR", "Abdul Rahman Saad Al-Rashid & Sons Company Limited", &["ARTAR"]),
        ],
    ),
    (
        "Nile Gold and Copper plc said the Tulu Definitive Feasibility Study (\"DFS\") is due in March.",
        &[("Nile Gold and Copper plc", "Nile Gold and Copper plc", &[])],
    ),
    // A kind of thing (`Natural Resources`, `Raw Materials`) is no name alone; with a name
    // word it is one.
    (
        "The guarantee was signed by Ann Hale, Head of Natural Resources at UK Export Finance, and by Dr. Eva Roth, Senior Vice President, Raw Materials, for Vale Base Metals.",
        &[
            ("UK Export Finance", "UK Export Finance", &[]),
            ("Vale Base Metals", "Vale Base Metals", &[]),
        ],
    ),
    // The first word of a title (`Managing`, `Vice`) ends the name before it.
    (
        "The note was signed by Kestrel Lithium Technology Managing Director Ana Ruiz and Tellus Graphite Vice President Omar Haddad.",
        &[
            ("Kestrel Lithium Technology", "Kestrel Lithium Technology", &[]),
            ("Tellus Graphite", "Tellus Graphite", &[]),
        ],
    ),
    // A known name with capitalized words after it that the text calls a subsidiary is a
    // company of its own, with no legal suffix, and the same words name it later.
    (
        "Glencore Cobre Andino, the Peruvian subsidiary of Glencore, hired locally. Glencore Cobre Andino said so.",
        &[
            ("Glencore Cobre Andino", "Glencore Cobre Andino", &[]),
            ("Glencore", "Glencore", &[]),
            ("Glencore Cobre Andino", "Glencore Cobre Andino", &[]),
        ],
    ),
    // Known names with a hyphen: a place after it (`Québec`) and a word glued to it
    // (`IPEX-Bank`) are part of the name.
    (
        "The utility Hydro-Québec and the lender KfW IPEX-Bank joined the talks.",
        &[
            ("Hydro-Québec", "Hydro-Québec", &[]),
            ("KfW IPEX-Bank", "KfW IPEX-Bank", &[]),
        ],
    ),
    // A minister's portfolio names no organization; a state company named in English keeps
    // the acronym of its own language.
    (
        "The Minister of Water, Energy and Natural Resources, Paul Ekane, met the head of the National Oil Refining Company (SONARA).",
        &[(
            "National Oil Refining Company (SONARA)",
            "National Oil Refining Company",
            &["SONARA"],
        )],
    ),
    // A word in capitals before the full name in brackets is its acronym, however formed
    // (here by syllables), and names it later.
    (
        "SONAREM (Société Nationale de Recherches et d'Exploitation Minières) opened a tender. SONAREM said bids close in May.",
        &[
            (
                "SONAREM (Société Nationale de Recherches et d'Exploitation Minières)",
                "Société Nationale de Recherches et d'Exploitation Minières",
                &["SONAREM"],
            ),
            ("SONAREM", "Société Nationale de Recherches et d'Exploitation Minières", &["SONAREM"]),
        ],
    ),
    // A conjunction of another language inside a name; a country after the place that
    // opens a name is no short form of it (`Australia` stays the country).
    (
        "Kgalagadi é Tlou Manganese Mining (Pty) Ltd met Korea Australia Rare Metals Ltd on Monday. Australia exports ore.",
        &[
            ("Kgalagadi é Tlou Manganese Mining (Pty) Ltd", "Kgalagadi é Tlou Manganese Mining (Pty) Ltd", &[]),
            ("Korea Australia Rare Metals Ltd", "Korea Australia Rare Metals Ltd", &[]),
        ],
    ),
    // A public body named in English keeps the acronym of its own language; `Global Head
    // of Aluminium` is a title, no name.
    (
        "The Czech Ministry of Industry and Trade (MPO) met Ines Berger, Global Head of Aluminium at the fund.",
        &[(
            "Czech Ministry of Industry and Trade (MPO)",
            "Czech Ministry of Industry and Trade",
            &["MPO"],
        )],
    ),
    // A corporation of a country with its legal suffix after the country is one name.
    (
        "Uranium goes to Nuclear Power Corporation of India Limited (NPCIL) from 2027.",
        &[(
            "Nuclear Power Corporation of India Limited (NPCIL)",
            "Nuclear Power Corporation of India Limited",
            &["NPCIL"],
        )],
    ),
    // An agreement's name in capitals with its short form is no organization.
    (
        "KABIL today signed a Memorandum of Understanding (MoU) with Minerals Development Oman (MDO).",
        &[
            ("KABIL", "Khanij Bidesh India", &["KABIL"]),
            ("Minerals Development Oman (MDO)", "Minerals Development Oman", &["MDO"]),
        ],
    ),
    // `D.C.` after a place is the District of Columbia's letters, no legal form.
    ("The bank opened an office in Bogotá D.C. last year.", &[]),
    // An acronym the article defines for a name of its own is not the known one's (ERG is
    // also Eurasian Resources Group); a known name written its own way keeps it (KOMIR).
    (
        "Engebø Rutile and Garnet AS (ERG) will ship rutile. ERG said so.",
        &[
            ("Engebø Rutile and Garnet AS (ERG)", "Engebø Rutile and Garnet AS", &["ERG"]),
            ("ERG", "Engebø Rutile and Garnet AS", &["ERG"]),
        ],
    ),
    // A known Chinese company's legal name with `(Group)` inside is one name.
    (
        "China Northern Rare Earth (Group) High-Tech Co., Ltd. signed the deal.",
        &[(
            "China Northern Rare Earth (Group) High-Tech Co., Ltd.",
            "China Northern Rare Earth (Group) High-Tech Co., Ltd.",
            &["China Northern Rare Earth Group"],
        )],
    ),
    // A name with its short form in brackets, then a site word, is a site; a company's
    // name so written stays a company.
    (
        "Ore comes from the Rincon West (RW) project and the Cerro Alto Mining Company (CAMC) mine.",
        &[("Cerro Alto Mining Company (CAMC)", "Cerro Alto Mining Company", &["CAMC"])],
    ),
    // A former name with a comma inside, known to the gazetteer, is one name.
    (
        "In 2011 Japan Oil, Gas and Metals National Corporation (JOGMEC) lent to Lynas.",
        &[
            (
                "Japan Oil, Gas and Metals National Corporation (JOGMEC)",
                "Japan Organization for Metals and Energy Security",
                &["Japan Oil, Gas and Metals National Corporation", "JOGMEC"],
            ),
            ("Lynas", "Lynas Rare Earths", &["Lynas"]),
        ],
    ),
    // A name's `and` at the very end of the text: the look for a second name stops there.
    (
        "It met the Ministry of Mines and Kestrel",
        &[("Ministry of Mines and Kestrel", "Ministry of Mines and Kestrel", &[])],
    ),
    // Legal suffixes after a comma end the name before them; they are no name of their own.
    (
        "Royal Gold, Inc. (NASDAQ: RGLD) said on Tuesday.",
        &[("Royal Gold, Inc. (NASDAQ: RGLD)", "Royal Gold", &[])],
    ),
    // `and` joins one name after a common noun of English (`Exploration`), not after a
    // company's own name.
    (
        "Shares of Northern Exploration and Smelting Corporation rose, while Rio Tinto and Mitsubishi Corporation fell.",
        &[
            ("Northern Exploration and Smelting Corporation", "Northern Exploration and Smelting Corporation", &[]),
            ("Rio Tinto", "Rio Tinto", &[]),
            ("Mitsubishi Corporation", "Mitsubishi Corporation", &[]),
        ],
    ),
    // A known acronym in brackets after a name the article writes its own way belongs to
    // that name.
    (
        "The state-run Korea Mine Rehabilitation and Mining Corporation (KOMIR) signed on Monday.",
        &[(
            "Korea Mine Rehabilitation and Mining Corporation (KOMIR)",
            "Korea Mine Rehabilitation and Mineral Resources Corporation",
            &["Korea Mine Rehabilitation and Mining Corporation", "KOMIR"],
        )],
    ),
    // Indonesia's `(Persero)` is part of a state company's name; the name without its
    // company form and suffixes (`Bank Mandiri`), found again later, is the same company.
    (
        "It borrowed from PT Bank Mandiri (Persero) Tbk on Monday. Bank Mandiri said so.",
        &[
            ("PT Bank Mandiri (Persero) Tbk", "PT Bank Mandiri (Persero) Tbk", &["Bank Mandiri"]),
            ("Bank Mandiri", "PT Bank Mandiri (Persero) Tbk", &["Bank Mandiri"]),
        ],
    ),
    // A name whose last words say only what the company digs is used without them
    // (`Sahara Crest` of `Sahara Crest Royalties`); a name that ends otherwise is not cut
    // (`Zimbabwe Mining Development Corporation` is never `Zimbabwe Mining`).
    (
        "Asante Ridge Gold Ltd signed with Sahara Crest Royalties and the Zimbabwe Mining Development Corporation. Sahara Crest will pay Asante Ridge.",
        &[
            ("Asante Ridge Gold Ltd", "Asante Ridge Gold Ltd", &["Asante Ridge"]),
            ("Sahara Crest Royalties", "Sahara Crest Royalties", &["Sahara Crest"]),
            (
                "Zimbabwe Mining Development Corporation",
                "Zimbabwe Mining Development Corporation",
                &[],
            ),
            ("Sahara Crest", "Sahara Crest Royalties", &["Sahara Crest"]),
            ("Asante Ridge", "Asante Ridge Gold Ltd", &["Asante Ridge"]),
        ],
    ),
    // A French article elided onto the next word stays inside the name.
    (
        "Kodal signed with the Société de Recherche et d'Exploitation des Ressources Minérales du Mali (SOREM).",
        &[(
                "Société de Recherche et d'Exploitation des Ressources Minérales du Mali (SOREM)",
                "Société de Recherche et d'Exploitation des Ressources Minérales du Mali",
                &["SOREM"],
        )],
    ),
    // `Bank` opens a name as `Banco` does; a head that takes `of` inside a name makes it
    // an organization's (`National Bank of Oman`), but not past a first `of` of another
    // word (`Press Service of the Ministry`); a town named `Bank` opens no short form.
    (
        "Mazoon took loans from Bank Muscat and the National Bank of Oman. The Press Service of the Ministry of Industry of the Republic of Kazakhstan said so. Talks were in Muscat.",
        &[
            ("Bank Muscat", "Bank Muscat", &[]),
            ("National Bank of Oman", "National Bank of Oman", &[]),
            (
                "Ministry of Industry of the Republic of Kazakhstan",
                "Ministry of Industry of the Republic of Kazakhstan",
                &[],
            ),
        ],
    ),
    // Legal forms: the German partnership's `& Co. KG` (not counted in the acronym's
    // fit), the Danish `A/S` (which makes a name ending in a place a company's).
    (
        "Vacuumschmelze GmbH & Co. KG (VAC) will buy from Tanbreez Mining Greenland A/S.",
        &[
            (
                "Vacuumschmelze GmbH & Co. KG (VAC)",
                "Vacuumschmelze GmbH & Co. KG",
                &["VAC"],
            ),
            ("Tanbreez Mining Greenland A/S", "Tanbreez Mining Greenland A/S", &[]),
        ],
    ),
    // `Holding` inside a name its acronym spells in full; a name given with `known as`.
    (
        "It was signed by the director of Lao Holding State Enterprise (LHSE). Activos Mineros Corp, known as Amsac, keeps 30%.",
        &[
            (
                "Lao Holding State Enterprise (LHSE)",
                "Lao Holding State Enterprise",
                &["LHSE"],
            ),
            ("Activos Mineros Corp", "Activos Mineros Corp", &["Amsac"]),
            ("Amsac", "Activos Mineros Corp", &["Amsac"]),
        ],
    ),
    // A second legal suffix after a comma (`Co., Ltd.`), the group in brackets and `Iron
    // and Steel` inside a Chinese steelmaker's name.
    (
        "Pacific Metals Co., Ltd. and Baotou Iron and Steel (Group) Co., Ltd. signed.",
        &[
            ("Pacific Metals Co., Ltd.", "Pacific Metals Co., Ltd.", &[]),
            (
                "Baotou Iron and Steel (Group) Co., Ltd.",
                "Baotou Iron and Steel (Group) Co., Ltd.",
                &[],
            ),
        ],
    ),
    // The name before `Co., Ltd.` (its comma kept in the words) names the company later.
    (
        "Nusa Nickel signed a letter of intent with Daido Steel Co., Ltd. on Tuesday. Daido Steel will buy the ore.",
        &[
            ("Nusa Nickel", "Nusa Nickel", &[]),
            ("Daido Steel Co., Ltd.", "Daido Steel Co., Ltd.", &["Daido Steel"]),
            ("Daido Steel", "Daido Steel Co., Ltd.", &["Daido Steel"]),
        ],
    ),
    // Press-release brackets: a quoted short name `or the "Company"`, a first word with
    // digits (`K92`), a quoted short name of two words, the venture board's ticker.
    (
        "K92 Mining Inc. (\"K92\" or the \"Company\") (TSX.V: KNT) said its unit, K92 Mining Limited (\"K92 PNG\"), signed. Nouveau Monde Graphite Inc. (TSX-V: NOU) agreed.",
        &[
            (
                "K92 Mining Inc. (\"K92\" or the \"Company\")",
                "K92 Mining Inc.",
                &["K92"],
            ),
            (
                "K92 Mining Limited (\"K92 PNG\")",
                "K92 Mining Limited",
                &["K92 PNG"],
            ),
            (
                "Nouveau Monde Graphite Inc. (TSX-V: NOU)",
                "Nouveau Monde Graphite Inc.",
                &[],
            ),
        ],
    ),
    // An acronym in quotes inside the brackets, as press releases write it.
    (
        "It borrowed from the Alaska Industrial Development and Export Authority (\"AIDEA\"). AIDEA agreed.",
        &[
            (
                "Alaska Industrial Development and Export Authority (\"AIDEA\")",
                "Alaska Industrial Development and Export Authority",
                &["AIDEA"],
            ),
            ("AIDEA", "Alaska Industrial Development and Export Authority", &["AIDEA"]),
        ],
    ),
    // A name used before its suffixed form ('NL', no liability) is the same company.
    (
        "Catamarca signs with Lake Resources\n\nThe deal binds Lake Resources NL for a decade.",
        &[
            ("Lake Resources", "Lake Resources NL", &["Lake Resources"]),
            ("Lake Resources NL", "Lake Resources NL", &["Lake Resources"]),
        ],
    ),
    // Initials written without a definition stand for the one name they spell; the
    // exchange of a ticker does not.
    (
        "Hindustan Copper Ltd rose on the New York Stock Exchange. HCL said Hecla Mining Company (NYSE: HL) agreed.",
        &[
            ("Hindustan Copper Ltd", "Hindustan Copper Ltd", &["Hindustan Copper", "HCL"]),
            ("New York Stock Exchange", "New York Stock Exchange", &[]),
            ("HCL", "Hindustan Copper Ltd", &["Hindustan Copper", "HCL"]),
            ("Hecla Mining Company", "Hecla Mining Company", &["Hecla Mining"]),
        ],
    ),
    // A bracketed acronym that spells the names on both sides of `and` joins them.
    (
        "It borrowed from the Alaska Industrial Development and Export Authority (AIDEA).",
        &[(
            "Alaska Industrial Development and Export Authority (AIDEA)",
            "Alaska Industrial Development and Export Authority",
            &["AIDEA"],
        )],
    ),
    // A word that opens the sentence after a dateline is no part of the name; a suffix in
    // letters after a known name belongs to it.
    (
        "HELSINKI \u{2014} When Keliber Oy signed, Sinosteel Cam S.A. watched.",
        &[
            ("Keliber Oy", "Keliber Oy", &[]),
            ("Sinosteel Cam S.A.", "Sinosteel Cam S.A.", &["Sinosteel"]),
        ],
    ),
    (
        "The MoU was signed between USSM and the Frontier Works Organisation (FWO). FWO will build roads.",
        &[
            ("Frontier Works Organisation (FWO)", "Frontier Works Organisation", &["FWO"]),
            ("FWO", "Frontier Works Organisation", &["FWO"]),
        ],
    ),
    (
        "It signed with Mota-Engil Group. Mota-Engil will run logistics.",
        &[
            ("Mota-Engil Group", "Mota-Engil Group", &["Mota-Engil"]),
            ("Mota-Engil", "Mota-Engil Group", &["Mota-Engil"]),
        ],
    ),
    // Province first, as Chinese firms are named; the article then uses the name after it.
    (
        "Mali signed with Jiangxi Ganxin Lithium Co. on Friday. Ganxin will build a plant.",
        &[
            ("Jiangxi Ganxin Lithium Co.", "Jiangxi Ganxin Lithium Co.", &["Ganxin"]),
            ("Ganxin", "Jiangxi Ganxin Lithium Co.", &["Ganxin"]),
        ],
    ),
    (
        "Tanzania agreed terms with Hunan Yuneng New Materials Ltd. Yuneng said it would pay.",
        &[
            ("Hunan Yuneng New Materials Ltd.", "Hunan Yuneng New Materials Ltd.", &["Yuneng"]),
            ("Yuneng", "Hunan Yuneng New Materials Ltd.", &["Yuneng"]),
        ],
    ),
    // A short form named like a city is the company unless the words around it say a place
    // is meant (`in`, `the town of`, `X, <state>`), even where the article names the
    // city's state (`Zacatecas`, `Nevada`) or country; `Shares in X` and `Media contact:
    // X` are the company's.
    (
        "Lakeshore Nickel signed a streaming deal with Wheaton Precious Metals Corp. Wheaton will pay in cash; the metal goes to buyers in the United States.",
        &[
            ("Lakeshore Nickel", "Lakeshore Nickel", &[]),
            ("Wheaton Precious Metals Corp.", "Wheaton Precious Metals Corp.", &["Wheaton Precious Metals", "Wheaton"]),
            ("Wheaton", "Wheaton Precious Metals Corp.", &["Wheaton Precious Metals", "Wheaton"]),
        ],
    ),
    (
        "Fresnillo plc agreed to sell antimony concentrate from its mines in Zacatecas. Fresnillo will receive $12 million; shares in Fresnillo rose, and the mill near Fresnillo will be expanded. Media contact: Fresnillo investor relations.",
        &[
            ("Fresnillo plc", "Fresnillo plc", &["Fresnillo"]),
            ("Fresnillo", "Fresnillo plc", &["Fresnillo"]),
            ("Fresnillo", "Fresnillo plc", &["Fresnillo"]),
            ("Fresnillo", "Fresnillo plc", &["Fresnillo"]),
        ],
    ),
    // A place inside another name (`Nevada` in `Franco-Nevada`) vouches for no city.
    (
        "Triple Flag Precious Metals and Franco-Nevada lost out to Wheaton Precious Metals. Wheaton will pay $410 million.",
        &[
            ("Triple Flag Precious Metals", "Triple Flag Precious Metals", &[]),
            ("Franco-Nevada", "Franco-Nevada", &[]),
            ("Wheaton Precious Metals", "Wheaton Precious Metals", &["Wheaton"]),
            ("Wheaton", "Wheaton Precious Metals", &["Wheaton"]),
        ],
    ),
    // Spanish names that open with the kind of company end with the name stories use.
    (
        "Compañía de Minas Buenaventura signed the loan in Lima. Buenaventura said the plant will open next year.",
        &[
            ("Compañía de Minas Buenaventura", "Compañía de Minas Buenaventura", &["Buenaventura"]),
            ("Buenaventura", "Compañía de Minas Buenaventura", &["Buenaventura"]),
        ],
    ),
    // `Pte.` may not end a sentence: the suffix after it is the same name's.
    (
        "The deal with Trafigura Group Pte. Ltd. closed on Monday.",
        &[("Trafigura Group Pte. Ltd.", "Trafigura Group Pte. Ltd.", &["Trafigura"])],
    ),
    // Suffixes of single letters with dots belong to the name.
    (
        "Brazil's Vale S.A. and Koza Gold Mining A.Ş. signed the deal.",
        &[
            ("Vale S.A.", "Vale S.A.", &["Vale SA"]),
            ("Koza Gold Mining A.Ş.", "Koza Gold Mining A.Ş.", &[]),
        ],
    ),
    // A capitalized name after `<place>-based` is an organization's.
    (
        "The tiles are made by Foshan-based Guangdong Jialong Ceramics for export.",
        &[("Guangdong Jialong Ceramics", "Guangdong Jialong Ceramics", &[])],
    ),
    // `and` before a demonym joins two phrases, not one name.
    (
        "Ukraine's Ministry of Economy and Polish copper producer KGHM Polska Miedź met.",
        &[
            ("Ministry of Economy", "Ministry of Economy", &[]),
            ("KGHM Polska Miedź", "KGHM Polska Miedź", &[]),
        ],
    ),
    // The suffix written after a known name belongs to it.
    (
        "It sells to Glencore Canada Corp. and Trafigura Pte Ltd under contract.",
        &[
            ("Glencore Canada Corp.", "Glencore Canada Corp.", &["Glencore"]),
            ("Trafigura Pte Ltd", "Trafigura Pte Ltd", &["Trafigura"]),
        ],
    ),
    // A legal suffix ends a name, also where its dot does not end the sentence.
    (
        "Tanzania signed with Kivu Metals Ltd. Kivu said it would pay.",
        &[
            ("Kivu Metals Ltd.", "Kivu Metals Ltd.", &["Kivu"]),
            ("Kivu", "Kivu Metals Ltd.", &["Kivu"]),
        ],
    ),
    // A headline's short name and the full name after it are one company; its first word
    // alone is the company when the town of that name is in a country the story never names.
    (
        "Chile's ENAMI and Pacifico Lithium form venture\n\nSANTIAGO - Pacifico Lithium Resources Ltd (PLR) will fund the study. Pacifico said it would pay.",
        &[
            ("ENAMI", "Enami", &[]),
            ("Pacifico Lithium", "Pacifico Lithium Resources Ltd", &["Pacifico Lithium", "PLR", "Pacifico"]),
            ("Pacifico Lithium Resources Ltd (PLR)", "Pacifico Lithium Resources Ltd", &["Pacifico Lithium", "PLR", "Pacifico"]),
            ("Pacifico", "Pacifico Lithium Resources Ltd", &["Pacifico Lithium", "PLR", "Pacifico"]),
        ],
    ),
    // Not after a place whose next word the article also writes in lower case.
    (
        "The Saudi Arabian Mining Company opened a mine. Mining began in May.",
        &[("Saudi Arabian Mining Company", "Saudi Arabian Mining Company", &["Ma'aden"])],
    ),
    (
        "Pakistan signed with the US-based firm Strategic Metals (USSM).",
        &[("Strategic Metals (USSM)", "Strategic Metals", &["USSM", "US Strategic Metals"])],
    ),
    (
        "Shares of Kestrel Lithium (ASX: KLL) rose.",
        &[("Kestrel Lithium (ASX: KLL)", "Kestrel Lithium", &[])],
    ),
    (
        "Khanij Bidesh India Ltd (KABIL) will invest.",
        &[("Khanij Bidesh India Ltd (KABIL)", "Khanij Bidesh India Ltd", &["Khanij Bidesh India", "KABIL"])],
    ),
    ("Officials from the Ministry of Mines and Minerals attended.", &[("Ministry of Mines and Minerals", "Ministry of Mines and Minerals", &[])]),
    ("Southern Copper reported profit.", &[("Southern Copper", "Southern Copper", &[])]),
    // A headline ending in a descriptor does not describe the dateline below it.
    ("Pakistan signs copper agreement with Canadian miner\n\nQUETTA – The government signed.", &[]),
    ("Copper and gold prices rose on Monday.", &[]),
    ("Under the MoU, the firm will invest.", &[]),
    ("Pakistan Signs Copper Deal With US Firm", &[]),
];

#[test]
fn corpus_yields_expected_organizations() {
    let ex = Extractor::new();
    let mut failures = Vec::new();
    for (sentence, want) in CORPUS {
        let got: Vec<(String, String, Vec<String>)> = ex
            .extract(sentence)
            .entities
            .into_iter()
            .filter_map(|e| match e.value {
                EntityValue::Organization(o) => Some((e.text, o.name, o.aliases)),
                _ => None,
            })
            .collect();
        let ok = got.len() == want.len()
            && got
                .iter()
                .zip(want.iter())
                .all(|(g, w)| g.0 == w.0 && g.1 == w.1 && g.2 == w.2);
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
