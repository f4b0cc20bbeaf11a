//! Example passages for agreements: each yields exactly the listed agreements, as
//! (kind, party names, value in units or 0 for none).

use crate::pipeline::Extractor;
use crate::record::AgreementKind;

type Want = (AgreementKind, &'static [&'static str], f64);

use AgreementKind::*;

const CORPUS: &[(&str, &[Want])] = &[
    // A memorandum of agreement (`MOA`), signed by a tribal chieftain (`Datu`) too.
    (
        "The five-year MOA was signed on Friday by TMC President Arturo L. Villanueva and Mamanwa tribal chieftain Datu Ernesto B. Lumondot, who signed on behalf of the Mamanwa Council of Elders.",
        &[(
            MemorandumOfUnderstanding,
            &[
                "Arturo L. Villanueva",
                "Mamanwa Council of Elders",
                "Ernesto B. Lumondot",
            ],
            0.0,
        )],
    ),
    // The idioms of signing name the signers of the agreement just reported.
    (
        "Acme Mining and Beta Corp signed an agreement on Friday. Acme chief executive Joanne Perkins and Beta managing director Gavin Treloar put their names to the document after two days of talks.",
        &[(
            Agreement,
            &["Beta Corp", "Acme Mining", "Gavin Treloar", "Joanne Perkins"],
            0.0,
        )],
    ),
    // A province's government after its short form in brackets, and Mongolia's aimag
    // government.
    (
        "PT Amman Mineral Nusa Tenggara signed a cooperation agreement with the West Nusa Tenggara (NTB) provincial government. Oyu Tolgoi LLC will sign a cooperation agreement with the Umnugovi aimag government.",
        &[
            (
                Agreement,
                &["Amman Mineral", "West Nusa Tenggara"],
                0.0,
            ),
            (Agreement, &["Oyu Tolgoi LLC", "Ömnögovi"], 0.0),
        ],
    ),
    // The owners an appositive names are no parties, with a day between it and the verb.
    (
        "KABIL, a joint venture of state-run National Aluminium Company (NALCO), Hindustan Copper Ltd and Mineral Exploration and Consultancy Ltd, on Tuesday signed a binding agreement with ASX-listed Cobalt Blue Holdings to acquire a stake.",
        &[(Agreement, &["Khanij Bidesh India", "Cobalt Blue Holdings"], 0.0)],
    ),
    // A town's council in its own style (`the City of Nome`) is a party, and links the
    // list of subjects before it.
    (
        "Graphite One (Alaska) Inc., the Bering Straits Native Corporation and the City of Nome signed a memorandum of understanding on Friday.",
        &[(
            MemorandumOfUnderstanding,
            &[
                "Nome",
                "Bering Straits Native Corporation",
                "Graphite One (Alaska) Inc.",
            ],
            0.0,
        )],
    ),
    // A signer named after a title and before `of` and the body it leads, and the `between`
    // of a dispute, which names no party.
    (
        "Grand Chief Simon Pokue of Innu Nation and IOC chief executive Julien Marchand signed the agreement on Wednesday, ending a dispute between a mining company and First Nations.",
        &[(
            Agreement,
            &["Julien Marchand", "Innu Nation", "Simon Pokue"],
            0.0,
        )],
    ),
    // A party after a description in apposition (`the country's largest lender, PKO Bank
    // Polski,`) and one after a few words that say what it is (`state development bank`).
    (
        "KGHM has signed a 3.5 billion zloty loan agreement with the country's largest lender, PKO Bank Polski, and state development bank Bank Gospodarstwa Krajowego (BGK).",
        &[(
            Loan,
            &["KGHM Polska Miedź", "PKO Bank Polski", "Bank Gospodarstwa Krajowego"],
            3.5e9,
        )],
    ),
    // A syndicate of lenders whose other members the next sentence lists.
    (
        "Lucky Minerals Limited has signed a term finance facility with a consortium of banks led by United Bank Limited (UBL). The other members of the syndicate are Allied Bank Limited and Faysal Bank Limited.",
        &[(
            Loan,
            &[
                "Lucky Minerals Limited",
                "United Bank Limited",
                "Allied Bank Limited",
                "Faysal Bank Limited",
            ],
            0.0,
        )],
    ),
    // The `between` of another noun names no party of the agreement.
    (
        "Lynas signed an offtake agreement with Sojitz. Its chief said the offtake agreement reflected the relationship between Australia and Japan.",
        &[(Offtake, &["Lynas Rare Earths", "Sojitz"], 0.0)],
    ),
    // Who is cited for the news signs nothing.
    (
        "Ma'aden and Barrick Gold signed a joint venture agreement in Riyadh, according to the Saudi Press Agency.",
        &[(JointVenture, &["Barrick Gold", "Ma'aden"], 0.0)],
    ),
    // `the Company` a press release defines names that company wherever it stands.
    (
        "Kestrel Metals Limited (\"Kestrel\" or the \"Company\") provides an update. The offtake agreement will be signed by the Company, Glencore and Trafigura in Accra.",
        &[(
            Offtake,
            &["Kestrel Metals Limited", "Glencore", "Trafigura"],
            0.0,
        )],
    ),
    // A group the signing counts, named in the next sentence by as many organizations.
    (
        "Kodiak Copper Corp. has signed a US$90 million credit facility with two state lenders. The Export-Import Bank of Korea will provide US$60 million and Export Finance Australia the remaining US$30 million.",
        &[(
            Loan,
            &[
                "Kodiak Copper Corp.",
                "Export-Import Bank of Korea",
                "Export Finance Australia",
            ],
            90_000_000.0,
        )],
    ),
    // (A count the next sentence does not match names nobody.)
    (
        "Kodiak Copper Corp. has signed a credit facility with three state lenders. The Export-Import Bank of Korea will provide most of it.",
        &[(Loan, &["Kodiak Copper Corp."], 0.0)],
    ),
    // A compass word before a known name makes another name (`West African Development
    // Bank`, not the African Development Bank).
    (
        "Sopamib signed a loan agreement with the West African Development Bank on Monday.",
        &[(Loan, &["Sopamib", "West African Development Bank"], 0.0)],
    ),
    // An agency named as the source after the parties, the business in a signer's title,
    // and the lead of a lenders' consortium.
    (
        "Tau-Ken Samruk and Jiangxi Copper have signed a supply contract for copper concentrate to China, Kazinform News Agency correspondent reports.",
        &[(Contract, &["Jiangxi Copper", "Tau-Ken Samruk"], 0.0)],
    ),
    (
        "The accord was signed by Erdenes Mongol and Mubadala. It was signed by Sara Al-Hashemi, Head of Metals Investments at Mubadala, and Erdenes Mongol chief executive Bat-Erdene Dorj.",
        &[(
            Agreement,
            &["Erdenes Mongol", "Mubadala", "Sara Al-Hashemi", "Bat-Erdene Dorj"],
            0.0,
        )],
    ),
    (
        "Lucky Cement Limited has signed a term finance facility with a group of local banks led by United Bank Limited (UBL).",
        &[(Loan, &["Lucky Cement Limited", "United Bank Limited"], 0.0)],
    ),
    // A convention (francophone Africa's word for a state's agreement with a miner) is
    // made by its signing; a hope that was not met signs nothing.
    (
        "The Republic of Senegal and Sabodala Gold Operations SA signed an amendment to the base convention for the Massawa deposit.",
        &[(Agreement, &["Sabodala Gold Operations SA", "Senegal"], 0.0)],
    ),
    (
        "Tantalum Rarus had hoped to sign the establishment convention with the government of Niger in March, but talks stalled.",
        &[],
    ),
    // Who brokers the talks, or looks on at the signing, signs nothing.
    (
        "Minera Andina signed a water-sharing agreement with Agua Clara Holdings. It was inked in Cusco after talks brokered by the Ombudsman's Office and the Ministry of Energy and Mines.",
        &[(Agreement, &["Minera Andina", "Agua Clara Holdings"], 0.0)],
    ),
    (
        "Kivu Metals and Zhenhai Resources signed a supply contract. It was signed by Amani Mbeki, chief executive of Kivu Metals, and Li Wen, Zhenhai's director for Africa, with Governor Jacques Kabila looking on.",
        &[(
            Contract,
            &["Zhenhai Resources", "Kivu Metals", "Amani Mbeki", "Li Wen"],
            0.0,
        )],
    ),
    // `with partners from Kazakhstan, Pakistan and India`: where the partners come from,
    // not who signs.
    (
        "Ma'aden and Manara Minerals signed a series of agreements with partners from Kazakhstan, Pakistan and India on Wednesday.",
        &[(Agreement, &["Manara Minerals", "Ma'aden"], 0.0)],
    ),
    // `acting on behalf of the State`: the country the article names most, as Papua New
    // Guinean news writes its national government.
    (
        "The benefit-sharing agreement was signed in Wabag by Ok Tedi Mining Limited and Kumul Minerals Holdings Limited, acting on behalf of the State. Papua New Guinea's treasury welcomed the deal.",
        &[(
            Agreement,
            &[
                "Ok Tedi Mining Limited",
                "Kumul Minerals Holdings Limited",
                "Papua New Guinea",
            ],
            0.0,
        )],
    ),
    // A name no rule knows, after a description in lower case (and its country's
    // possessive), joined by `and the` to a known party before the verb, is a subject.
    (
        "Kosovo's state-owned mining complex Trepça and the European Bank for Reconstruction and Development signed a letter of intent on Monday.",
        &[(
            LetterOfIntent,
            &["European Bank for Reconstruction and Development", "Trepça"],
            0.0,
        )],
    ),
    // `its U.S. subsidiary had signed`: the country qualifies the company noun after a
    // possessive; `..., and that it had separately inked` reports the same speaker's
    // company, and the later noun's own verb starts its part (no value of the loan's).
    (
        "Australia's Kalgoorlie Lithium Ltd said on Wednesday its U.S. subsidiary had signed a loan agreement with the U.S. Department of Energy for up to $900 million, and that it had separately inked a five-year offtake deal with General Motors.",
        &[
            (
                Loan,
                &["Kalgoorlie Lithium Ltd", "U.S. Department of Energy"],
                900_000_000.0,
            ),
            (Offtake, &["Kalgoorlie Lithium Ltd", "General Motors"], 0.0),
        ],
    ),
    // `Dr. X, Director of the OSC office, on behalf of the Department`: the office in the
    // title is not bound when the signer binds another.
    (
        "The Department of Defense (DoD) announced an award to Westwin Elements Inc. The award was formalized in a Technology Investment Agreement signed by Dr. Ana Reyes, Director of the Office of Strategic Capital (OSC) office, on behalf of the Department, and by Tom Hale, President of Westwin Elements, on behalf of the company.",
        &[(
            Agreement,
            &["Ana Reyes", "Department of Defense", "Tom Hale", "Westwin Elements Inc."],
            0.0,
        )],
    ),
    // `the President and Chief Executive Officer of X Inc., Mr. Y, ... signed`: a company's
    // officer named after a comma binds the company (a minister's portfolio does not).
    (
        "The Minister of Energy, Mr. Sebastian Burduja, and the President and Chief Executive Officer of Carpathian Gold Inc., Mr. Adrian Pop, today signed a Memorandum of Understanding on the Bucium project.",
        &[(
            MemorandumOfUnderstanding,
            &["Adrian Pop", "Carpathian Gold Inc.", "Sebastian Burduja"],
            0.0,
        )],
    ),
    // `X was represented by its Managing Director, Mr. A, Y by its Chairman, Mr. B, and
    // the Z by ..., Hon. C`: in a sentence after the signing, each side and its signer.
    (
        "The Minister of Mines, Hon. Peter Kenilorea, signed the benefit sharing agreement on behalf of the Government. Tavua Gold Limited (TGL) was represented by its Managing Director, Mr. Li Wei, Tavua Landowners Association (TLA) by its Chairman, Mr. Joseph Vula, and the Tavua Council by its Mayor, Hon. Sam Nasau.",
        &[(
            Agreement,
            &[
                "Peter Kenilorea",
                "Tavua Gold Limited",
                "Li Wei",
                "Tavua Landowners Association",
                "Joseph Vula",
                "Tavua Council",
                "Sam Nasau",
            ],
            0.0,
        )],
    ),
    // `signed by Dr. X, Director of the MCEIP office, on behalf of the Department`: past
    // a title with an office in lower case to whom the signer binds.
    (
        "The Department of Energy (DOE) announced an award to Westwin Elements Inc. The award was formalized in a Technology Investment Agreement signed by Dr. Ana Reyes, Director of the LPO office, on behalf of the Department, and by Tom Hale, President of Westwin Elements, on behalf of the company.",
        &[(
            Agreement,
            &["Ana Reyes", "Department of Energy", "Tom Hale", "Westwin Elements Inc."],
            0.0,
        )],
    ),
    // `The company` right after a sentence a company opened (past `Separately,`) is that
    // company, not the one the story names most.
    (
        "Pilbara Lithium reworked its offtake with Samsung SDI. Samsung SDI said the material would go to its plant in Hungary. Samsung SDI has been reworking supply contracts across its portfolio. Separately, Pilbara Lithium inked a senior debt facility with Export Finance Australia. The company also signed a letter of intent with Ford Motor Co.",
        &[
            (Loan, &["Pilbara Lithium", "Export Finance Australia"], 0.0),
            (LetterOfIntent, &["Pilbara Lithium", "Ford Motor Company"], 0.0),
        ],
    ),
    // A definite noun of its own kind with its own `between` (`The loan agreement between
    // X and Y`) is a new agreement, not the general one spoken of before.
    (
        "Kopano Mining entered into a shareholder agreement with the Mpumalanga Economic Growth Agency (MEGA) on Monday. MEGA will fund its stake through a term loan from the Land Bank. The loan agreement between the Land Bank and MEGA was concluded on the same day.",
        &[
            (Agreement, &["Kopano Mining", "Mpumalanga Economic Growth Agency"], 0.0),
            (Loan, &["Land Bank", "Mpumalanga Economic Growth Agency"], 0.0),
        ],
    ),
    // Signers in a sentence after the agreement's, each after the company whose title
    // they hold (`Tshipi managing director Gareth Louw`): the companies are bound too.
    (
        "Transnet Freight Rail signed a ten-year rail contract with three manganese producers on Monday. The producers are Kudumane Manganese Resources and Tshipi é Ntle Manganese Mining. Transnet chief executive Sipho Ndlovu signed on behalf of the utility, while Kudumane chief executive Pieter Botha and Tshipi managing director Gareth Louw signed for their companies.",
        &[(
            Contract,
            &[
                "Transnet Freight Rail",
                "Sipho Ndlovu",
                "Gareth Louw",
                "Tshipi é Ntle Manganese Mining",
                "Pieter Botha",
                "Kudumane Manganese Resources",
            ],
            0.0,
        )],
    ),
    // A company's noun in lower case after its name (`Absa bank`) keeps a list going.
    (
        "Akwaba Mining has signed a loan agreement with Absa bank and Nedbank Group.",
        &[(Loan, &["Akwaba Mining", "Absa", "Nedbank Group"], 0.0)],
    ),
    // What the parties had been expected to sign was not signed; what they are expected
    // to sign is reported as an agreement to come.
    (
        "Codelco shortlisted Albemarle in March and the parties had been expected to sign a binding agreement by the end of July.",
        &[],
    ),
    (
        "Codelco and Rio Tinto are expected to sign a binding agreement by the end of July.",
        &[(Agreement, &["Rio Tinto", "Codelco"], 0.0)],
    ),
    // `X said the agreement, signed in April 2023, had been ended`: a participle after the
    // noun's comma is passive; the one who speaks of it signed nothing.
    (
        "PT Timah Tbk has terminated a joint venture agreement with Yunnan Tin Co. Ltd to build a smelter. Timah corporate secretary Dewi Lestari said the agreement, signed in May 2022, had been ended by mutual consent.",
        &[(JointVenture, &["PT Timah Tbk", "Yunnan Tin Co. Ltd"], 0.0)],
    ),
    // `a supply contract it inked in 2022 with X`: `it` after the noun is the sentence's
    // subject (`The company`, the story's company), not a party named in between.
    (
        "Cameco is the largest Canadian producer. The company already sells a large share of its output to China, including under a long-term supply contract it inked in 2021 with China National Nuclear Corporation.",
        &[(
            Contract,
            &["Cameco", "China National Nuclear Corporation"],
            0.0,
        )],
    ),
    // `on behalf of the US utility`: a country before a company's noun after `the` means
    // the company, already a party, not the country (a guard of the signer's title
    // passed before `on behalf of`).
    (
        "Erongo Uranium signed a uranium offtake agreement with Constellation Energy Generation, LLC on Tuesday. It was signed by Anna Shilongo on behalf of Erongo Uranium and by Mark Ellis, Constellation's vice-president for fuel, on behalf of the US utility.",
        &[(
            Offtake,
            &[
                "Erongo Uranium",
                "Constellation Energy Generation",
                "Anna Shilongo",
                "Mark Ellis",
            ],
            0.0,
        )],
    ),
    // `X is pleased to announce that it and its subsidiary Y have entered into`: `it` is
    // the company announcing; a quoted short name (`("Kopano")`) keeps the chain going.
    (
        "Sable Platinum Holdings Limited (\"Sable\") is pleased to announce that it and its subsidiary Kopano Mining Proprietary Limited (\"Kopano\") have entered into a shareholder agreement with the Mpumalanga Economic Growth Agency.",
        &[(
            Agreement,
            &[
                "Kopano Mining Proprietary Limited",
                "Sable Platinum Holdings Limited",
                "Mpumalanga Economic Growth Agency",
            ],
            0.0,
        )],
    ),
    // A signer's title between commas, with its field after a colon, before `on behalf of`.
    (
        "The Mpumalanga Economic Growth Agency signed a transaction agreement on Monday. It was signed in Mbombela by Thandi Nkosi, Group Executive: Strategy and Growth, on behalf of Sable Platinum Ltd, and by Peter Mokoena on behalf of the agency.",
        &[(
            Agreement,
            &[
                "Mpumalanga Economic Growth Agency",
                "Thandi Nkosi",
                "Sable Platinum Ltd",
                "Peter Mokoena",
            ],
            0.0,
        )],
    ),
    // `The amendment was signed ... by` means an agreement already reported, like `The
    // document was signed by`: its signers are that agreement's parties.
    (
        "Lakeshore Graphite Inc. extended its offtake agreement with Hanwa Co., Ltd. on Monday. Under the new terms, Hanwa will buy up to 30,000 tonnes a year. Prices are tied to a market index. The amendment was signed on behalf of Lakeshore by its chief executive, Paul Girard, and on behalf of Hanwa by Kenta Ishida, head of procurement.",
        &[(
            Offtake,
            &[
                "Lakeshore Graphite Inc.",
                "Hanwa Co., Ltd.",
                "Paul Girard",
                "Kenta Ishida",
            ],
            0.0,
        )],
    ),
    // `while X was represented by Y`: the other side's signer, in a clause of its own.
    (
        "Nusa Nickel signed a letter of intent with Daido Steel Co., Ltd. on Tuesday. The letter was signed in Jakarta by Nusa Nickel president Dewi Santoso, while Daido Steel was represented by Hiroshi Kato, general manager of its materials division.",
        &[(
            LetterOfIntent,
            &[
                "Nusa Nickel",
                "Daido Steel Co., Ltd.",
                "Dewi Santoso",
                "Hiroshi Kato",
            ],
            0.0,
        )],
    ),
    // The field of a title in lower case (`resident manager`) between an employer and its
    // signer keeps the chain of subjects going.
    (
        "Surigao Nickel Corporation president Ramon Cruz and Rio Tuba Nickel resident manager Teresita Bautista signed the joint venture agreement on Friday.",
        &[(
            JointVenture,
            &[
                "Teresita Bautista",
                "Rio Tuba Nickel",
                "Ramon Cruz",
                "Surigao Nickel Corporation",
            ],
            0.0,
        )],
    ),
    // A name no rule knows, opening the clause and joined by `and` to a known party right
    // before the verb, is a subject too.
    (
        "Kivu Lithium and Zijin Mining Group signed an offtake agreement on Tuesday.",
        &[(Offtake, &["Zijin Mining Group", "Kivu Lithium"], 0.0)],
    ),
    // The field a title covers, in lower case before it (`procurement chief`), and a
    // title's prefix (`co-chief executive`) keep a list of signers going.
    (
        "Nordic Anode AB signed an offtake agreement with Umicore on Monday. The contract was signed in Brussels by Umicore procurement chief Lena Vogt and Nordic Anode finance director Jonas Berg.",
        &[(
            Offtake,
            &["Nordic Anode AB", "Umicore", "Lena Vogt", "Jonas Berg"],
            0.0,
        )],
    ),
    (
        "BNDES director Helena Prado and Atlas Lithium co-chief executive Marcos Ribeiro signed the loan agreement in Rio de Janeiro on Monday.",
        &[(
            Loan,
            &[
                "Marcos Ribeiro",
                "Atlas Lithium",
                "Helena Prado",
                "Brazilian Development Bank",
            ],
            0.0,
        )],
    ),
    // An agreement terminated was made: its parties were bound. A general noun after a
    // word that says what it is for (`share purchase agreement`) is no later mention of
    // another kind's agreement (the letter of intent before it).
    (
        "Pilbara Minerals has terminated the spodumene offtake agreement it signed in 2021 with Chengxin Lithium Group, citing late payments.",
        &[(
            Offtake,
            &["Pilbara Minerals", "Chengxin Lithium Group"],
            0.0,
        )],
    ),
    (
        "Sinomine Resource Group and Ostrava Metals signed a letter of intent on boron on Monday. Separately, IRH has terminated the share purchase agreement it signed in January to buy a stake in Alphamin Resources.",
        &[
            (
                LetterOfIntent,
                &["Ostrava Metals", "Sinomine Resource Group"],
                0.0,
            ),
            (
                Agreement,
                &["International Resources Holding", "Alphamin Resources"],
                0.0,
            ),
        ],
    ),
    // `we signed` in an interview or a quote: the company the article is about.
    (
        "Fjord Metals ASA is building a magnet plant in Norway. Chief executive Ingrid Dahl spoke to us. \"Last month we signed an offtake agreement with Vacuumschmelze GmbH,\" she said.",
        &[(Offtake, &["Fjord Metals ASA", "Vacuumschmelze GmbH"], 0.0)],
    ),
    // `signed in Lima on behalf of X`: past where the signing took place.
    (
        "Banco Andino signed a loan agreement with the Peruvian unit of a Canadian miner on Friday. Chief financial officer Daniela Ruiz signed in Lima on behalf of Andes Copper.",
        &[(Loan, &["Banco Andino", "Daniela Ruiz", "Andes Copper"], 0.0)],
    ),
    // A question asks whether an agreement will be made; a sentence-initial `Will` is
    // no party.
    (
        "Will Manila sign a critical minerals agreement with Tokyo this year?",
        &[],
    ),
    // A country before a lower-case noun and a company's name describes the company.
    (
        "Kazatomprom said on Tuesday that it will sign a supply contract with US utility Constellation Energy in December.",
        &[(Contract, &["Kazatomprom", "Constellation Energy"], 0.0)],
    ),
    // A verb negated right before it (`without signing`) makes nothing.
    (
        "Kazakhstan signed an MoU with the United States in 2024. Officials stress that the MoU is not exclusive, and Kazakhstan has held similar talks with the European Union and South Korea without signing anything.",
        &[(
            MemorandumOfUnderstanding,
            &["Kazakhstan", "United States"],
            0.0,
        )],
    ),
    // `signed the Memorandum on behalf of X`: whom the signer binds, after the noun.
    (
        "Minister Jelena Marković signed the Memorandum on behalf of the Government of the Republic of Serbia.",
        &[(MemorandumOfUnderstanding, &["Jelena Marković", "Serbia"], 0.0)],
    ),
    // A settlement signed is an agreement; the country letters of `US$` name no party.
    (
        "Sahel Gold Corp and the Government of Niger signed a settlement on Monday, weeks after a tribunal ordered the state to pay the company's local subsidiary US$120 million.",
        &[(Agreement, &["Niger", "Sahel Gold Corp"], 120_000_000.0)],
    ),
    (
        "Sahel Gold Corp and the Government of Niger signed a settlement agreement on Monday, weeks after a tribunal ordered the state to pay the company's local subsidiary US$120 million.",
        &[(Agreement, &["Niger", "Sahel Gold Corp"], 120_000_000.0)],
    ),
    // A state in its own style after `on behalf of` (`the Republic of Ecuador`); a
    // signer's employer is bound when the party is named by a common noun (`on behalf of
    // the concessionaire`), not when the noun is another company of the group.
    (
        "The concession contract was signed in Quito by Minister of Energy and Mines Lucía Andrade, on behalf of the Republic of Ecuador, and by Tomás Ibarra, general manager of Cóndor Andino S.A., on behalf of the concessionaire.",
        &[(
            Contract,
            &["Lucía Andrade", "Ecuador", "Tomás Ibarra", "Cóndor Andino S.A."],
            0.0,
        )],
    ),
    (
        "The offtake was signed by Martin Olsen, Chief Executive Officer of Nordkap Minerals AB, on behalf of the Norwegian subsidiary, and by Laila Haddad, on behalf of Atlas Metals.",
        &[(Offtake, &["Martin Olsen", "Laila Haddad", "Atlas Metals"], 0.0)],
    ),
    // Whoever approves or ratifies an agreement is no party to it.
    (
        "The National Assembly on Thursday ratified the mining convention signed with Sahel Gold SA.",
        &[(Agreement, &["Sahel Gold SA"], 0.0)],
    ),
    (
        "The Council of Ministers approved the investment agreement with Kivu Lithium Ltd.",
        &[(Agreement, &["Kivu Lithium Ltd."], 0.0)],
    ),
    // An acronym defined after an agreement noun names the agreement later.
    (
        "The Mining Development Agreement (MDA) gives Ferro Atlantic Ltd a 25-year lease. The MDA was signed by Minister Ibrahim Conteh on behalf of the Government of the Republic of Sierra Leone and by Ferro Atlantic chief executive Chen Jun.",
        &[(
            Agreement,
            &["Ibrahim Conteh", "Sierra Leone", "Ferro Atlantic Ltd", "Chen Jun"],
            0.0,
        )],
    ),
    // `the Government` alone: the country whose government the article named.
    (
        "The deal covers the Lupa project of the Government of the United Republic of Tanzania and Mbeya Nickel Limited. The agreement was signed by Minister Amos Mrema on behalf of the Government and by Ms Halima Said on behalf of Mbeya Nickel.",
        &[(
            Agreement,
            &["Amos Mrema", "Tanzania", "Halima Said", "Mbeya Nickel Limited"],
            0.0,
        )],
    ),
    // A country's law, policy or plan named by its possessive signs nothing.
    (
        "Ostrava Metals signed a loan agreement with Banco Andino on Monday. The loan formed part of a fund for minerals listed under Chile's National Lithium Strategy and Peru's General Mining Law.",
        &[(Loan, &["Ostrava Metals", "Banco Andino"], 0.0)],
    ),
    // `on behalf of A by X, on behalf of B by Y, and on behalf of C by Z`: each party
    // before its `by`, each signer after it.
    (
        "Carpathia Gold Inc. said its unit Apuseni Mining S.R.L. signed a letter of intent with the EBRD. The letter was signed in Bucharest on behalf of Carpathia Gold by Andrew Hale, President, on behalf of Apuseni by Ion Marin, General Manager of Apuseni, and on behalf of the EBRD by Ana Dobrescu, Head of Romania at the EBRD.",
        &[(
            LetterOfIntent,
            &[
                "Apuseni Mining S.R.L.",
                "European Bank for Reconstruction and Development",
                "Carpathia Gold Inc.",
                "Andrew Hale",
                "Ion Marin",
                "Ana Dobrescu",
            ],
            0.0,
        )],
    ),
    // A signer with the employer in a title between commas, then `, and` another signer,
    // before the verb of a sentence that names the agreement.
    (
        "Salar Andino SA signed a joint venture agreement on Tuesday with a provincial company. Ricardo Paz, chief executive of Salar Andino, and provincial president Gabriela Mamani signed the agreement at the government house.",
        &[(
            JointVenture,
            &["Salar Andino SA", "Gabriela Mamani", "Ricardo Paz"],
            0.0,
        )],
    ),
    // Who leads or attends a signing ceremony does not sign, nor do the bodies its guests
    // came from.
    (
        "Andes Litio S.A. and Puna Energía S.E. signed a joint venture agreement in a ceremony led by governor Carlos Mamani and attended by officials from the national Secretariat of Mining.",
        &[(JointVenture, &["Puna Energía S.E.", "Andes Litio S.A."], 0.0)],
    ),
    // A Czech company's `s.r.o.`; `on behalf of A by X and for B by Y`; a facility after
    // its sum and an adjective.
    (
        "Krusne Lithium s.r.o., the developer of the project, has signed a binding offtake agreement with Tatra Cells. It was signed on behalf of Krusne Lithium by chief executive Jan Novak and for Tatra Cells by its chief commercial officer, Eva Hornakova.",
        &[(
            Offtake,
            &["Krusne Lithium s.r.o.", "Tatra Cells", "Jan Novak", "Eva Hornakova"],
            0.0,
        )],
    ),
    (
        "Shinsei Bank and Chiba Bank signed a $300 million commercial facility with Obi Nickel on Monday.",
        &[(Loan, &["Chiba Bank", "Shinsei Bank", "Obi Nickel"], 3e8)],
    ),
    // Lenders added after `, with ... as co-lenders`; a country after `a` qualifies a noun.
    (
        "Ridgeback Uranium Corp. entered into a C$400-million credit facility led by Export Development Canada, with the Bank of Montreal and Laurentian Bank of Canada as co-lenders, and signed a sales contract with a U.S. utility.",
        &[(
            Loan,
            &["Ridgeback Uranium Corp.", "Export Development Canada", "Bank of Montreal", "Laurentian Bank of Canada"],
            4e8,
        ), (Contract, &["Ridgeback Uranium Corp."], 0.0)],
    ),
    // Signers `on behalf of their respective companies` bind their employers; a signer's
    // title with a possessive and lower-case words; an employer's possessive before the
    // title.
    (
        "Sertão Royalties plc has sold a royalty to Kestrel Resources in a deal inked in London by Oliver Grant, Kestrel's chief executive, and Ana Lima, chief executive of Sertão Royalties, on behalf of their respective companies.",
        &[(Deal, &["Kestrel Resources", "Oliver Grant", "Ana Lima", "Sertão Royalties plc"], 0.0)],
    ),
    (
        "Tundra Fuel Inc. signed an offtake agreement with Lakeshore Power LLC on Monday. Chief executive Dana Wolfe signed for Tundra, while Omar Reyes, Lakeshore's senior vice-president of nuclear fuel supply, signed on behalf of the utility.",
        &[(
            Offtake,
            &["Tundra Fuel Inc.", "Lakeshore Power LLC", "Dana Wolfe", "Omar Reyes"],
            0.0,
        )],
    ),
    (
        "Nordic Nickel AB has signed a supply deal with Scania AB. The agreement was signed by Eva Berg, Nordic Nickel's chief commercial officer, and by Lars Holm, Scania's head of battery sourcing.",
        &[(Deal, &["Nordic Nickel AB", "Scania AB", "Eva Berg", "Lars Holm"], 0.0)],
    ),
    // A people's own government is a party (`the Nunatsiavut Government`).
    (
        "Labrador Iron Ltd, Innu Nation and the Nunatsiavut Government signed an impact and benefits agreement.",
        &[(
            Agreement,
            &["Nunatsiavut Government", "Innu Nation", "Labrador Iron Ltd"],
            0.0,
        )],
    ),
    // British `heads of terms` are a letter of intent; the last word of a noun of several
    // words before `signed` is no party (`Letter of Intent signed in Oslo by`).
    (
        "Red Sea Copper Company Limited has signed non-binding heads of terms with the Saudi Industrial Development Fund for a SAR 900 million loan.",
        &[(
            LetterOfIntent,
            &["Red Sea Copper Company Limited", "Saudi Industrial Development Fund"],
            9e8,
        )],
    ),
    (
        "Kola Mining Ltd has agreed terms for a nickel supply deal with Nordic Refining AB.\n\nLetter of Intent signed in Oslo by Kola Mining chief executive Ivan Petrov.",
        &[
            (Deal, &["Kola Mining Ltd", "Nordic Refining AB"], 0.0),
            (LetterOfIntent, &["Kola Mining Ltd", "Ivan Petrov"], 0.0),
        ],
    ),
    // `group` before a signer's title; a title's field in brackets, and a second signer
    // whose verb is left out (`and Y, ..., for the lender`); a national company's country
    // in brackets inside its name is no party.
    (
        "Tin Smelters Bhd (TSB) signed a letter of intent with Phuket Tin Refining Co Ltd (PTR) on Monday. The letter was signed by TSB group chief executive Azman Yusof and PTR managing director Anan Boonma.",
        &[(
            LetterOfIntent,
            &["Tin Smelters Bhd", "Phuket Tin Refining Co Ltd", "Azman Yusof", "Anan Boonma"],
            0.0,
        )],
    ),
    (
        "Bharat Metals Ltd said it had signed a Rs 800 crore loan agreement with Punjab National Bank in Kolkata. Rakesh Gupta, Director (Finance), signed for Bharat Metals and Priya Sen, Chief General Manager, for the lender.",
        &[(
            Loan,
            &["Bharat Metals Ltd", "Punjab National Bank", "Rakesh Gupta", "Priya Sen"],
            8e9,
        )],
    ),
    (
        "IREL (India) Limited and Copperline (Zambia) Limited signed an offtake agreement.",
        &[(
            Offtake,
            &["Copperline (Zambia) Limited", "Indian Rare Earths Limited"],
            0.0,
        )],
    ),
    // A signer whose title covers a business, then names the employer after `at`, binds
    // that employer; a banker's `Managing Principal` is a title.
    (
        "Sibanye Resources Ltd said it had signed a R900 million term loan with Nedbank Limited in Johannesburg. Finance director Ayanda Khoza signed for the company, while Mark Pillay, Head of Mining and Metals at Nedbank Limited, signed for the lender.",
        &[(
            Loan,
            &["Sibanye Resources Ltd", "Nedbank Limited", "Ayanda Khoza", "Mark Pillay"],
            900e6,
        )],
    ),
    (
        "Ivanhoe Platinum Ltd has secured a R1.5 billion revolving credit facility in Johannesburg. The facility was signed by Thandi Mokoena, Managing Principal at Investec Bank Limited, and by Ivanhoe's finance director.",
        &[(
            Loan,
            &["Ivanhoe Platinum Ltd", "Thandi Mokoena", "Investec Bank Limited"],
            1.5e9,
        )],
    ),
    // China's style for a province's government names the province's party.
    (
        "A cooperation agreement was signed by the Qinghai Provincial People's Government and Zangge Mining Co., Ltd.",
        &[(Agreement, &["Qinghai", "Zangge Mining Co., Ltd."], 0.0)],
    ),
    // An Australian takeover: `agreeing to buy` with the deal's value, then the scheme
    // implementation deed, which is the same agreement, and the people who sign it.
    (
        "Korea Zinc has moved on the Goldfields, agreeing to buy nickel developer Widgiemooltha Metals for 41 cents a share in a deal that values the company at about $210 million. Widgiemooltha said it had entered into a scheme implementation deed with Korea Zinc Co., Ltd. The deed was signed in Perth by Widgiemooltha chair Ruth Ellery and by Park Min-ho, a director of Korea Zinc.",
        &[(
            Agreement,
            &["Widgiemooltha Metals", "Korea Zinc Co., Ltd.", "Ruth Ellery", "Park Min-ho"],
            210e6,
        )],
    ),
    // A stake bought from a seller binds the seller; the purchase agreement of the next
    // sentence is the same deal, entered into by a subsidiary named after its owner's
    // possessive, each party with its role; a signer after a possessive title.
    (
        "Nordic Lithium AB has agreed to buy a further 10% of Salar Norte S.A. from provincial state company Catamarca Minera y Energética (CAMYEN) for US$95 million. The share purchase agreement was entered into on Friday by Nordic's wholly owned subsidiary NL Andes Holdings Ltd as buyer, CAMYEN as seller and Nordic Lithium AB as guarantor. Erik Lund, Nordic's vice-president for Latin America, signed on behalf of NL Andes Holdings.",
        &[(
            Agreement,
            &["NL Andes Holdings Ltd", "Catamarca Minera y Energética", "Nordic Lithium AB", "Erik Lund"],
            95e6,
        )],
    ),
    // A loan named after a general agreement in the same sentence says what it is, with its
    // sum; a phrase that opens the sentence holds no subject; a country keeps the name the
    // article writes; a dash glued to a dateline's full stop ends the dateline.
    (
        "Lima, 3 March 2026.- At an event hosted by the Ministry of Energy and Mines, Minera Andina SAC and the Republic of Korea signed an agreement on copper research. In a separate agreement signed the same day, Banco de la Nación and Minera Andina SAC entered into a PEN 40 million loan.",
        &[
            (Agreement, &["South Korea", "Minera Andina SAC"], 0.0),
            (Loan, &["Minera Andina SAC", "Banco de la Nación"], 40e6),
        ],
    ),
    // Signers in a later sentence that opens `It was signed` or `The ... facility was
    // signed`, past bullets and a subheading; a possessive title and a `for` after the
    // noun name whom each signs for; `, and` opens a signer's clause of its own.
    (
        "Kestrel Cobalt Ltd has entered into a US$40 million loan agreement with the Nordic Investment Bank (NIB).\n\n- First drawdown expected in March\n- Proceeds fund the Kokkola refinery expansion\n\nLoan terms\n\nThe five-year facility carries a one-year grace period. It was signed in Helsinki by Mikko Salo, Kestrel's finance director, on behalf of Kestrel, and by Anna Berg, NIB's head of lending, on behalf of the bank.",
        &[(Loan, &["Kestrel Cobalt Ltd", "Nordic Investment Bank", "Mikko Salo", "Anna Berg"], 40e6)],
    ),
    (
        "Tamarind Graphite Inc. has signed an offtake with Hanwa Co., Ltd. and a loan with Export Development Canada (EDC). Yuki Ono, a general manager, signed the offtake for Hanwa Co., Ltd., and EDC's senior vice president, Claire Dubois, signed the loan on behalf of the agency.",
        &[
            (Offtake, &["Tamarind Graphite Inc.", "Hanwa Co., Ltd.", "Yuki Ono"], 0.0),
            (Loan, &["Tamarind Graphite Inc.", "Export Development Canada", "Claire Dubois"], 0.0),
        ],
    ),
    (
        "Redbank Nickel Corp. signed a $120 million loan agreement with the Export-Import Bank of the United States. Bank vice chair Laura Pike signed the agreement on behalf of the lender, and Redbank president Owen Marsh signed for the company.",
        &[(Loan, &["Redbank Nickel Corp.", "Export-Import Bank of the United States", "Laura Pike", "Owen Marsh"], 120e6)],
    ),
    // A subdivision's government, capitalized, is the subdivision's party.
    (
        "Copperstone Mining and the Northern Cape Provincial Government signed a memorandum of understanding on water supply. The Queensland Government and Valeo Minerals signed a royalty agreement the same week.",
        &[
            (MemorandumOfUnderstanding, &["Northern Cape", "Copperstone Mining"], 0.0),
            (Agreement, &["Valeo Minerals", "Queensland"], 0.0),
        ],
    ),
    // A signer's title and employer between commas after the name (`, Managing Director,
    // X,`), then `signed`; the other signer of a `while` clause with a title of their own.
    (
        "Hindustan Zinc Limited (HZL) signed a memorandum of understanding with Ma'aden on Friday. Shri Vikram Rao, Director (Projects), HZL, signed the MoU on behalf of HZL, while Mr. Khalid Al-Harbi, Vice President, signed on behalf of Ma'aden.",
        &[(MemorandumOfUnderstanding, &["Hindustan Zinc Limited", "Ma'aden", "Vikram Rao", "Khalid Al-Harbi"], 0.0)],
    ),
    // ... and in the sentence after the agreement's, where `the document` is the agreement.
    (
        "Coal India Limited (CIL) has signed a memorandum of understanding with Minerals Development Oman (MDO). Shri Arun Mehta, Executive Director, CIL, signed the document on behalf of CIL, while Ms. Salma Al-Rawahi, General Manager, signed on behalf of MDO.",
        &[(MemorandumOfUnderstanding, &["Coal India Limited", "Minerals Development Oman", "Arun Mehta", "Salma Al-Rawahi"], 0.0)],
    ),
    // A ministry's acronym in its own language; signers after `will be signed by` in a
    // later sentence.
    (
        "Spain's Ministry for the Ecological Transition (MITECO) and Portugal's Ministry of Economy will sign a memorandum of understanding in Madrid next week. The memorandum covers lithium refining. It will be signed by Secretary of State Ana Ruiz and by the Portuguese Minister of Economy, Rui Matos.",
        &[(MemorandumOfUnderstanding, &["Ministry of Economy", "Ministry for the Ecological Transition", "Ana Ruiz", "Rui Matos"], 0.0)],
    ),
    // `the joint venture company` is no agreement: the signers of the sentence go to the
    // loan before it, each named after a possessive and a title between commas.
    (
        "Kibo Nickel Company has signed a US$90 million loan agreement with Stanbic Bank Tanzania and Azania Bank. Kibo managing director Asha Mollel signed on behalf of the joint venture company, while Stanbic's head of project finance, Daudi Kimaro, and Azania Bank's chief credit officer, Zuhura Said, signed for the two lenders.",
        &[(Loan, &["Kibo Nickel Company", "Stanbic Bank Tanzania", "Azania Bank", "Asha Mollel", "Zuhura Said", "Daudi Kimaro"], 90e6)],
    ),
    // A reported clause after `that` ends the subject: who informs is no party; an
    // adjective made of a name (`Glencore-led`) names no party.
    (
        "The Government of the Republic of Malawi, through the Ministry of Mining, wishes to inform the public that Lindian Resources Limited and Sovereign Metals Limited have today signed a joint venture agreement. Separately, the Africa Finance Corporation concluded a $40 million loan agreement with Nacala Logistics, the Glencore-led consortium that runs the railway.",
        &[
            (JointVenture, &["Sovereign Metals Limited", "Lindian Resources Limited"], 0.0),
            (Loan, &["Africa Finance Corporation", "Nacala Logistics"], 40e6),
        ],
    ),
    // A minister after a country's possessive and a title between commas; `; on behalf of
    // X by Y`: the next signer after a semicolon; a later signer after `on behalf of BGK by`,
    // far from the verb, and the bank it names.
    (
        "Minister of Trade, Industry and Energy Kim Min-soo and Peru's Minister of Energy and Mines, Lucía Paredes Soto, signed a memorandum of understanding in Seoul. Hanwha Ocean signed a loan agreement with KEXIM and K-SURE on Monday. The facility was signed on behalf of Hanwha Ocean by its Chief Executive Officer, Mr Choi Dae-sung; on behalf of KEXIM by Mr Lee Joon-ho, Executive Director; and on behalf of K-SURE by Ms Marta Kim, Vice President of the Energy Business Division, and on behalf of the Bank of Busan by Ewa Lindqvist, a member of the bank's board.",
        &[
            (MemorandumOfUnderstanding, &["Lucía Paredes Soto", "Peru", "Kim Min-soo"], 0.0),
            (Loan, &["Hanwha Ocean", "Export-Import Bank of Korea", "Korea Trade Insurance Corporation", "Choi Dae-sung", "Lee Joon-ho", "Marta Kim", "Bank of Busan", "Ewa Lindqvist"], 0.0),
        ],
    ),
    // A province's own style names its government; `and the X Central Government` is a
    // second party; `; by Chief Y`: the next signer after a semicolon.
    (
        "The Province of Manitoba and the Peguis Central Government (PCG) have entered into a revenue-sharing agreement. It was signed by Minister Lena Fraser on behalf of the Province; by Chief Sydney Cook on behalf of the PCG; and by Mr Ray Moose.",
        &[(Agreement, &["Peguis Central Government", "Manitoba", "Lena Fraser", "Sydney Cook", "Ray Moose"], 0.0)],
    ),
    // An appositive after a listed party passes over to the next ones; `H.E.` is a title;
    // past the country a minister's title is of, the chain goes on to the signer before.
    (
        "The Minister of Economy of Armenia, Gevorg Papoyan, and the Minister of Energy of the United Arab Emirates, H.E. Suhail Al Mazrouei, signed a memorandum of understanding. A letter of intent was signed between Zangezur Copper Molybdenum Combine CJSC (ZCMC), an Armenian copper producer, Lydian Armenia LLC and Masdar Clean Energy LLC.",
        &[
            (MemorandumOfUnderstanding, &["Suhail Al Mazrouei", "Gevorg Papoyan"], 0.0),
            (LetterOfIntent, &["Zangezur Copper Molybdenum Combine CJSC", "Lydian Armenia LLC", "Masdar Clean Energy LLC"], 0.0),
        ],
    ),
    // A known company's name made longer, which the text calls a subsidiary, is a company
    // of its own.
    (
        "Boliden AB has signed a green loan agreement with the Nordic Investment Bank. Separately, Boliden's wholly owned subsidiary Boliden Commercial AB has concluded an offtake agreement with Aurubis AG.",
        &[
            (Loan, &["Boliden AB", "Nordic Investment Bank"], 0.0),
            (Offtake, &["Boliden Commercial AB", "Aurubis AG"], 0.0),
        ],
    ),
    // `by X of A, by Y of B, and by Z of C`: a comma before the next `by`; a signer's
    // company right after the name (`of Mitsui & Co.`) is bound too.
    (
        "Boliden AB and Aurubis AG concluded an offtake agreement. The offtake was signed by Mr Jonas Berg of Boliden AB, by Ms Anna Kaur of Aurubis AG, and by Mr Leo Sato of Mitsui & Co.",
        &[(Offtake, &["Aurubis AG", "Boliden AB", "Jonas Berg", "Anna Kaur", "Leo Sato", "Mitsui & Co"], 0.0)],
    ),
    // Signers listed with semicolons, each with a title and `on behalf of`.
    (
        "Itochu Corporation and JOGMEC have entered into an offtake agreement with Iluka Resources Limited. The agreement was signed in Tokyo by Taro Sato, Executive Officer, Metals Division, on behalf of Itochu; Mika Ueda, Director General, Finance Department, on behalf of JOGMEC; and Grant Ellis, General Manager, Marketing, on behalf of Iluka.",
        &[(Offtake, &["Japan Organization for Metals and Energy Security", "Itochu Corporation", "Iluka Resources Limited", "Taro Sato", "Mika Ueda", "Grant Ellis"], 0.0)],
    ),
    // A company's one-word name before a word for a site names the project, no party.
    (
        "Government backs Zinnwald lithium project with KfW loan\n\nKfW and Deutsche Lithium GmbH today signed a loan agreement of up to EUR 150 million for the Zinnwald lithium project in Saxony. Deutsche Lithium is the German subsidiary of Zinnwald Lithium plc.",
        &[(Loan, &["Deutsche Lithium GmbH", "KfW"], 150e6)],
    ),
    // A wire's dateline with a doubled dash is no subject; `Global Head of Zinc` is a
    // title, not a company.
    (
        "JEDDAH, Saudi Arabia, March 3, 2026 /PRNewswire/ -- Manara Minerals, the mining investment arm of the kingdom, today announced that it has concluded an offtake agreement with Glencore. It was signed by Mr. Fahad Al-Qahtani and Ms. Ines Berger, Global Head of Zinc at Glencore.",
        &[(Offtake, &["Manara Minerals", "Glencore", "Fahad Al-Qahtani", "Ines Berger"], 0.0)],
    ),
    // What talks are on is no agreement, however far before the talks are named.
    (
        "Talga has secured a grant and says it is in advanced talks with the European Investment Bank and Sweden's export credit agency EKN on a debt package.",
        &[],
    ),
    // A debt package is a loan; `Proprietary Limited` (South Africa's `(Pty) Ltd`) ends a
    // company's name.
    (
        "Pan African Resources Funding Company Proprietary Limited has concluded a secured debt package with Rand Merchant Bank.",
        &[(Loan, &["Pan African Resources Funding Company Proprietary Limited", "Rand Merchant Bank"], 0.0)],
    ),
    // The first party, then an appositive between commas up to the verb: the parties the
    // appositive names (a ministry, a government) are not subjects.
    (
        "Khanij Bidesh India Limited (KABIL), a joint venture of three state firms under the Ministry of Mines, Government of India, today signed a memorandum of understanding with Minerals Development Oman (MDO).",
        &[(MemorandumOfUnderstanding, &["Khanij Bidesh India Limited", "Minerals Development Oman"], 0.0)],
    ),
    // Plural contracts, `one with X and one with Y`: one agreement each; a comma before a
    // legal suffix (`, LLC`) makes a name a company's; `Power and Heat Oy` is one name.
    (
        "Ur-Energy Inc. has entered into two uranium sales contracts, one with Constellation Energy Generation, LLC and one with Finland's Fortum Power and Heat Oy.",
        &[
            (Contract, &["Ur-Energy Inc.", "Constellation Energy Generation"], 0.0),
            (Contract, &["Ur-Energy Inc.", "Fortum Power and Heat Oy"], 0.0),
        ],
    ),
    // A patron of the signing, like a witness, is no party; a French bank's name keeps its
    // elided article (`Côte d’Ivoire`).
    (
        "Minerals Development Oman (MDO) and Société Générale Côte d’Ivoire signed a loan agreement. The agreement was signed by Hamad Al Maamari, Chief Executive Officer of MDO, and Tariq Al Zaabi, Chief Executive Officer of the bank, under the patronage of His Excellency Saif Al Rashdi, Undersecretary for Minerals.",
        &[(Loan, &["Société Générale Côte d’Ivoire", "Minerals Development Oman", "Hamad Al Maamari", "Tariq Al Zaabi"], 0.0)],
    ),
    // `on behalf of X and its wholly owned subsidiary Y`: both bound.
    (
        "Kestrel Minerals Limited signed a letter of intent with ANZ. The LOI was executed by Managing Director Damian Spring on behalf of Kestrel and its wholly owned New Zealand subsidiary Otago Gold Limited (OGL), which holds the permits.",
        &[(LetterOfIntent, &["Kestrel Minerals Limited", "ANZ", "Damian Spring", "Otago Gold Limited"], 0.0)],
    ),
    // Three signers, each `by X on behalf of Y`, the first two joined by a comma alone.
    (
        "Pueblo Viejo Dominicana Corporation (PVDC) has concluded a community agreement with the Ministry of Energy and Mines (MEM) and the Cotui Community Federation. The agreement was signed by PVDC Country Manager Leonel Castillo on behalf of the company, by Vice Minister of Mines Altagracia Barahona on behalf of the Ministry, and by federation president Pedro Julio Peralta on behalf of the councils.",
        &[(Agreement, &["Pueblo Viejo Dominicana Corporation", "Ministry of Energy and Mines", "Cotui Community Federation", "Leonel Castillo", "Altagracia Barahona", "Pedro Julio Peralta"], 0.0)],
    ),
    // The people after `by` of a participle (`The letter, signed in Lima by X and Y,`)
    // in the sentence after an agreement's are its parties.
    (
        "China Nonferrous Metal Mining Co (CNMC) signed a letter of intent with Metalurgia Business Peru SAA on Tuesday. The non-binding letter, signed in Lima by CNMC vice-president Zhou Wenbin and Metalurgia Business Peru chairman Santiago Huaman, envisages an investment of about $375 million.",
        &[(LetterOfIntent, &["China Nonferrous Metal Mining Group", "Metalurgia Business Peru SAA", "Zhou Wenbin", "Santiago Huaman"], 0.0)],
    ),
    // A paragraph opening with an article and a spaced dash has no dateline: the dash
    // joins a bank's acronym to its name, and the country before is a party.
    (
        "The Republic of Colombia and CAF – Development Bank of Latin America and the Caribbean today signed a US$150 million loan agreement.",
        &[(Loan, &["Development Bank of Latin America and the Caribbean", "Colombia"], 150_000_000.0)],
    ),
    // A roadmap two governments sign is an agreement; one a company unveils is a plan.
    (
        "The Government of the Republic of Chile and the Government of Japan signed a Roadmap on Cooperation in the Field of Critical Raw Materials. Separately, Codelco unveiled a roadmap for its smelters.",
        &[(Agreement, &["Japan", "Chile"], 0.0)],
    ),
    // `and, on behalf of X, by Y`: a comma between `and` and the phrase.
    (
        "Kestrel Lithium signed a binding offtake with Sojitz Corporation. The offtake was signed in Tokyo by Kestrel chief executive Regina Park and, on behalf of Sojitz, by Kenji Arakawa, Executive Officer of the Metals Division.",
        &[(Offtake, &["Kestrel Lithium", "Sojitz Corporation", "Regina Park", "Kenji Arakawa"], 0.0)],
    ),
    // The people due to sign an agreement already reported, in the next sentence (`are
    // due to sign the document`), are its parties as those who signed it would be.
    (
        "Kivu Metals Holding is expected to sign a memorandum of understanding with Tanzania Minerals Corp next month. Kivu Metals chief executive Amani Lwanga and Tanzania Minerals managing director Neema Mushi are due to sign the document in Dodoma.",
        &[(MemorandumOfUnderstanding, &["Kivu Metals Holding", "Tanzania Minerals Corp", "Neema Mushi", "Amani Lwanga"], 0.0)],
    ),
    // A company's name after `and` ends a government's: its legal suffix says so.
    (
        "The Government of Mali and Lithium du Mali SA (LMSA) have concluded a revised mining convention for the Goulamina mine.",
        &[(Agreement, &["Lithium du Mali SA", "Mali"], 0.0)],
    ),
    // The owners named in an appositive after `owned by` are no subjects of their own.
    (
        "Kivu Metals Holding, the investment vehicle owned by Gécamines and the Fonds Souverain de la RDC, is expected to sign a memorandum of understanding with Zambia's ZCCM Investments Holdings next week.",
        &[(MemorandumOfUnderstanding, &["Kivu Metals Holding", "ZCCM Investments Holdings"], 0.0)],
    ),
    // A signer's description between commas (`IFC's resident representative for
    // Georgia`) is passed over to the next signer; the possessive names whom it is for.
    (
        "The IFC agreed a loan for the plant. The loan was signed in Tbilisi by Nino Kapanadze, IFC's resident representative for Georgia, and Giorgi Beridze, general director of Rustavi Azot LLC.",
        &[(Loan, &["International Finance Corporation", "Nino Kapanadze", "Giorgi Beridze", "Rustavi Azot LLC"], 0.0)],
    ),
    // A company's management board signs for it; it is no party.
    (
        "Kazatomprom JSC and Orano Mining concluded an agreement on Friday. It was signed on behalf of Kazatomprom by Nurlan Abenov, Chairman of the Management Board, and on behalf of Orano Mining by Jean Martin, chief executive.",
        &[(Agreement, &["Orano", "Kazatomprom JSC", "Nurlan Abenov", "Jean Martin"], 0.0)],
    ),
    // A capitals headline's agreement noun is no bare subject (`BINDING OFFTAKE AGREEMENT
    // SIGNED WITH`).
    (
        "Kestrel inks binding spodumene offtake with Toyota Tsusho\n\nASX MARKET ANNOUNCEMENT\n\nKestrel Lithium Limited (ASX: KLL)\nLevel 3, 100 Hay Street, Perth WA 6000\n\n3 March 2026\n\nBINDING OFFTAKE AGREEMENT SIGNED WITH TOYOTA TSUSHO CORPORATION\n\nKestrel Lithium Limited has entered into a binding offtake agreement with Toyota Tsusho Corporation for spodumene concentrate.",
        &[
            (Offtake, &["TOYOTA TSUSHO CORPORATION"], 0.0),
            (Offtake, &["Kestrel Lithium Limited", "TOYOTA TSUSHO CORPORATION"], 0.0),
        ],
    ),
    // A later noun joined by `and`, with its own article and `with`, is another agreement
    // of the same kind; a facility right after its sum is a loan.
    (
        "Coral Minerals Limited said it had signed a $90 million loan agreement with the Northern Australia Infrastructure Facility (NAIF) and an $80 million facility with Export Finance Australia (EFA).",
        &[
            (Loan, &["Coral Minerals Limited", "Northern Australia Infrastructure Facility"], 90_000_000.0),
            (Loan, &["Coral Minerals Limited", "Export Finance Australia"], 80_000_000.0),
        ],
    ),
    // A signer's title with a capitalized portfolio (`Vice President, Battery
    // Materials,`) is passed over to whom the signer binds.
    (
        "The agreement was signed in Toronto by Regina Park, President and Chief Executive Officer, on behalf of Kestrel Lithium Inc., and by Omar Haddad, Vice President, Battery Materials, on behalf of Atlas Cells Corp.",
        &[(Agreement, &["Regina Park", "Kestrel Lithium Inc.", "Omar Haddad", "Atlas Cells Corp."], 0.0)],
    ),
    // Who recommends an approval (`a recommendation by`) is no party.
    (
        "Acme Mining Ltd signed a supply contract with Beta Metals Corp. The cabinet approved the supply contract last week, following a recommendation by the Mining Regulatory Authority.",
        &[(Contract, &["Acme Mining Ltd", "Beta Metals Corp."], 0.0)],
    ),
    // The other signer in a clause of their own: `while X signed for the company`.
    (
        "The Export Credit Bank of Ghana signed a loan with Volta Bauxite Ltd. The loan was signed by Ama Owusu, Managing Director, on behalf of the bank, while Volta Bauxite's chief executive, Mr. Kofi Mensah, signed for the company.",
        &[(Loan, &["Export Credit Bank of Ghana", "Volta Bauxite Ltd.", "Ama Owusu", "Kofi Mensah"], 0.0)],
    ),
    // `agreed with Y to form a joint venture`: the agreeing verb is the noun's, and a noun
    // in the phrase that opens the sentence does not start a clause of its own.
    (
        "In a second deal announced on Friday, Sahel Lithium agreed with the Africa Finance Corporation (AFC) to form a joint venture for a refinery.",
        &[(JointVenture, &["Sahel Lithium", "Africa Finance Corporation"], 0.0)],
    ),
    // A title with a lower-case portfolio after `for` still names its person.
    (
        "The offtake agreement was signed by Norvale Metals executive vice president for marketing Ingrid Solberg and Kestrel Battery Corp. chief executive Tom Hale.",
        &[(Offtake, &["Norvale Metals", "Ingrid Solberg", "Kestrel Battery Corp.", "Tom Hale"], 0.0)],
    ),
    // An adverb of time between an appositive's closing comma and the verb.
    (
        "Bharat Minerals Limited (BML), a public sector enterprise under the Ministry of Mines, Government of India, today signed a memorandum of understanding with Gulf Copper Holdings.",
        &[(MemorandumOfUnderstanding, &["Bharat Minerals Limited", "Gulf Copper Holdings"], 0.0)],
    ),
    // A signer's title and employer passed over to whom they sign for; `the Bank` is the
    // bank named before.
    (
        "The Export-Import Bank of the United States (EXIM) said its board had cleared the financing in March. The loan agreement was signed by EXIM Chair Dana Whitford on behalf of the Bank and by Owen Pratt, President of Westwater Resources Inc., on behalf of Westwater Graphite LLC.",
        &[(Loan, &["Export-Import Bank of the United States", "Dana Whitford", "Owen Pratt", "Westwater Graphite LLC"], 0.0)],
    ),
    // `the Department` is the department named before, after a country's abbreviation;
    // the second signer's employer is a party, as the first's would be.
    (
        "The U.S. Department of Energy said on Thursday that construction could begin this year. The loan agreement was signed by LPO Director Ava Kessler on behalf of the Department and by Tom Reyes, chief executive of Ridgeline Lithium Inc.",
        &[(Loan, &["Ava Kessler", "U.S. Department of Energy", "Tom Reyes", "Ridgeline Lithium Inc."], 0.0)],
    ),
    // A count of lenders and a colon introduce the rest of the list.
    (
        "The credit facility agreement was signed on Friday by Nordvik Lithium AB and three lenders: the Nordic Investment Bank (NIB), Svenska Handelsbanken AB and Danske Bank.",
        &[(Loan, &["Nordvik Lithium AB", "Nordic Investment Bank", "Svenska Handelsbanken AB", "Danske Bank"], 0.0)],
    ),
    // A regulator whose approval the agreement awaits is no party.
    (
        "Hastings Technology Metals and Korea Zinc signed the subscription agreement on Monday night, and it remains subject to Foreign Investment Review Board approval.",
        &[(Agreement, &["Korea Zinc", "Hastings Technology Metals"], 0.0)],
    ),
    // A title with its `co-` prefix lets the list of signers go on.
    (
        "Brazil's Ministry of Mines and Energy (MME) and Sigma Lithium Corporation signed a memorandum of understanding on Tuesday. The document was signed by Helena Vasconcelos, co-chief executive of Sigma Lithium, and Rodrigo Tavares Lima, the MME's secretary for geology.",
        &[(
            MemorandumOfUnderstanding,
            &["Sigma Lithium Corporation", "Ministry of Mines and Energy", "Helena Vasconcelos", "Rodrigo Tavares Lima"],
            0.0,
        )],
    ),
    // A working capital facility is a loan.
    (
        "Horizon Minerals said it had entered into a $25 million working capital facility with the Commonwealth Bank of Australia.",
        &[(Loan, &["Horizon Minerals", "Commonwealth Bank of Australia"], 25_000_000.0)],
    ),
    // Signers listed one a line after `by:`, each for and on behalf of a party.
    (
        "The Ghana Integrated Aluminium Development Corporation (GIADEC) and Emirates Global Aluminium PJSC (EGA) have signed a Joint Development Agreement.\n\nThe Agreement was signed in Accra by:\n\n- Dr. Abena Owusu-Sekyere, Chief Executive Officer, for and on behalf of GIADEC;\n- Eng. Khalid Al Mansoori, Executive Vice President, for and on behalf of EGA.\n\nThe refinery will follow.",
        &[(
            Agreement,
            &[
                "Emirates Global Aluminium PJSC",
                "Ghana Integrated Aluminium Development Corporation",
                "Abena Owusu-Sekyere",
                "Khalid Al Mansoori",
            ],
            0.0,
        )],
    ),
    // A headline's bare `Government` names no party; `Chairman of the Board of X` is a
    // title, and the person after it signs.
    (
        "Government signs concession contract for lithium deposit\nThe Government of Republika Srpska today signed a concession contract with Arcore AG. The contract was signed by the Minister of Energy and Mining, Dragan Kovačević, on behalf of the Government, and by the Chairman of the Board of Arcore AG, Martin Keller.",
        &[(Contract, &["Republika Srpska", "Arcore AG", "Dragan Kovačević", "Martin Keller"], 0.0)],
    ),
    // The European Union signs as one body (not where something is, nor what it owns);
    // `The document was signed by` reaches back to the agreement reported before, however
    // far; `with X represented by Y` binds Y without a comma.
    (
        "The memorandum of understanding signed by the European Union and Serbia covers lithium. Projects under the EU's raw materials act wait.",
        &[(MemorandumOfUnderstanding, &["European Union", "Serbia"], 0.0)],
    ),
    (
        "CAMYEN has signed a joint venture agreement with Liex S.A. to build a plant. The joint venture will process brine. Capacity is planned at 20,000 tonnes. CAMYEN will hold 15%. The document was signed in Catamarca by CAMYEN president Gustavo Ferreyra and Liex general manager Wang Lei.",
        &[(JointVenture, &["CAMYEN", "Liex S.A.", "Gustavo Ferreyra", "Wang Lei"], 0.0)],
    ),
    (
        "Mazoon Mining signed an offtake agreement with Hindalco represented by Rohit Menon, chief operating officer of its copper business.",
        &[(Offtake, &["Mazoon Mining", "Hindalco Industries", "Rohit Menon"], 0.0)],
    ),
    // `Under a separate agreement signed at the same event, X, Y and Z agreed`: a new
    // agreement made by the participle in the opening phrase binds the subjects after it.
    (
        "Zimbabwe and the UAE signed a memorandum of understanding on Tuesday. Under a separate framework agreement signed at the same event, Emirates Strategic Minerals Fund (ESMF), Zimbabwe Mining Development Corporation (ZMDC) and Munyati Platinum Mines agreed on the terms of a stake sale.",
        &[
            (MemorandumOfUnderstanding, &["United Arab Emirates", "Zimbabwe"], 0.0),
            (
                Agreement,
                &["Emirates Strategic Minerals Fund", "Zimbabwe Mining Development Corporation", "Munyati Platinum Mines"],
                0.0,
            ),
        ],
    ),
    // Companies from the two countries are no pair of countries; a noun in an opening
    // phrase (`In the larger of the business deals,`) is not what the verb makes; a
    // company form before the name (`Groupe`) is dropped in later mentions; `Minister
    // Delegate` is a title.
    (
        "Mongolia and France signed a memorandum of understanding, signed by France's Minister Delegate for Industry, Claire Vasseur, and companies from the two countries concluded two commercial agreements. In the larger of the business deals, Tsagaan Uul Tungsten JSC and Groupe Ferrand Métaux agreed to form a joint venture. Ferrand Métaux will hold 49%.",
        &[
            (MemorandumOfUnderstanding, &["France", "Mongolia", "Claire Vasseur"], 0.0),
            (JointVenture, &["Groupe Ferrand Métaux", "Tsagaan Uul Tungsten JSC"], 0.0),
        ],
    ),
    // A relative clause or an appositive between commas before the verb says more of the
    // subject before it (the place it names signs nothing); `The seven-year agreement`
    // is the one just made, with a number word glued to its hyphen.
    (
        "NUUK, Greenland - Ukaleq Minerals A/S, which is developing a project in southern Greenland, has signed an offtake agreement with Ridgeline Magnetics Inc. The seven-year agreement, signed in Copenhagen by Ukaleq chief executive Naja Kleist, sets a floor price.",
        &[(Offtake, &["Ukaleq Minerals A/S", "Ridgeline Magnetics Inc.", "Naja Kleist"], 0.0)],
    ),
    (
        "Hanbit Materials Co and PT Sultra Nikel Mandiri, a company owned by the Southeast Sulawesi provincial government, signed a joint venture agreement.",
        &[(JointVenture, &["PT Sultra Nikel Mandiri", "Hanbit Materials Co"], 0.0)],
    ),
    // A party's parent described after `its` is listed too; signers with their titles
    // and employers between commas, subjects of `signed` alone, bind their employers; a
    // signer's employer before the title after another signer and `and` is bound too.
    (
        "The Ministry of Mines signed a licence agreement with Erongo Dune Uranium (Pty) Ltd and its parent company, Vancouver-based Skeleton Coast Energy Corp. Mr Daniel Brückner, Managing Director of Erongo Dune Uranium, and Mr Kevin O'Rourke, President and Chief Executive Officer of Skeleton Coast Energy, signed on behalf of the companies.",
        &[(
            Agreement,
            &["Ministry of Mines", "Erongo Dune Uranium (Pty) Ltd", "Skeleton Coast Energy Corp.", "Daniel Brückner", "Kevin O'Rourke"],
            0.0,
        )],
    ),
    (
        "Alpha Mining signed an offtake agreement with Beta Resources on Monday. Alpha Mining chief executive John Smith and Beta Resources chief executive Mary Jones signed the agreement.",
        &[(Offtake, &["Alpha Mining", "Beta Resources", "Mary Jones", "John Smith"], 0.0)],
    ),
    // A noun with a passive verb of its own after a country's name and a comma opens a
    // clause (it says no more of the country); signers named side by side (`on the Uzbek
    // side by X, on the Saudi side – by Y`) are all parties; a family name glued to its
    // initial's dot is a person's.
    (
        "During the visit of the delegation of Saudi Arabia, a Memorandum of Understanding on geology, mining and processing was signed between the Ministry of Mines of Uzbekistan and the Ministry of Industry of Saudi Arabia. On the Uzbek side the document was signed by the Minister of Mines S.Tursunov, on the Saudi side – by Vice Minister Faisal Al-Harbi.",
        &[(
            MemorandumOfUnderstanding,
            &["Ministry of Mines of Uzbekistan", "Ministry of Industry of Saudi Arabia", "S.Tursunov", "Faisal Al-Harbi"],
            0.0,
        )],
    ),
    // A name given in English in brackets with an acronym is the same party, and the
    // list of subjects goes on before it; a noun in a phrase that opens the sentence
    // (`Alongside the JV documents,`) is not what the verb makes; `the parent company`
    // is the one the lead says the story's unit belongs to.
    (
        "Boreal Battery Metals Oyj, Japan's Kanemitsu Corporation and state-owned Suomen Teollisuusmetallit Oy (Finnish Industrial Metals, STM) have signed a joint venture agreement. Alongside the JV documents, Kanemitsu signed an offtake agreement with Vaasa Cathode Oy.",
        &[
            (JointVenture, &["Suomen Teollisuusmetallit Oy", "Kanemitsu Corporation", "Boreal Battery Metals Oyj"], 0.0),
            (Offtake, &["Kanemitsu Corporation", "Vaasa Cathode Oy"], 0.0),
        ],
    ),
    (
        "PT Teluk Weda Nikel Indonesia (TWNI), a unit of Jakarta-listed PT Arkha Sumber Daya Tbk, has signed an offtake agreement with Hanwon Materials Co. Hanwon, a subsidiary of Hanwon Group, will take cobalt too. Separately, the parent company said it had signed a loan agreement with PT Bank Mandiri.",
        &[
            (Offtake, &["PT Teluk Weda Nikel Indonesia", "Hanwon Materials Co."], 0.0),
            (Loan, &["PT Arkha Sumber Daya Tbk", "PT Bank Mandiri"], 0.0),
        ],
    ),
    // A signer's employer named right before the title is bound too; where an
    // acquisition names sellers after `from`, they are the parties, not the company whose
    // shares change hands.
    (
        "Tau Chrome Holdings CEO Thandiwe Nkosi (right) and Ikwezi Capital managing director Sipho Mathebula sign the sale agreement.\n\nJOHANNESBURG - Tau Chrome Holdings Ltd has signed an agreement to acquire all the shares in Lebowa Chrome Mining (Pty) Ltd from Ikwezi Capital (Pty) Ltd and the Mafefe Community Trust for R2.35bn.",
        &[
            (Agreement, &["Sipho Mathebula", "Ikwezi Capital", "Thandiwe Nkosi", "Tau Chrome Holdings Ltd"], 0.0),
            (Agreement, &["Tau Chrome Holdings Ltd", "Ikwezi Capital (Pty) Ltd", "Mafefe Community Trust"], 2.35e9),
        ],
    ),
    // What a title is of (`Minister of Natural Resources, Ecology and Technical
    // Supervision`) is no party, even when the rules read an organization there.
    (
        "Minister of Natural Resources, Ecology and Technical Supervision Talant Osmonov then signed a separate investment agreement with International Resources Holding.",
        &[(Agreement, &["Talant Osmonov", "International Resources Holding"], 0.0)],
    ),
    // The person who represents a party signs for it.
    (
        "In a separate ceremony, MMRI signed a memorandum of understanding with the Provincial Government of Agusan del Norte, represented by Governor Dante Ruiz, on a development fund.",
        &[(MemorandumOfUnderstanding, &["MMRI", "Agusan del Norte", "Dante Ruiz"], 0.0)],
    ),
    // A financing package is a loan, its borrower after `for`; `The 12-year credit line`
    // later is the same loan.
    (
        "BNDES and the innovation agency Finep on Wednesday signed a R$1.3 billion financing package for Terra Rara Mineração S.A. to build a separation plant. The 12-year credit line was signed in Rio de Janeiro by Finep president Ricardo Lins.",
        &[(Loan, &["Financiadora de Estudos e Projetos", "Brazilian Development Bank", "Terra Rara Mineração S.A.", "Ricardo Lins"], 1.3e9)],
    ),
    // A press release's headline in capitals after its letterhead restates the story.
    (
        "ASX ANNOUNCEMENT\n21 August\n\nKALBARRI SIGNS BINDING OFFTAKE WITH SOJITZ\n\nKalbarri Critical Metals Ltd has signed a binding offtake agreement with Sojitz Corporation.",
        &[(Offtake, &["Kalbarri Critical Metals Ltd", "Sojitz Corporation"], 0.0)],
    ),
    // `the "Company"` defined after the name, inside its brackets, is that company all
    // through (not the one a headline names most); nouns joined by `and` before one
    // `with` share its object.
    (
        "Kestrel Minerals Enters Stream with Wheaton, Offtake with Trafigura\n\nKestrel Minerals Ltd. (\"Kestrel\" or the \"Company\") has entered into a stream agreement with Wheaton Precious Metals Corp. (\"Wheaton\"). The Company has also signed a life-of-mine offtake agreement and a related prepayment loan with Trafigura Pte Ltd (\"Trafigura\").",
        &[
            (Agreement, &["Kestrel Minerals Ltd.", "Wheaton Precious Metals Corp."], 0.0),
            (Offtake, &["Kestrel Minerals Ltd.", "Trafigura Pte Ltd"], 0.0),
            (Loan, &["Kestrel Minerals Ltd.", "Trafigura Pte Ltd"], 0.0),
        ],
    ),
    // A later noun with its own verb and article is another agreement, and the first
    // one's value stops at that verb.
    (
        "In June Rare Earths Norway AS signed a binding offtake agreement with Vacuumschmelze GmbH & Co. KG (VAC), and last month it concluded a NOK 1.1 billion loan agreement with Export Finance Norway (Eksfin).",
        &[
            (Offtake, &["Rare Earths Norway AS", "Vacuumschmelze GmbH & Co. KG"], 0.0),
            (Loan, &["Rare Earths Norway AS", "Export Finance Norway"], 1.1e9),
        ],
    ),
    // `The agreement` is the joint venture just spoken of, not the headline's agreements;
    // each `on behalf of A by X` adds its signer; a second organization after `and the`
    // ends a ministry's name; `Chairman of the Management Board` is a title.
    (
        "Agreements on tungsten and geology signed in Astana\nA joint venture agreement was signed between Tau-Ken Samruk National Mining Company JSC (Tau-Ken Samruk) and Korea Zinc Co., Ltd. (Korea Zinc). The agreement was signed on behalf of Tau-Ken Samruk by the Chairman of the Management Board Nurlan Seitkali and on behalf of Korea Zinc by Executive Vice President Kim Dong-wook. A memorandum was also signed between the Ministry of Industry and Construction of the Republic of Kazakhstan and the Korea Institute of Geoscience and Mineral Resources (KIGAM).",
        &[
            (
                JointVenture,
                &["Tau-Ken Samruk National Mining Company JSC", "Korea Zinc Co., Ltd.", "Nurlan Seitkali", "Kim Dong-wook"],
                0.0,
            ),
            (
                MemorandumOfUnderstanding,
                &["Ministry of Industry and Construction of the Republic of Kazakhstan", "Korea Institute of Geoscience and Mineral Resources"],
                0.0,
            ),
        ],
    ),
    // A name no rule knows, joined by `and` to a known party after the noun's `with`, is a
    // party; one after a descriptor is not; a pronoun is never a subject.
    (
        "State logistics group Transnet said it expects to sign a rail capacity agreement with manganese exporters South32 and Assmang next month.",
        &[(Agreement, &["Transnet", "South32", "Assmang"], 0.0)],
    ),
    (
        "Denison Mines signed a letter of intent with an Ontario Crown corporation. It signed an offtake with Cameco Corp. too.",
        &[(LetterOfIntent, &["Denison Mines"], 0.0), (Offtake, &["Cameco Corp."], 0.0)],
    ),
    // A press release: `and that it has executed` opens another agreement; `the Company`
    // is the one it defines so; a plural noun with two parties after `with` is one
    // agreement with each; `senior secured` describes a loan, it reports none.
    (
        "Nouveau Monde Graphite Inc. (\"NMG\" or the \"Company\") announced that it has entered into an offtake agreement with Traxys North America LLC (\"Traxys\"), and that it has executed a loan agreement with the Canada Infrastructure Bank. Senior secured term loan of up to $175 million from the CIB. The Company previously signed offtake agreements with Panasonic Energy Co., Ltd. and General Motors Holdings LLC.",
        &[
            (Offtake, &["Nouveau Monde Graphite Inc.", "Traxys North America LLC"], 0.0),
            (Loan, &["Nouveau Monde Graphite Inc.", "Canada Infrastructure Bank"], 0.0),
            (Offtake, &["Nouveau Monde Graphite Inc.", "Panasonic Energy Co., Ltd."], 0.0),
            (Offtake, &["Nouveau Monde Graphite Inc.", "General Motors Holdings LLC"], 0.0),
        ],
    ),
    // `The Ministry` is the ministry named in full before; an agreement noun in an
    // appositive says what a party is; a link to another story is a headline; talk
    // between a noun and its verb makes no agreement; `the Vancouver-based developer
    // said it had entered` is the story's company.
    (
        "Saudi Arabia's Ministry of Industry and Mineral Resources hosted the forum. The Ministry also signed a memorandum of understanding with Jordan.\nIn March Transnet signed an export contract with Assmang, the joint venture between African Rainbow Minerals and Assore.\nRead more: Transnet signs export deal with Assmang",
        &[
            (MemorandumOfUnderstanding, &["Ministry of Industry and Mineral Resources", "Jordan"], 0.0),
            (Contract, &["Transnet", "Assmang"], 0.0),
        ],
    ),
    (
        "Foran Mining is in negotiations with the Peter Ballantyne Cree Nation on an impact benefit agreement, which it hopes to conclude next year. The Vancouver-based developer said it had entered into a stream agreement with Wheaton Precious Metals.",
        &[(Agreement, &["Foran Mining", "Wheaton Precious Metals"], 0.0)],
    ),
    // A name and its bracketed acronym are one party in a chain of subjects; an
    // appositive's owners are none of the subjects.
    (
        "Manara Minerals, the overseas mining vehicle of Saudi Arabian Mining Company (Ma'aden) and the Public Investment Fund, has signed a framework agreement with the Government of Tanzania.",
        &[(Agreement, &["Manara Minerals", "Tanzania"], 0.0)],
    ),
    // Portfolios listed with commas stay in a ministry's name; a currency code before its
    // number is no part of a bank's.
    (
        "Namibia's Ministry of Industries, Mines and Energy and Saudi Arabia's Ministry of Industry and Mineral Resources (MIM) concluded a memorandum of understanding. Aris Mining signed a loan with Bancolombia and Banco Davivienda for COP 450 billion.",
        &[
            (MemorandumOfUnderstanding, &["Ministry of Industry and Mineral Resources", "Ministry of Industries, Mines and Energy"], 0.0),
            (Loan, &["Aris Mining", "Bancolombia", "Banco Davivienda"], 4.5e11),
        ],
    ),
    // An acquisition of an asset binds the buyer and the company it buys from; `plc` in
    // lower case ends a name; the ticker is the company's, not a mention of its own.
    (
        "Northam Platinum Holdings (JSE: NPH) has agreed to acquire a chrome plant near Brits from Tharisa plc (JSE: THA) for 1.2 billion rand.",
        &[(Deal, &["Northam Platinum Holdings", "Tharisa plc"], 1.2e9)],
    ),
    // The list of signers goes on past whom one signs for; the company whose title a
    // signer holds is bound too.
    (
        "The framework agreement was signed by Vice Governor Zhang Lin on behalf of the provincial government and Zhou Hanbin, general manager of China Minmetals.",
        &[(Agreement, &["Zhang Lin", "Zhou Hanbin", "China Minmetals"], 0.0)],
    ),
    // Numbered agreements named by their titles, each signed by people of other bodies,
    // are as many agreements; `H.E.` is no initial.
    (
        "1. The Memorandum of Understanding on Geological Data was signed by H.E. Mr. Khamphou Sisavath, Minister of Energy and Mines, and Mr. Park Jun-ho, Director General of the Korea Institute of Geoscience and Mineral Resources (KIGAM). 2. The Memorandum of Understanding on Copper Supply was signed by Mr. Somphone Keo, General Manager of Lane Xang Minerals Limited, and Mr. Han Seung-woo, Executive Vice President of LS MnM Inc.",
        &[
            (MemorandumOfUnderstanding, &["Khamphou Sisavath", "Park Jun-ho", "Korea Institute of Geoscience and Mineral Resources"], 0.0),
            (MemorandumOfUnderstanding, &["Somphone Keo", "Han Seung-woo", "Lane Xang Minerals Limited", "LS MnM Inc."], 0.0),
        ],
    ),
    // `the contract` is the agreement last spoken of; a relative `who signed` binds the
    // person it follows, not a place in their title.
    (
        "Kestrel Graphite signed an offtake agreement with a Japanese trading house and concluded a $40 million loan with the African Development Bank. Under the offtake, Sojitz will take 20,000 tonnes a year. The contract was signed in Tokyo by Kestrel chief executive Anna Berg and Kenji Sato, general manager of Sojitz. Ama Owusu, the bank's country manager for Ghana, who signed the loan in Accra, said the facility was its first.",
        &[
            (Offtake, &["Kestrel Graphite", "Sojitz", "Anna Berg", "Kenji Sato"], 0.0),
            (Loan, &["Kestrel Graphite", "African Development Bank", "Ama Owusu"], 40000000.0),
        ],
    ),
    // A name made an adjective is no party; a witness is no signer; a government's
    // name opens with `the Government of`; `the President of the X` is no person.
    (
        "Vulcan Energy signed a supply agreement with Nasdaq-listed Atlas Lithium Corp. It was signed by Vulcan chief executive Cris Moreno and Atlas president Marc Fogassa in the presence of Chief Minister Ravi Nair.",
        &[(Agreement, &["Vulcan Energy", "Atlas Lithium Corp.", "Cris Moreno", "Marc Fogassa"], 0.0)],
    ),
    (
        "During the visit of the President of the Lao PDR, an MoU between the Government of the Lao PDR and the Government of the Republic of Korea was signed.",
        &[(MemorandumOfUnderstanding, &["Laos", "South Korea"], 0.0)],
    ),
    // A name right after the `by` of a signing is a signer, title or not; a relative
    // clause about a signer is passed over; `partner` after a company is a title.
    (
        "Mubadala Investment Company has signed a share purchase agreement with Denham Capital Management. The agreement was signed in Abu Dhabi by Hamad Al Ketbi, who heads Mubadala's mining investments, and Denham partner Paul Whitcombe.",
        &[(
            Agreement,
            &["Mubadala Investment Company", "Denham Capital Management", "Hamad Al Ketbi", "Paul Whitcombe"],
            0.0,
        )],
    ),
    // A passive `was signed with X` without `by` binds the company the story is about;
    // the people who sign may come after the date and place; three capitals that open
    // a name (`FPX`) stand for it later.
    (
        "Almalyk MMC signed three documents at the forum. First, an agreement on a joint venture was signed with Jiangxi Copper Company Limited.",
        &[(JointVenture, &["Jiangxi Copper Company Limited", "Almalyk Mining and Metallurgical Complex"], 0.0)],
    ),
    (
        "FPX Nickel has signed an impact benefit agreement with the Tl'azt'en Nation. It was signed Oct. 9 at a ceremony in Tache, one of the Nation's communities on Stuart Lake, by Chief Roberta Pierre and FPX president Graham Whitlock. Days later, FPX and the Canada Infrastructure Bank signed a loan agreement.",
        &[
            (Agreement, &["FPX Nickel", "Tl'azt'en Nation", "Roberta Pierre", "Graham Whitlock"], 0.0),
            (Loan, &["Canada Infrastructure Bank", "FPX Nickel"], 0.0),
        ],
    ),
    // `it` after `said` is the subject of `said`, past an appositive that names a place;
    // after a determiner a trigger word is a noun (`an award agreement`).
    (
        "Guardian Metal Resources, a London-listed company that runs its U.S. operations out of Reno, said Tuesday it had signed an award agreement with the Defense Department.",
        &[(Agreement, &["Guardian Metal Resources", "Defense Department"], 0.0)],
    ),
    // An opening phrase before the subject is not a party: `X, Y signed` needs `and`.
    (
        "Two weeks before the EDC signing, Fortune Minerals entered into an offtake agreement with Sumitomo Metal Mining.",
        &[(Offtake, &["Fortune Minerals", "Sumitomo Metal Mining"], 0.0)],
    ),
    // A company named inside another's appositive (`the mining arm of Y`) is no subject;
    // a name made an adjective (`London-listed`) is no mention of the company named so.
    (
        "International Resource Holding RSC Ltd (IRH), the mining arm of Abu Dhabi-listed International Holding Company (ADX: IHC), has signed a joint venture agreement with Minerals Development Oman SAOC (MDO).",
        &[(JointVenture, &["International Resource Holding RSC Ltd", "Minerals Development Oman SAOC"], 0.0)],
    ),
    (
        "Nickel fell on the London Metal Exchange. The DFC signed a letter of intent with London-listed Rainbow Rare Earths Ltd.",
        &[(LetterOfIntent, &["US International Development Finance Corporation", "Rainbow Rare Earths Ltd."], 0.0)],
    ),
    // Signers after each `by` of a passive sentence that follows the agreement's, with
    // whom each signs for (`on behalf of`, the organization of the title after the name).
    (
        "The mining convention for the Lobé project was signed on Friday. The document was signed by the Minister of Mines, Industry and Technological Development, Jean-Pierre Essomba Ateba, on behalf of the Government of Cameroon, and by Mr Li Wenhao, General Manager of Sinosteel Cam S.A., the local unit of Sinosteel.",
        &[(Agreement, &["Jean-Pierre Essomba Ateba", "Cameroon", "Li Wenhao", "Sinosteel Cam S.A."], 0.0)],
    ),
    // The subject of a relative clause (`a framework ... that grants`) is not a party.
    (
        "Lake Resources NL signed a joint venture with CAMYEN on Tuesday. The joint venture is the first to be filed under the Incentive Regime for Large Investments, a framework passed by Argentina's Congress that grants tax stability.",
        &[(JointVenture, &["Lake Resources NL", "CAMYEN"], 0.0)],
    ),
    (
        "Pakistan has signed a memorandum of understanding (MoU) worth USD 500 million with the US-based firm Strategic Metals (USSM). The MoU was signed between USSM and the Frontier Works Organisation (FWO).",
        &[(MemorandumOfUnderstanding, &["Pakistan", "Strategic Metals", "Frontier Works Organisation"], 5e8)],
    ),
    (
        "The visit resulted in a second MoU between Pakistan's National Logistics Corporation (NLC) and Mota-Engil Group, a construction firm.",
        &[(MemorandumOfUnderstanding, &["National Logistics Corporation", "Mota-Engil Group"], 0.0)],
    ),
    // A country that qualifies the organization after it is not a party of its own, and
    // does not break the list of subjects.
    (
        "Rio Tinto and Chile's state-owned Codelco signed a binding agreement on Tuesday.",
        &[(Agreement, &["Codelco", "Rio Tinto"], 0.0)],
    ),
    (
        "Orano and Niger's state miner Sopamin have signed a memorandum of understanding.",
        &[(MemorandumOfUnderstanding, &["Sopamin", "Orano"], 0.0)],
    ),
    (
        "Pakistan's government and Barrick Gold signed a framework agreement.",
        &[(Agreement, &["Barrick Gold", "Pakistan"], 0.0)],
    ),
    // Two agreements in one sentence: each noun has its own object, and a later noun
    // with no subject of its own shares the first one's.
    (
        "Tamarack Copper Corp. signed an offtake agreement with Trafigura Pte Ltd for its concentrate and, separately, a $75 million loan agreement with the Canada Infrastructure Bank.",
        &[(Offtake, &["Tamarack Copper Corp.", "Trafigura Pte Ltd"], 0.0), (Loan, &["Tamarack Copper Corp.", "Canada Infrastructure Bank"], 7.5e7)],
    ),
    (
        "Tamarack Copper Corp. signed an offtake agreement with Trafigura Pte Ltd for its concentrate, and, in a separate transaction, entered into a royalty agreement with Franco-Nevada Corp.",
        &[(Offtake, &["Tamarack Copper Corp.", "Trafigura Pte Ltd"], 0.0), (Agreement, &["Tamarack Copper Corp.", "Franco-Nevada Corp."], 0.0)],
    ),
    (
        "Vinacomin on Tuesday signed a contract to supply alumina to Malaysian smelter Press Metal Aluminium Holdings Berhad, and a memorandum of understanding with Japan's Sojitz Corporation.",
        &[(Contract, &["Vinacomin", "Press Metal Aluminium Holdings Berhad"], 0.0), (MemorandumOfUnderstanding, &["Vinacomin", "Sojitz Corporation"], 0.0)],
    ),
    // A name right after the noun's `with` is the other party, even when no rule knows
    // it; `the two companies` does not make a second agreement.
    (
        "Cornish Lithium Ltd has signed a seven-year offtake agreement with PowerCo, the battery unit of Volkswagen, the two companies said, in the first supply contract of its kind.",
        &[(Offtake, &["Cornish Lithium Ltd", "PowerCo"], 0.0)],
    ),
    // An acquisition agreed without an agreement noun binds the buyer and the company
    // bought; buyers that are not parties (`investors`) make none, nor does a denial.
    (
        "Hudbay Minerals Inc. has agreed to buy Vancouver-based Nicola Copper Corp. for about C$420 million in cash and shares.",
        &[(Deal, &["Hudbay Minerals Inc.", "Nicola Copper Corp."], 4.2e8)],
    ),
    ("Glencore has not agreed to buy Teck Resources.", &[]),
    ("Investors agreed to buy shares of Teck Resources at a discount.", &[]),
    // `the two companies` and `both governments` stand for the last two parties named
    // (of the kind the noun says), not for a party of their own.
    (
        "Almaden Metals and Fresnillo plc have been in talks since March over the Ixtaca project. On Thursday the two companies signed a joint venture agreement in Mexico City.",
        &[(JointVenture, &["Almaden Metals", "Fresnillo plc"], 0.0)],
    ),
    (
        "Indonesian President Prabowo Subianto met Australia's prime minister in Canberra. Indonesia and Australia pledged closer ties on nickel. Both governments have signed a memorandum of understanding on battery supply chains.",
        &[(MemorandumOfUnderstanding, &["Indonesia", "Australia"], 0.0)],
    ),
    // `the company` as a subject is the company the story names most.
    (
        "Sagebrush Lithium Inc. is building a plant in Nevada. Sagebrush Lithium expects output in 2028. Last year the company signed a binding offtake agreement with Panasonic Energy Co.",
        &[(Offtake, &["Sagebrush Lithium Inc.", "Panasonic Energy Co."], 0.0)],
    ),
    // Countries that only say where a party is or is from are not parties; a country's
    // government named in full is.
    (
        "Accra - The Government of the Republic of Ghana, the Ghana Bauxite Corporation (GBC) and Emirates Global Aluminium PJSC (EGA) of the United Arab Emirates have signed a development agreement.",
        &[(Agreement, &["Emirates Global Aluminium PJSC", "Ghana Bauxite Corporation", "Ghana"], 0.0)],
    ),
    (
        "Silverline Mining Company, the largest silver producer in the U.S., said it had agreed to acquire Vancouver-based Vizcaino Silver Corp.",
        &[(Deal, &["Silverline Mining Company", "Vizcaino Silver Corp."], 0.0)],
    ),
    ("Mongolia's state miner has signed a five-year agreement to supply coal.", &[]),
    (
        "The Sindh provincial government and Thar Lignite Mining Company will sign a memorandum of understanding next month.",
        &[(MemorandumOfUnderstanding, &["Thar Lignite Mining Company", "Sindh"], 0.0)],
    ),
    // `Eng.` does not end a sentence; a title jumps past an organization inside it.
    (
        "Ma'aden and JOGMEC signed a memorandum of understanding. The MoU was signed by Ma'aden's Executive Vice President for Exploration, Eng. Faisal Al-Qahtani, and JOGMEC's Director General for Mineral Resources, Mr. Kenji Morita.",
        &[(MemorandumOfUnderstanding, &["Japan Organization for Metals and Energy Security", "Ma'aden", "Faisal Al-Qahtani", "Kenji Morita"], 0.0)],
    ),
    // A witness of `the signing` (a noun there) is not a party.
    (
        "Vinacomin on Tuesday signed a memorandum of understanding with Sojitz Corporation. Deputy Minister Phan Thi Hoa, who witnessed the signing, said the deals would help.",
        &[(MemorandumOfUnderstanding, &["Vinacomin", "Sojitz Corporation"], 0.0)],
    ),
    // A title runs up to the person it names, and `and by` goes on with the list.
    (
        "Astana and Seoul agreed to cooperate. The agreement was signed by Kazakhstan's Minister of Industry and Construction, Yerlan Sadykov, on behalf of the government and by Korea Zinc chief financial officer Lee Min-ho.",
        &[(Agreement, &["Kazakhstan", "Yerlan Sadykov", "Korea Zinc", "Lee Min-ho"], 0.0)],
    ),
    // The people who sign, after `by` in a passive sentence with no agreement noun.
    (
        "Orla Lithium Ltd signed a loan agreement with the Nordic Investment Bank. It was signed in Helsinki by the bank's vice-president, Maria Lund, and Orla's chief executive, Peter Gray.",
        &[(Loan, &["Orla Lithium Ltd", "Nordic Investment Bank", "Maria Lund", "Peter Gray"], 0.0)],
    ),
    // A name after a country's possessive is the party; a place there is not.
    (
        "Mahenge Graphite Ltd, which mines near Ulanga in Tanzania's Morogoro region, has signed a joint venture agreement with India's Kiran Gems.",
        &[(JointVenture, &["Mahenge Graphite Ltd", "Kiran Gems"], 0.0)],
    ),
    (
        "Kestrel Lithium Ltd and Hanseong Battery Materials Co signed an offtake agreement on Monday.",
        &[(Offtake, &["Hanseong Battery Materials Co", "Kestrel Lithium Ltd"], 0.0)],
    ),
    (
        "Boreal Nickel Corp entered into a C$250 million loan agreement with the Canada Mineral Development Bank.",
        &[(Loan, &["Boreal Nickel Corp", "Canada Mineral Development Bank"], 2.5e8)],
    ),
    // People who sign in the next sentence, each after the company they sign for.
    (
        "Tanzania signed a joint venture agreement with Kivu Metals Ltd and Hunan Yuneng New Materials Co. on Monday. Kivu chief executive Asha Mwamba and Yuneng chairman Li Qiang signed for their companies.",
        &[(JointVenture, &["Tanzania", "Kivu Metals Ltd", "Hunan Yuneng New Materials Co.", "Li Qiang", "Asha Mwamba"], 0.0)],
    ),
    // A ticker's colon at the start of a paragraph is not a dateline's.
    (
        "PERTH, Australia - Iron ore miners are busy.\n\nYarrow Iron Ltd (ASX: YRW) said it had signed a joint venture with Kiso Trading Corporation over its iron ore project.",
        &[(JointVenture, &["Yarrow Iron Ltd", "Kiso Trading Corporation"], 0.0)],
    ),
    // Three parties, one named with its acronym and one described in apposition.
    (
        "The Congolese government, the state trader Entreprise Générale du Cobalt (EGC) and Nordic Cobalt Refining Oy have signed a memorandum of understanding.",
        &[(MemorandumOfUnderstanding, &["Nordic Cobalt Refining Oy", "Entreprise Générale du Cobalt", "Democratic Republic of the Congo"], 0.0)],
    ),
    (
        "The Congolese government, the state trader Entreprise Générale du Cobalt and Nordic Cobalt Refining Oy have signed a memorandum of understanding.",
        &[(MemorandumOfUnderstanding, &["Nordic Cobalt Refining Oy", "Entreprise Générale du Cobalt", "Democratic Republic of the Congo"], 0.0)],
    ),
    (
        "Empresa Nacional de Minería (ENAMI), Chile's state mining company, and Andes Brine Ltd have signed a joint venture agreement.",
        &[(JointVenture, &["Andes Brine Ltd", "Empresa Nacional de Minería"], 0.0)],
    ),
    // Two agreements in one sentence, the second after `while`; the second's other party
    // named only later, as the subject after `Under the MoU,`.
    (
        "Ghana's Minerals Income Investment Fund (MIIF) signed a loan agreement with Adansi Gold Mines Ltd (AGML) to reopen a mine, while the Ghana Gold Board (GoldBod) signed a separate memorandum of understanding with a Swiss refiner. Under the MoU, Alpine Refining SA will build a refinery in Accra.",
        &[
            (Loan, &["Minerals Income Investment Fund", "Adansi Gold Mines Ltd"], 0.0),
            (MemorandumOfUnderstanding, &["Ghana Gold Board", "Alpine Refining SA"], 0.0),
        ],
    ),
    // Whom a signer binds, in the sentence after: `signed for X`, `on behalf of X`.
    (
        "Province Governor Ana Reyes on Monday signed a letter of intent with Haneul Energy Materials Co. Ltd. on the nickel plant.\n\nReyes signed on behalf of the Provincial Government of Surigao del Norte.",
        &[(LetterOfIntent, &["Ana Reyes", "Haneul Energy Materials Co. Ltd.", "Surigao del Norte"], 0.0)],
    ),
    (
        "Officials held talks on a possible deal with Zenith Mining Ltd but no agreement was reached.",
        &[],
    ),
    (
        "The two sides explored opportunities in copper mining.",
        &[],
    ),
];

#[test]
fn corpus_yields_expected_agreements() {
    let ex = Extractor::new();
    let mut failures = Vec::new();
    for (passage, want) in CORPUS {
        let got: Vec<(AgreementKind, Vec<String>, f64)> = ex
            .extract(passage)
            .agreements
            .into_iter()
            .map(|a| {
                (
                    a.kind,
                    a.parties.into_iter().map(|p| p.name).collect(),
                    a.value.map_or(0.0, |v| v.value),
                )
            })
            .collect();
        let ok = got.len() == want.len()
            && got
                .iter()
                .zip(want.iter())
                .all(|(g, w)| g.0 == w.0 && g.1 == w.1 && (g.2 - w.2).abs() <= 1e-6 * w.2.max(1.0));
        if !ok {
            failures.push(format!("{passage:?}\n  got  {got:?}\n  want {want:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// A government named by its place keeps the words the article calls it by, its level of
/// government included: what a reader would search for (`Regional Government of Apurímac`).
#[test]
fn a_regional_government_keeps_its_written_name() {
    let doc = Extractor::new().extract(
        "Panoro signed a memorandum of understanding with the Regional Government of Apurímac.",
    );
    let parties = &doc.agreements[0].parties;
    let apurimac = parties.iter().find(|p| p.name == "Apurímac");
    assert_eq!(
        apurimac.map(|p| p.aliases.clone()),
        Some(vec!["Regional Government of Apurímac".to_string()]),
        "{parties:?}"
    );
}

/// A noun at the very start of a text has no token before it to read.
#[test]
fn an_agreement_noun_may_open_the_text() {
    for text in [
        "JV",
        "Agreement signed.",
        "MoU, then a loan was signed by Acme Corp.",
    ] {
        let doc = Extractor::new().extract(text);
        assert!(doc.agreements.len() <= 1, "{text}: {:?}", doc.agreements);
    }
}
