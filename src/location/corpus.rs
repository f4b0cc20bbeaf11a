//! Example sentences for locations: each yields exactly the listed (text, name, type,
//! country) in order.

use crate::pipeline::Extractor;
use crate::record::{EntityValue, LocationType};

type Want = (&'static str, &'static str, LocationType, &'static str);

use LocationType::*;

const CORPUS: &[(&str, &[Want])] = &[
    // Quebec's administrative regions, by their French names.
    (
        "Ore from the Côte-Nord and Abitibi-Témiscamingue regions feeds a plant in the Mauricie.",
        &[
            ("Côte-Nord", "Côte-Nord", Region, "CA"),
            ("Abitibi-Témiscamingue", "Abitibi-Témiscamingue", Region, "CA"),
            ("Mauricie", "Mauricie", Region, "CA"),
        ],
    ),
    // A title ending one line does not make a person of the place opening the next; a
    // numbered part of a law is no place.
    (
        "MEDIA RELEASE\n\nThe Hon Daniel Carver MP\nMinister for Trade\n\nThe Hon Priya Lentz MLA\nNorthern Territory Minister for Mining\n\nThe loan was announced in Darwin.",
        &[
            ("Northern Territory", "Northern Territory", Subdivision, "AU"),
            ("Darwin", "Darwin", City, "AU"),
        ],
    ),
    (
        "This announcement is made pursuant to Part XIVA of the Securities and Futures Ordinance (Chapter 571 of the Laws of Hong Kong).",
        &[("Hong Kong", "Hong Kong", Country, "HK")],
    ),
    // A name after an honorific is a person's.
    ("Mr Bolivar said the deal was fair. Mr. Lima agreed.", &[]),
    // A subdivision written without its diacritics, as English news writes Vietnam's.
    (
        "Vinacomin mines coal in Quang Ninh province and bauxite in Dak Nong.",
        &[
            ("Quang Ninh", "Quảng Ninh", Subdivision, "VN"),
            ("Dak Nong", "Đắk Nông", Subdivision, "VN"),
        ],
    ),
    // Regions mining and trade news names apart from their states and provinces.
    (
        "Ore from Northern Ontario and the Iron Range feeds smelters across the Indo-Pacific.",
        &[
            ("Northern Ontario", "Northern Ontario", Region, "CA"),
            ("Iron Range", "Iron Range", Region, "US"),
            ("Indo-Pacific", "Indo-Pacific", Region, ""),
        ],
    ),
    // A mine run as a company's division, named like a country, is no country.
    (
        "Codelco said output at its El Salvador division in the Atacama region fell.",
        &[("Atacama", "Atacama", Subdivision, "CL")],
    ),
    // A continent over a town named like it, in a story on the town's country.
    (
        "Philippine nickel exports rose as buyers across Asia restocked.",
        &[
            ("Philippine", "Philippines", Country, "PH"),
            ("Asia", "Asia", Region, ""),
        ],
    ),
    // A news agency's credit in a dateline is no town (Xinhua, Yunnan).
    (
        "KINSHASA, March 4 (Xinhua) -- Gecamines signed a cobalt deal.",
        &[("KINSHASA", "Kinshasa", City, "CD")],
    ),
    // A town's comma at the very end of the text: the look for the next town stops there.
    (
        "In Peru, the government is reviewing a uranium project near Macusani,",
        &[
            ("Peru", "Peru", Country, "PE"),
            ("Macusani", "Macusani", City, "PE"),
        ],
    ),
    // A press release's contact line: a name alone on its line is a person's, even when
    // its words are places.
    (
        "Media contacts\n\nVictoria Windsor\nvwindsor@example.com\n\nSudbury, Ontario",
        &[
            ("Sudbury", "Greater Sudbury", City, "CA"),
            ("Ontario", "Ontario", Subdivision, "CA"),
        ],
    ),
    // Names joined by slashes on a line of their own are people's, a region's name too.
    (
        "For further information:\n\nCavendish Capital (Nominated Adviser)\nRuairi Hennessy / Devon Clarke\nHarry Rees / Georgia Lyle / Lincoln Shaw\nTel: +44 20 3000 4200\n\nThe mine is in Ghana.",
        &[("Ghana", "Ghana", Country, "GH")],
    ),
    // An exchange named like a people, and a British spelling of a common word.
    (
        "Aris Mining (TSX: ARIS; NYSE American: ARMN) opened a training centre in Colombia.",
        &[("Colombia", "Colombia", Country, "CO")],
    ),
    ("The Centre for Economic Policy said prices fell.", &[]),
    // A project named like a town of a country the story names nowhere else is the
    // project; a project's place in the story's country stays a place.
    (
        "Tharisa will focus on its Karo platinum project in Zimbabwe.",
        &[("Zimbabwe", "Zimbabwe", Country, "ZW")],
    ),
    (
        "The Kabanga nickel project lies in Tanzania's Kagera region.",
        &[
            ("Kabanga", "Kabanga", City, "TZ"),
            ("Tanzania", "Tanzania", Country, "TZ"),
            ("Kagera", "Kagera", Subdivision, "TZ"),
        ],
    ),
    // `Korea` alone is the South, as news writes it.
    (
        "Korea and North Korea trade little.",
        &[
            ("Korea", "South Korea", Country, "KR"),
            ("North Korea", "North Korea", Country, "KP"),
        ],
    ),
    // Small towns, named only where the text ties them to a place of their country.
    (
        "Ore from Flin Flon, Manitoba, and from near Macusani, in the Puno region, goes to the smelter in Pirdop.",
        &[
            ("Flin Flon", "Flin Flon", City, "CA"),
            ("Manitoba", "Manitoba", Subdivision, "CA"),
            ("Macusani", "Macusani", City, "PE"),
            ("Puno", "Puno", Subdivision, "PE"),
        ],
    ),
    (
        "Bolivia wants plants near the town of Uyuni.",
        &[
            ("Bolivia", "Bolivia", Country, "BO"),
            ("Uyuni", "Uyuni", City, "BO"),
        ],
    ),
    // A town after a word that says a place follows (`near`, `in`, `north-east of`, `in
    // X and`), of a country the sentence names, else of the article's.
    (
        "BHP's potash mine east of Saskatoon near Humboldt ships through Vancouver.",
        &[
            ("Saskatoon", "Saskatoon", City, "CA"),
            ("Humboldt", "Humboldt", City, "CA"),
            ("Vancouver", "Vancouver", City, "CA"),
        ],
    ),
    (
        "LKAB mines iron ore in Kiruna and Malmberget.",
        &[
            ("Kiruna", "Kiruna", City, "SE"),
            ("Malmberget", "Malmberget", City, "SE"),
        ],
    ),
    (
        "Namibia's uranium: the Trekkopje project near Arandis is idle. Windhoek wants investors in the Karibib area.",
        &[
            ("Namibia", "Namibia", Country, "NA"),
            ("Arandis", "Arandis", City, "NA"),
            ("Windhoek", "Windhoek", City, "NA"),
            ("Karibib", "Karibib", City, "NA"),
        ],
    ),
    // ... not the start of a longer name, nor a town of a country the sentence does not name.
    ("The Arandis Mining Company sold ore to Kiruna.", &[("Kiruna", "Kiruna", City, "SE")]),
    // A place that opens a paragraph and a clause is no dateline (`Denver, which`): the
    // Canadian story's Vancouver stays in Canada.
    (
        "The Vancouver-based developer sells concentrate in Canada.\n\nDenver, which hosts its US office, is in Colorado.",
        &[
            ("Vancouver", "Vancouver", City, "CA"),
            ("Canada", "Canada", Country, "CA"),
            ("Denver", "Denver", City, "US"),
            ("US", "United States", Country, "US"),
            ("Colorado", "Colorado", Subdivision, "US"),
        ],
    ),
    // A byline names people (`Rania`, a town of India, opens a name); its place follows
    // `in`.
    (
        "Lifezone agrees sale\nBy Neema Mollel and Rania Khoury in Dubai\nTanzania approved it.",
        &[
            ("Dubai", "Dubai", City, "AE"),
            ("Tanzania", "Tanzania", Country, "TZ"),
        ],
    ),
    // A town's country must be the place's it is tied to; an appositive ties nothing.
    ("Merritt, Peru's envoy, and Uyuni, Canada's biggest, spoke.", &[("Peru", "Peru", Country, "PE"), ("Canada", "Canada", Country, "CA")]),
    // A demonym before a place qualifies it (`Finnish Lapland`); a subdivision named with
    // its kind word in lower case (`the Karaganda region`) is the subdivision.
    (
        "Ore from Finnish Lapland and the Karaganda region goes to Hamburg.",
        &[
            ("Finnish", "Finland", Country, "FI"),
            ("Lapland", "Lapland", Subdivision, "FI"),
            ("Karaganda region", "Karaganda Region", Subdivision, "KZ"),
            ("Hamburg", "Hamburg", City, "DE"),
        ],
    ),
    // A kind of subdivision written after the name, capitalized (`Ehime Prefecture`,
    // `Aktobe Oblast`), keeps the place; Central Asia's regions in their English forms.
    (
        "Nickel goes to a refinery in Ehime Prefecture, and ore from Aktobe Oblast and the Tashkent region to Surkhandarya.",
        &[
            ("Ehime", "Ehime", Subdivision, "JP"),
            ("Aktobe Oblast", "Aktobe Region", Subdivision, "KZ"),
            ("Tashkent region", "Tashkent Region", Subdivision, "UZ"),
            ("Surkhandarya", "Surxondaryo", Subdivision, "UZ"),
        ],
    ),
    // A one-word city right before a place of another country opens a name (an exchange,
    // a bank); a city before its own country is the city.
    ("Economists at Bank South Pacific said prices fell.", &[]),
    (
        "LIMA Peru - Output rose.",
        &[
            ("LIMA", "Lima", City, "PE"),
            ("Peru", "Peru", Country, "PE"),
        ],
    ),
    // Regions news names on their own (GB's ISO subdivisions are its four nations).
    (
        "The lithium plant near St Austell in Cornwall will open in 2029.",
        &[
            ("St Austell", "St Austell", City, "GB"),
            ("Cornwall", "Cornwall", Region, "GB"),
        ],
    ),
    // A new region inside a company's name is not the region.
    ("Highveld Mineral Sands (Pty) Ltd signed.", &[]),
    (
        "Islamabad: Pakistan has signed a deal.",
        &[
            ("Islamabad", "Islamabad", City, "PK"),
            ("Pakistan", "Pakistan", Country, "PK"),
        ],
    ),
    (
        "The US-based firm is headquartered in Missouri.",
        &[
            ("US", "United States", Country, "US"),
            ("Missouri", "Missouri", Subdivision, "US"),
        ],
    ),
    (
        "Talks on Pak-US trade resumed.",
        &[
            ("Pak", "Pakistan", Country, "PK"),
            ("US", "United States", Country, "US"),
        ],
    ),
    (
        "Chinese investors toured Balochistan.",
        &[
            ("Chinese", "China", Country, "CN"),
            ("Balochistan", "Balochistan", Subdivision, "PK"),
        ],
    ),
    (
        "LIMA, Peru (Reuters) - Copper output rose.",
        &[
            ("LIMA", "Lima", City, "PE"),
            ("Peru", "Peru", Country, "PE"),
        ],
    ),
    (
        "The mine is near Perth, Western Australia.",
        &[
            ("Perth", "Perth", City, "AU"),
            ("Western Australia", "Western Australia", Subdivision, "AU"),
        ],
    ),
    (
        "Miners in Kolwezi, in the DRC, went on strike.",
        &[
            ("Kolwezi", "Kolwezi", City, "CD"),
            ("DRC", "Democratic Republic of the Congo", Country, "CD"),
        ],
    ),
    (
        "Output in Khyber-Pakhtunkhwa rose.",
        &[(
            "Khyber-Pakhtunkhwa",
            "Khyber Pakhtunkhwa",
            Subdivision,
            "PK",
        )],
    ),
    ("The Bank of China lent the money.", &[]),
    (
        "The Export-Import Bank of the United States approved it.",
        &[],
    ),
    ("Georgia Smith chairs the board.", &[]),
    ("Reading the report took hours.", &[]),
    ("Mobile phones use cobalt.", &[]),
    (
        "He lives in Reading.",
        &[("Reading", "Reading", City, "GB")],
    ),
    ("Chargé d'Affaires Natalie Baker spoke.", &[]),
    ("Pakistan Mineral Resources Company signed.", &[]),
    (
        "Rare earths from Latin America are in demand.",
        &[("Latin America", "Latin America", Region, "")],
    ),
    (
        "The deal covers brines in the Lithium Triangle.",
        &[("Lithium Triangle", "Lithium Triangle", Region, "")],
    ),
    (
        "Zambia's Copperbelt Province hosts the mine.",
        &[
            ("Zambia", "Zambia", Country, "ZM"),
            ("Copperbelt Province", "Copperbelt", Subdivision, "ZM"),
        ],
    ),
    (
        "Punjab province, Pakistan, wants investment.",
        &[
            ("Punjab province", "Punjab", Subdivision, "PK"),
            ("Pakistan", "Pakistan", Country, "PK"),
        ],
    ),
    (
        "Pakistan Signs Copper Deal With US Firm",
        &[
            ("Pakistan", "Pakistan", Country, "PK"),
            ("US", "United States", Country, "US"),
        ],
    ),
    ("Jordan Peterson and Chad Smith spoke.", &[]),
    // A metropolis over a small namesake town in the dateline's country.
    (
        "BATON ROUGE, Louisiana — Nickel matte prices in Rotterdam rose on Monday.",
        &[
            ("BATON ROUGE", "Baton Rouge", City, "US"),
            ("Louisiana", "Louisiana", Subdivision, "US"),
            ("Rotterdam", "Rotterdam", City, "NL"),
        ],
    ),
    (
        "Emirati and Saudi funds invested.",
        &[
            ("Emirati", "United Arab Emirates", Country, "AE"),
            ("Saudi", "Saudi Arabia", Country, "SA"),
        ],
    ),
];

#[test]
fn corpus_yields_expected_locations() {
    let ex = Extractor::new();
    let mut failures = Vec::new();
    for (sentence, want) in CORPUS {
        let got: Vec<(String, String, LocationType, String)> = ex
            .extract(sentence)
            .entities
            .into_iter()
            .filter_map(|e| match e.value {
                EntityValue::Location(l) => {
                    Some((e.text, l.name, l.kind, l.country.unwrap_or_default()))
                }
                _ => None,
            })
            .collect();
        let ok = got.len() == want.len()
            && got
                .iter()
                .zip(want.iter())
                .all(|(g, w)| g.0 == w.0 && g.1 == w.1 && g.2 == w.2 && g.3 == w.3);
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

/// The larger corpus in `corpus.tsv` (every continent, look-alikes and false friends), one
/// case per line: `sentence<TAB>name;type;country|...` (empty for none).
const CORPUS_TSV: &str = include_str!("corpus.tsv");

/// Share of `corpus.tsv` cases passed entirely today; a change that breaks cases fails.
const LOCATION_TSV_FLOOR: f64 = 0.97;

#[test]
fn tsv_corpus_yields_expected_locations() {
    let ex = Extractor::new();
    crate::corpus::run_tsv(
        "location corpus.tsv",
        CORPUS_TSV,
        250,
        LOCATION_TSV_FLOOR,
        |sentence, expected| {
            let want: Vec<&str> = expected.split('|').filter(|w| !w.is_empty()).collect();
            let got: Vec<String> = ex
                .extract(sentence)
                .entities
                .into_iter()
                .filter_map(|e| match e.value {
                    EntityValue::Location(l) => Some(format!(
                        "{};{};{}",
                        l.name,
                        crate::corpus::json_name(l.kind),
                        l.country.unwrap_or_default()
                    )),
                    _ => None,
                })
                .collect();
            (got != want).then(|| format!("{got:?}"))
        },
    );
}
