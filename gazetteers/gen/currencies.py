#!/usr/bin/env python3
"""Generate gazetteers/currencies.tsv and gazetteers/currency_forms.tsv from Unicode CLDR.

What it reads
-------------
* Unicode CLDR through PyPI `babel` (BSD-3-Clause code; its bundled CLDR data is under the
  Unicode License v3):
  - English (`en`) currency display names and their plural count forms ("one", "other"),
    i.e. CLDR common/main/en.xml <currencies> <displayName> / <displayName count=...>;
  - the standard currency symbol of every English locale (`en`, `en_AU`, `en_PK`, ...:
    CLDR common/main/en*.xml <symbol>);
  - supplementalData.xml <currencyData>: <fractions> digits (minor units, DEFAULT 2) and
    <region> currencies per territory with from/to dates and the tender flag.
* Unicode CLDR XML from the Debian package `unicode-cldr-core`
  (/usr/share/unicode/cldr/common/main/root.xml and en.xml): the narrow symbols,
  <symbol alt="narrow"> and <symbol alt="variant">, which babel does not ship.
* PyPI `pycountry` (LGPL-2.1), for cross-checking only: the ISO 4217 code list and the
  ISO 3166-1 alpha-2 codes. No pycountry names or other data are written to the outputs;
  it only decides which CLDR codes are kept.

What it writes (next to this folder, in gazetteers/)
----------------------------------------------------
* currencies.tsv: one row per current ISO 4217 tender currency: code, CLDR English name,
  CLDR English names and plurals, CLDR minor units, territories where it is legal tender.
* currency_forms.tsv: surface forms seen in English news (symbols, prefixed dollars,
  names, subunits) with candidate ISO codes, most likely first. Rows come from CLDR
  (symbols, narrow symbols, English names and plurals) and from HAND_FORMS below, the
  hand-curated block; a hand row replaces the CLDR row with the same (form, type).

Row order is sorted, and no date, time or path goes into the files, so the same package
versions give byte-identical output.

How to run
----------
    apt-get install -y unicode-cldr-core          # CLDR XML (narrow symbols)
    pip install babel==2.19.0 pycountry==26.2.16
    python3 gazetteers/gen/currencies.py          # rewrites both files, report on stderr
    python3 gazetteers/gen/currencies.py --check  # exit 1 if the files are not up to date

Options: --cldr-dir DIR (CLDR `common` folder; default /usr/share/unicode/cldr/common),
--out-dir DIR (default: the gazetteers/ folder above this script).

Versions used for the committed files: babel 2.19.0 (CLDR 49), Debian unicode-cldr-core
41-0.1 (CLDR 41), pycountry 26.2.16. The headers of the generated files record the
versions actually used.

Why two CLDR versions: babel carries a recent CLDR (territories and names up to date:
EUR in Croatia and Bulgaria, SLE, ZWG, XCG), but drops alt="narrow" symbols; Debian's
XML has them but is older (its territory data still has HRK, SLL and ZWL current). So the
narrow symbols come from the XML and everything else from babel. Narrow symbols of codes
that are not current in babel's CLDR are dropped.
"""

import argparse
import importlib.metadata
import os
import re
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections import defaultdict

import babel
import babel.core
import babel.localedata
import pycountry

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.dirname(HERE)
DEFAULT_CLDR = "/usr/share/unicode/cldr/common"

# ---------------------------------------------------------------------------------------
# Codes that are never rows of currencies.tsv even if CLDR called them tender: precious
# metals, testing, "no currency", IMF/regional units and fund codes. (CLDR 49 already marks
# all of these tender="false" or gives them no territory; the list is a safety net.)
EXCLUDED_CODES = {
    "XAU", "XAG", "XPT", "XPD",                 # metals
    "XTS", "XXX",                               # testing, no currency
    "XDR", "XSU", "XUA", "XBA", "XBB", "XBC", "XBD", "XAD",  # units of account
    "BOV", "CLF", "COU", "MXV", "USN", "UYI", "UYW", "CHE", "CHW",  # funds
}

# Fund codes kept all the same, as rows with no territory (they never win a context
# decision): Chile's unidad de fomento, in which Chilean contracts and news state sums
# (`UF 350,000`).
KEPT_FUND_CODES = ["CLF"]

# Order of candidates when nothing better is known: the currencies English news mentions
# most, roughly by how often (hand judgement). Codes not listed follow, alphabetically.
NEWS_PRIORITY = """
USD EUR GBP JPY CNY INR PKR AUD CAD CHF HKD SGD NZD ZAR NGN KES BRL MXN RUB KRW TWD TRY
SAR AED QAR KWD EGP IDR MYR PHP THB VND BDT LKR NPR GHS ZMW MWK PGK MMK UGX TZS ETB SEK
NOK DKK ISK PLN CZK HUF RON UAH ILS IRR IQD ARS CLP COP PEN UYU BOB VES JMD TTD BSD BBD
BZD NAD XCD FJD XOF XAF MAD DZD TND LYD JOD BHD OMR LBP SYP SDG SSP
""".split()

# ---------------------------------------------------------------------------------------
# HAND-CURATED FORMS. Edit here, then rerun the generator.
#
# Each entry: (form, type, currencies, case, flags)
#   form        the text as news writes it.
#   type        symbol | prefix | name | subunit
#                 symbol  a sign or a letter abbreviation on its own ($, €, Rs, kr, RM)
#                 prefix  letters glued before a sign (US$, C$, HK$, E£, GH₵)
#                 name    a word or phrase (dollars, US dollars, RMB)
#                 subunit a minor unit (cents, pence, paise); give divisor=N in flags
#   currencies  candidate ISO codes, `|`-separated, most likely first for English news.
#               A final `...` appends the CLDR candidates not already listed (codes
#               whose CLDR symbols include the form, or whose CLDR English names equal
#               the form or end with it as a whole word), in NEWS_PRIORITY order.
#               Every code must be a row of currencies.tsv (the generator checks).
#   case        exact (letters must match: R, Rs, RM, US$, RMB) | fold (any case: names)
#   flags       `|`-separated; written to the `context` column:
#                 needs_digit   only a currency glued to or right before a number
#                               (R500, R 500, K2bn); never on its own or after a number
#                 after_number  only a currency right after a number or a scale word
#                               (500 won, 2bn rand); the bare word is a common English
#                               word or name (won, real, rand, Penny, Sen.)
#                 unit_clash    also a unit of measure (pound: weight; dram)
#                 divisor=N     subunits: value / N in the currency's main unit
#               `ambiguous` is added by the generator to every row with more than one
#               candidate; do not write it here.
# A hand entry replaces the CLDR row with the same (form, type) entirely (its flags too);
# the generator reports CLDR candidates that a hand entry drops (C$: NIO).
# ---------------------------------------------------------------------------------------
# Withdrawn currencies that news archives still quote (pre-euro currencies and replaced
# codes). They get rows with no countries, so they never win a context decision, and
# their CLDR English names as forms (`Spanish pesetas`, `Dutch guilders`).
HISTORIC_CODES = [
    "ATS", "BEF", "CYP", "DEM", "EEK", "ESP", "FIM", "FRF", "GRD", "HRK", "IEP", "ITL",
    "LTL", "LVL", "MTL", "NLG", "PTE", "SIT", "SKK", "SLL", "VEF", "ZMK", "ZWD",
    # (Bulgaria's lev, replaced by the euro in 2026.)
    "BGN",
]

HAND_FORMS = [
    # --- Dollar sign and prefixed dollars --------------------------------------------
    # `$` alone: US dollar by default; the article's country may say otherwise.
    # Only dollar currencies: English-language news writes peso amounts as `pesos`,
    # `MX$`, `Ch$`, so a bare `$` in a story about Chile or Mexico is still US dollars.
    ("$", "symbol", "USD|AUD|CAD|NZD|HKD|SGD|TWD|JMD|TTD|BSD|BBD|BZD|NAD|XCD|FJD|BMD|BND|GYD|KYD|LRD|SBD|SRD", "exact", ""),
    ("US$", "prefix", "USD", "exact", ""),
    ("U.S.$", "prefix", "USD", "exact", ""),
    ("USD$", "prefix", "USD", "exact", ""),        # code glued to the sign
    # The Australian press's style (AFR, The Australian): the country after the sign,
    # `$US120m`, `$A1.2bn`, `$NZ40m`; its bare `$` is then the Australian dollar.
    ("$US", "prefix", "USD", "exact", ""),
    ("$A", "prefix", "AUD", "exact", ""),
    ("$NZ", "prefix", "NZD", "exact", ""),
    ("A$", "prefix", "AUD", "exact", ""),
    ("AU$", "prefix", "AUD", "exact", ""),
    ("AUD$", "prefix", "AUD", "exact", ""),
    # C$ is the CLDR narrow symbol of the Nicaraguan cordoba (NIO), but in English news it
    # is the Canadian dollar; NIO is dropped on purpose.
    ("C$", "prefix", "CAD", "exact", ""),
    ("CA$", "prefix", "CAD", "exact", ""),
    ("Can$", "prefix", "CAD", "exact", ""),
    ("CAD$", "prefix", "CAD", "exact", ""),
    ("NZ$", "prefix", "NZD", "exact", ""),
    ("NZD$", "prefix", "NZD", "exact", ""),
    ("HK$", "prefix", "HKD", "exact", ""),
    ("HKD$", "prefix", "HKD", "exact", ""),
    # S$ is also written for the Solomon Islands dollar (SI$ there); news means Singapore.
    ("S$", "prefix", "SGD", "exact", ""),
    ("SG$", "prefix", "SGD", "exact", ""),
    ("SGD$", "prefix", "SGD", "exact", ""),
    ("R$", "prefix", "BRL", "exact", ""),
    ("NT$", "prefix", "TWD", "exact", ""),
    ("MX$", "prefix", "MXN", "exact", ""),
    ("Mex$", "prefix", "MXN", "exact", ""),
    ("MXN$", "prefix", "MXN", "exact", ""),
    # The other pesos, as English news prefixes them (`Ch$95 billion`, `Col$4 trillion`,
    # `AR$600 million`).
    ("Ch$", "prefix", "CLP", "exact", ""),
    ("CLP$", "prefix", "CLP", "exact", ""),
    ("Col$", "prefix", "COP", "exact", ""),
    ("COL$", "prefix", "COP", "exact", ""),
    ("COP$", "prefix", "COP", "exact", ""),
    ("AR$", "prefix", "ARS", "exact", ""),
    ("ARS$", "prefix", "ARS", "exact", ""),
    ("UYU$", "prefix", "UYU", "exact", ""),
    ("J$", "prefix", "JMD", "exact", ""),
    ("TT$", "prefix", "TTD", "exact", ""),
    ("N$", "prefix", "NAD", "exact", ""),
    ("RD$", "prefix", "DOP", "exact", ""),
    ("BZ$", "prefix", "BZD", "exact", ""),
    ("Bds$", "prefix", "BBD", "exact", ""),
    ("FJ$", "prefix", "FJD", "exact", ""),
    ("F$", "prefix", "FJD", "exact", ""),          # Fiji's press: F$6 million
    ("SI$", "prefix", "SBD", "exact", ""),         # Solomon Islands dollar
    ("SB$", "prefix", "SBD", "exact", ""),
    ("WS$", "prefix", "WST", "exact", ""),         # Samoan tala
    ("T$", "prefix", "TOP", "exact", ""),          # Tongan pa'anga
    ("G$", "prefix", "GYD", "exact", ""),
    ("L$", "prefix", "LRD", "exact", ""),
    ("CI$", "prefix", "KYD", "exact", ""),
    ("B$", "prefix", "BND|BSD", "exact", ""),      # Brunei and the Bahamas both use it

    # --- Pound, yen, euro and other signs --------------------------------------------
    ("£", "symbol", "GBP|EGP|LBP|SYP|SDG|SSP|FKP|GIP|SHP|...", "exact", ""),
    ("£stg", "prefix", "GBP", "exact", ""),        # Irish and older British usage
    ("E£", "prefix", "EGP", "exact", ""),
    ("L£", "prefix", "LBP", "exact", ""),
    ("LE", "symbol", "EGP", "exact", "needs_digit"),
    ("L.E.", "symbol", "EGP", "exact", "needs_digit"),
    ("LL", "symbol", "LBP", "exact", "needs_digit"),  # Lebanese press: LL1,500
    ("¥", "symbol", "JPY|CNY", "exact", ""),
    ("€", "symbol", "EUR", "exact", ""),
    ("₣", "symbol", "CHF|XOF|XAF|XPF|CDF|RWF|BIF|GNF|DJF|KMF", "exact", ""),

    # --- Rupees ----------------------------------------------------------------------
    # INR first: far more English news is written about Indian rupees; the article's
    # country (Pakistan, Sri Lanka, Nepal) overrides the order (spec/records.md).
    ("Rs", "symbol", "INR|PKR|LKR|NPR|MUR|SCR", "exact", "needs_digit"),
    ("Rs.", "symbol", "INR|PKR|LKR|NPR|MUR|SCR", "exact", "needs_digit"),
    ("Re", "symbol", "INR|PKR|LKR|NPR|MUR|SCR", "exact", "needs_digit"),   # Re 1
    ("Re.", "symbol", "INR|PKR|LKR|NPR|MUR|SCR", "exact", "needs_digit"),
    ("₨", "symbol", "INR|PKR|LKR|NPR|MUR|SCR", "exact", ""),  # generic rupee sign
    ("₹", "symbol", "INR", "exact", ""),

    # --- Single signs that are unambiguous in practice -------------------------------
    ("₦", "symbol", "NGN", "exact", ""),
    ("₽", "symbol", "RUB", "exact", ""),
    ("₺", "symbol", "TRY", "exact", ""),
    ("TL", "symbol", "TRY", "exact", "needs_digit"),
    # Sierra Leone's redenominated leone (2022): `NLe 2.4 million` (CLDR has `Le`).
    ("NLe", "symbol", "SLE", "exact", "needs_digit"),
    ("₴", "symbol", "UAH", "exact", ""),
    ("₫", "symbol", "VND", "exact", ""),
    ("฿", "symbol", "THB", "exact", ""),
    ("₪", "symbol", "ILS", "exact", ""),
    ("NIS", "symbol", "ILS", "exact", ""),         # new Israeli shekel: NIS 5 million
    ("₸", "symbol", "KZT", "exact", ""),
    ("₼", "symbol", "AZN", "exact", ""),
    ("₾", "symbol", "GEL", "exact", ""),
    ("₵", "symbol", "GHS", "exact", ""),
    ("GH₵", "prefix", "GHS", "exact", ""),
    ("GH¢", "prefix", "GHS", "exact", ""),         # Ghanaian press writes the cent sign
    ("৳", "symbol", "BDT", "exact", ""),
    ("Tk", "symbol", "BDT", "exact", "needs_digit"),
    ("Tk.", "symbol", "BDT", "exact", "needs_digit"),
    ("₩", "symbol", "KRW|KPW", "exact", ""),
    ("₱", "symbol", "PHP|CUP", "exact", ""),
    ("P", "symbol", "PHP|BWP", "exact", "needs_digit"),  # Philippine press: P5 billion
    ("RM", "symbol", "MYR", "exact", "needs_digit"),
    ("Rp", "symbol", "IDR", "exact", "needs_digit"),
    ("Rp.", "symbol", "IDR", "exact", "needs_digit"),
    ("zł", "symbol", "PLN", "exact", ""),
    ("Kč", "symbol", "CZK", "exact", ""),
    ("Ft", "symbol", "HUF", "exact", "needs_digit"),  # not "500 Ft" (feet)
    ("KM", "symbol", "BAM", "exact", "needs_digit"),  # not "500 KM" (kilometres)
    ("S/", "symbol", "PEN", "exact", ""),
    ("S/.", "symbol", "PEN", "exact", ""),
    ("B/.", "symbol", "PAB", "exact", ""),
    ("ZiG", "symbol", "ZWG", "exact", ""),         # Zimbabwe Gold (2024)

    # --- Letter abbreviations --------------------------------------------------------
    # R: ZAR only before a number (R1.5bn, R500m); guards against R&D and R2 (a robot).
    ("R", "symbol", "ZAR", "exact", "needs_digit"),
    ("N", "symbol", "NGN", "exact", "needs_digit"),  # Nigerian press: N5 billion
    # K: kwacha, kina, kyat; also the thousands suffix after a number ($50K), hence
    # needs_digit (only before a number).
    ("K", "symbol", "ZMW|PGK|MMK|MWK", "exact", "needs_digit"),
    ("L", "symbol", "ALL|HNL", "exact", "needs_digit"),  # also lakh after a number
    ("Bs", "symbol", "BOB|VES", "exact", "needs_digit"),
    ("Bs.", "symbol", "BOB|VES", "exact", "needs_digit"),
    ("Br", "symbol", "ETB|BYN", "exact", "needs_digit"),
    ("KSh", "symbol", "KES", "exact", ""),
    ("Ksh", "symbol", "KES", "exact", ""),
    ("KShs", "symbol", "KES", "exact", ""),
    ("Kshs", "symbol", "KES", "exact", ""),
    ("Sh", "symbol", "KES|UGX|TZS|SOS", "exact", "needs_digit"),  # Kenyan press: Sh5bn
    ("Shs", "symbol", "UGX|KES|TZS", "exact", "needs_digit"),     # Ugandan press: Shs5bn
    ("TSh", "symbol", "TZS", "exact", ""),
    ("Tsh", "symbol", "TZS", "exact", ""),
    ("TShs", "symbol", "TZS", "exact", ""),
    ("USh", "symbol", "UGX", "exact", ""),
    ("Ush", "symbol", "UGX", "exact", ""),
    ("UShs", "symbol", "UGX", "exact", ""),
    ("SR", "symbol", "SAR|SCR", "exact", "needs_digit"),
    ("QR", "symbol", "QAR", "exact", "needs_digit"),
    ("Dh", "symbol", "AED", "exact", "needs_digit"),
    ("Dhs", "symbol", "AED", "exact", "needs_digit"),
    ("Dhs.", "symbol", "AED", "exact", "needs_digit"),
    ("DH", "symbol", "MAD", "exact", "needs_digit"),  # Moroccan press; Dh is AED
    ("KD", "symbol", "KWD", "exact", "needs_digit"),
    ("BD", "symbol", "BHD", "exact", "needs_digit"),
    ("JD", "symbol", "JOD", "exact", "needs_digit"),
    ("RO", "symbol", "OMR", "exact", "needs_digit"),
    ("kr", "symbol", "SEK|NOK|DKK|ISK", "exact", ""),
    ("kr.", "symbol", "DKK|NOK|SEK|ISK", "exact", ""),
    ("SKr", "symbol", "SEK", "exact", ""),         # FT style: SKr10bn
    ("NKr", "symbol", "NOK", "exact", ""),
    ("DKr", "symbol", "DKK", "exact", ""),
    ("lei", "symbol", "RON|MDL", "exact", "after_number"),
    ("Fr", "symbol", "CHF|XOF|XAF|...", "exact", "needs_digit"),  # not Fr. (Father)
    ("Fr.", "symbol", "CHF|XOF|XAF|...", "exact", "needs_digit"),
    ("SFr", "symbol", "CHF", "exact", ""),
    ("SFr.", "symbol", "CHF", "exact", ""),
    ("FCFA", "symbol", "XOF|XAF", "exact", ""),
    ("CFA", "symbol", "XOF|XAF", "exact", "needs_digit"),
    ("Frw", "symbol", "RWF", "exact", "needs_digit"),  # Rwandan press: Frw5 billion
    ("Rwf", "symbol", "RWF", "exact", "needs_digit"),  # and Rwf 2.5 trillion
    ("FRw", "symbol", "RWF", "exact", "needs_digit"),
    # Ukrainian press in English: Hr 3.1 billion, UAH 3.1 billion.
    ("Hr", "symbol", "UAH", "exact", "needs_digit"),
    ("CNH", "symbol", "CNY", "exact", ""),         # offshore yuan; not an ISO 4217 code
    ("CFP", "symbol", "XPF", "exact", "needs_digit"),  # CLDR en; also an acronym
    # New Caledonian and Polynesian press: `1.8 billion F CFP`, `FCFP`, `F.CFP`.
    ("F CFP", "symbol", "XPF", "exact", ""),
    ("FCFP", "symbol", "XPF", "exact", ""),
    ("F.CFP", "symbol", "XPF", "exact", ""),
    # Q (GTQ) and E (SZL) from CLDR are left out: see EXCLUDED_FORMS. D is the Gambian
    # press's dalasi (`D38 million`); one letter, it needs a Gambian story, as R does.
    ("D", "symbol", "GMD", "exact", "needs_digit"),
    ("dalasis", "name", "GMD", "fold", ""),
    # Chile's unidad de fomento, an inflation-indexed unit with an ISO code of its own.
    ("UF", "symbol", "CLF", "exact", "needs_digit"),

    # --- Currency words --------------------------------------------------------------
    ("dollar", "name", "USD|AUD|CAD|NZD|HKD|SGD|TWD|...", "fold", ""),
    ("dollars", "name", "USD|AUD|CAD|NZD|HKD|SGD|TWD|...", "fold", ""),
    ("U.S. dollar", "name", "USD", "fold", ""),
    ("U.S. dollars", "name", "USD", "fold", ""),
    ("American dollar", "name", "USD", "fold", ""),
    ("American dollars", "name", "USD", "fold", ""),
    ("greenback", "name", "USD", "fold", ""),
    ("greenbacks", "name", "USD", "fold", ""),
    ("bucks", "name", "USD|AUD|CAD|NZD", "fold", "after_number"),
    ("Aussie dollar", "name", "AUD", "fold", ""),
    ("Aussie dollars", "name", "AUD", "fold", ""),
    ("loonie", "name", "CAD", "fold", ""),
    ("Kiwi dollar", "name", "NZD", "fold", ""),
    ("Kiwi dollars", "name", "NZD", "fold", ""),
    ("HK dollar", "name", "HKD", "fold", ""),
    ("HK dollars", "name", "HKD", "fold", ""),
    ("Singaporean dollar", "name", "SGD", "fold", ""),
    ("Singaporean dollars", "name", "SGD", "fold", ""),
    ("Taiwan dollar", "name", "TWD", "fold", ""),
    ("Taiwan dollars", "name", "TWD", "fold", ""),
    ("Taiwanese dollar", "name", "TWD", "fold", ""),
    ("Taiwanese dollars", "name", "TWD", "fold", ""),
    ("NT dollars", "name", "TWD", "fold", ""),
    ("euro", "name", "EUR", "fold", ""),
    ("euros", "name", "EUR", "fold", ""),
    # pound: also a unit of weight ("500 million pounds of copper").
    ("pound", "name", "GBP|EGP|LBP|SYP|SDG|SSP|...", "fold", "unit_clash"),
    ("pounds", "name", "GBP|EGP|LBP|SYP|SDG|SSP|...", "fold", "unit_clash"),
    ("pound sterling", "name", "GBP", "fold", ""),
    ("pounds sterling", "name", "GBP", "fold", ""),
    ("sterling", "name", "GBP", "fold", ""),
    ("quid", "name", "GBP", "fold", "after_number"),   # not "quid pro quo"
    ("rupee", "name", "INR|PKR|LKR|NPR|MUR|SCR", "fold", ""),
    ("rupees", "name", "INR|PKR|LKR|NPR|MUR|SCR", "fold", ""),
    ("Pakistan rupee", "name", "PKR", "fold", ""),
    ("Pakistan rupees", "name", "PKR", "fold", ""),
    ("Pak rupee", "name", "PKR", "fold", ""),
    ("Pak rupees", "name", "PKR", "fold", ""),
    ("Sri Lanka rupee", "name", "LKR", "fold", ""),
    ("Sri Lanka rupees", "name", "LKR", "fold", ""),
    ("Nepali rupee", "name", "NPR", "fold", ""),
    ("Nepali rupees", "name", "NPR", "fold", ""),
    ("yuan", "name", "CNY", "fold", ""),
    ("renminbi", "name", "CNY", "fold", ""),
    ("Chinese renminbi", "name", "CNY", "fold", ""),
    ("yuan renminbi", "name", "CNY", "fold", ""),
    ("RMB", "name", "CNY", "exact", ""),
    ("Rmb", "name", "CNY", "exact", ""),           # FT style: Rmb5bn
    ("rmb", "name", "CNY", "exact", ""),           # tokenized lower-case text: rmb 10
    ("元", "symbol", "CNY", "exact", ""),          # 100元 in Chinese-English text
    # Withdrawn currencies by their bare plural, as archives write them.
    ("pesetas", "name", "ESP", "fold", ""),
    ("peseta", "name", "ESP", "fold", ""),
    ("markka", "name", "FIM", "fold", "after_number"),
    ("markkaa", "name", "FIM", "fold", ""),
    ("deutschmarks", "name", "DEM", "fold", ""),
    ("deutsche marks", "name", "DEM", "fold", ""),
    ("D-marks", "name", "DEM", "fold", ""),
    ("drachmas", "name", "GRD", "fold", ""),
    ("kopiyka", "subunit", "UAH", "fold", "divisor=100"),
    ("kopiykas", "subunit", "UAH", "fold", "divisor=100"),
    ("yen", "name", "JPY", "fold", ""),
    ("won", "name", "KRW|KPW", "fold", "after_number"),
    ("Korean won", "name", "KRW", "fold", ""),
    ("rand", "name", "ZAR", "fold", "after_number"),   # not Rand Paul, the Rand
    # Bulgaria's lev (`BGN 352 million`, `20 leva`) and Bosnia's convertible mark, by the
    # names the region's English press gives them.
    ("lev", "name", "BGN", "fold", "after_number"),
    ("leva", "name", "BGN", "fold", "after_number"),
    ("convertible mark", "name", "BAM", "fold", ""),
    ("convertible marks", "name", "BAM", "fold", ""),
    ("naira", "name", "NGN", "fold", ""),
    ("nairas", "name", "NGN", "fold", ""),
    ("cedi", "name", "GHS", "fold", ""),
    ("cedis", "name", "GHS", "fold", ""),
    ("Ghana cedi", "name", "GHS", "fold", ""),
    ("Ghana cedis", "name", "GHS", "fold", ""),
    ("kwacha", "name", "ZMW|MWK", "fold", ""),
    ("kwachas", "name", "ZMW|MWK", "fold", ""),
    ("shilling", "name", "KES|UGX|TZS|SOS", "fold", ""),
    ("shillings", "name", "KES|UGX|TZS|SOS", "fold", ""),
    ("Kenya shilling", "name", "KES", "fold", ""),
    ("Kenya shillings", "name", "KES", "fold", ""),
    ("Uganda shilling", "name", "UGX", "fold", ""),
    ("Uganda shillings", "name", "UGX", "fold", ""),
    ("Tanzania shilling", "name", "TZS", "fold", ""),
    ("Tanzania shillings", "name", "TZS", "fold", ""),
    ("peso", "name", "MXN|PHP|ARS|CLP|COP|...", "fold", ""),
    ("pesos", "name", "MXN|PHP|ARS|CLP|COP|...", "fold", ""),
    ("dirham", "name", "AED|MAD", "fold", ""),
    ("dirhams", "name", "AED|MAD", "fold", ""),
    ("Emirati dirham", "name", "AED", "fold", ""),
    ("Emirati dirhams", "name", "AED", "fold", ""),
    # riyal and rial are spelled both ways in news for all five currencies.
    ("riyal", "name", "SAR|QAR|OMR|YER|IRR", "fold", ""),
    ("riyals", "name", "SAR|QAR|OMR|YER|IRR", "fold", ""),
    ("rial", "name", "IRR|OMR|YER|SAR|QAR", "fold", ""),
    ("rials", "name", "IRR|OMR|YER|SAR|QAR", "fold", ""),
    ("Saudi rial", "name", "SAR", "fold", ""),
    ("Saudi rials", "name", "SAR", "fold", ""),
    ("Qatari rial", "name", "QAR", "fold", ""),
    ("Qatari rials", "name", "QAR", "fold", ""),
    ("Iranian riyal", "name", "IRR", "fold", ""),
    ("Iranian riyals", "name", "IRR", "fold", ""),
    ("Omani riyal", "name", "OMR", "fold", ""),
    ("Omani riyals", "name", "OMR", "fold", ""),
    ("dinar", "name", "KWD|IQD|JOD|BHD|LYD|TND|DZD|RSD|...", "fold", ""),
    ("dinars", "name", "KWD|IQD|JOD|BHD|LYD|TND|DZD|RSD|...", "fold", ""),
    ("franc", "name", "CHF|XOF|XAF|...", "fold", ""),
    ("francs", "name", "CHF|XOF|XAF|...", "fold", ""),
    ("CFA franc", "name", "XOF|XAF", "fold", ""),
    ("CFA francs", "name", "XOF|XAF", "fold", ""),
    # Reuters writes "crowns" for the Nordic and Czech currencies.
    ("crown", "name", "SEK|NOK|DKK|CZK|ISK", "fold", "after_number"),
    ("crowns", "name", "SEK|NOK|DKK|CZK|ISK", "fold", "after_number"),
    ("Swedish crown", "name", "SEK", "fold", ""),
    ("Swedish crowns", "name", "SEK", "fold", ""),
    ("Norwegian crown", "name", "NOK", "fold", ""),
    ("Norwegian crowns", "name", "NOK", "fold", ""),
    ("Danish crown", "name", "DKK", "fold", ""),
    ("Danish crowns", "name", "DKK", "fold", ""),
    ("Czech crown", "name", "CZK", "fold", ""),
    ("Czech crowns", "name", "CZK", "fold", ""),
    ("Icelandic crown", "name", "ISK", "fold", ""),
    ("Icelandic crowns", "name", "ISK", "fold", ""),
    ("krona", "name", "SEK|ISK", "fold", ""),
    ("kronor", "name", "SEK", "fold", ""),
    ("krone", "name", "NOK|DKK", "fold", ""),
    ("kroner", "name", "NOK|DKK", "fold", ""),
    ("kronur", "name", "ISK", "fold", ""),
    ("koruna", "name", "CZK", "fold", ""),
    ("korunas", "name", "CZK", "fold", ""),
    ("ruble", "name", "RUB|BYN", "fold", ""),
    ("rubles", "name", "RUB|BYN", "fold", ""),
    ("rouble", "name", "RUB|BYN", "fold", ""),
    ("roubles", "name", "RUB|BYN", "fold", ""),
    ("Russian rouble", "name", "RUB", "fold", ""),
    ("Russian roubles", "name", "RUB", "fold", ""),
    ("Belarusian rouble", "name", "BYN", "fold", ""),
    ("Belarusian roubles", "name", "BYN", "fold", ""),
    ("lira", "name", "TRY", "fold", ""),
    ("liras", "name", "TRY", "fold", ""),
    ("Turkish liras", "name", "TRY", "fold", ""),
    ("real", "name", "BRL", "fold", "after_number"),
    ("reais", "name", "BRL", "fold", ""),
    ("reals", "name", "BRL", "fold", "after_number"),
    ("Brazilian reais", "name", "BRL", "fold", ""),
    ("ringgit", "name", "MYR", "fold", ""),
    ("ringgits", "name", "MYR", "fold", ""),
    ("rupiah", "name", "IDR", "fold", ""),
    ("rupiahs", "name", "IDR", "fold", ""),
    ("baht", "name", "THB", "fold", ""),
    ("dong", "name", "VND", "fold", "after_number"),
    ("zloty", "name", "PLN", "fold", ""),
    ("zlotys", "name", "PLN", "fold", ""),
    ("złoty", "name", "PLN", "fold", ""),              # the Polish letter folds to no `l`
    ("złotys", "name", "PLN", "fold", ""),
    ("złotych", "name", "PLN", "fold", ""),
    ("zlotych", "name", "PLN", "fold", ""),
    ("forint", "name", "HUF", "fold", ""),
    ("forints", "name", "HUF", "fold", ""),
    ("hryvnia", "name", "UAH", "fold", ""),
    ("hryvnias", "name", "UAH", "fold", ""),
    ("hryvnya", "name", "UAH", "fold", ""),
    ("shekel", "name", "ILS", "fold", ""),
    ("shekels", "name", "ILS", "fold", ""),
    ("new shekel", "name", "ILS", "fold", ""),
    ("new shekels", "name", "ILS", "fold", ""),
    ("leu", "name", "RON|MDL", "fold", ""),
    ("taka", "name", "BDT", "fold", ""),
    ("kyat", "name", "MMK", "fold", ""),
    ("kyats", "name", "MMK", "fold", ""),
    ("riel", "name", "KHR", "fold", ""),
    ("riels", "name", "KHR", "fold", ""),
    ("kip", "name", "LAK", "fold", "after_number"),
    ("tenge", "name", "KZT", "fold", ""),
    ("manat", "name", "AZN|TMT", "fold", ""),
    ("manats", "name", "AZN|TMT", "fold", ""),
    ("lari", "name", "GEL", "fold", ""),
    ("dram", "name", "AMD", "fold", "after_number|unit_clash"),
    ("drams", "name", "AMD", "fold", "after_number|unit_clash"),
    ("som", "name", "KGS|UZS", "fold", ""),
    ("soms", "name", "KGS|UZS", "fold", ""),
    ("sum", "name", "UZS", "fold", "after_number"),     # Uzbek soʻm
    ("soum", "name", "UZS", "fold", "after_number"),    # the soʻm as Reuters spells it
    ("soums", "name", "UZS", "fold", "after_number"),   # (a soum is also a Mongolian district)
    ("somoni", "name", "TJS", "fold", ""),
    ("tugrik", "name", "MNT", "fold", ""),
    ("tugriks", "name", "MNT", "fold", ""),
    ("afghani", "name", "AFN", "fold", "after_number"),  # also a demonym
    ("afghanis", "name", "AFN", "fold", "after_number"),
    ("birr", "name", "ETB", "fold", ""),
    ("kwanza", "name", "AOA", "fold", ""),
    ("kwanzas", "name", "AOA", "fold", ""),
    ("leone", "name", "SLE", "fold", "after_number"),   # also a surname
    ("leones", "name", "SLE", "fold", ""),
    ("pula", "name", "BWP", "fold", "after_number"),
    ("kina", "name", "PGK", "fold", ""),
    ("metical", "name", "MZN", "fold", ""),
    ("meticais", "name", "MZN", "fold", ""),
    ("dalasi", "name", "GMD", "fold", ""),
    ("ariary", "name", "MGA", "fold", ""),
    ("nakfa", "name", "ERN", "fold", ""),
    ("ouguiya", "name", "MRU", "fold", ""),
    ("loti", "name", "LSL", "fold", ""),
    ("maloti", "name", "LSL", "fold", ""),
    ("lilangeni", "name", "SZL", "fold", ""),
    ("emalangeni", "name", "SZL", "fold", ""),
    ("escudo", "name", "CVE", "fold", ""),
    ("escudos", "name", "CVE", "fold", ""),
    ("bolivar", "name", "VES", "fold", "after_number"),  # also Simón Bolívar, places
    ("bolivars", "name", "VES", "fold", ""),
    ("bolivares", "name", "VES", "fold", ""),
    ("boliviano", "name", "BOB", "fold", ""),
    ("bolivianos", "name", "BOB", "fold", ""),
    ("sol", "name", "PEN", "fold", "after_number"),
    ("soles", "name", "PEN", "fold", ""),
    ("guarani", "name", "PYG", "fold", "after_number"),  # also a people and language
    ("guaranis", "name", "PYG", "fold", ""),
    ("quetzal", "name", "GTQ", "fold", "after_number"),  # also a bird
    ("quetzales", "name", "GTQ", "fold", ""),
    ("lempira", "name", "HNL", "fold", "after_number"),
    ("lempiras", "name", "HNL", "fold", ""),
    ("cordoba", "name", "NIO", "fold", "after_number"),  # also the city
    ("cordobas", "name", "NIO", "fold", ""),
    ("colon", "name", "CRC", "fold", "after_number"),    # also the organ, punctuation
    ("colones", "name", "CRC", "fold", ""),
    ("gourde", "name", "HTG", "fold", ""),
    ("gourdes", "name", "HTG", "fold", ""),
    ("Zimbabwe gold", "name", "ZWG", "fold", ""),      # not bare "gold"
    ("Caribbean guilder", "name", "XCG", "fold", ""),

    # --- Subunits (divisor: how many make one main unit) -----------------------------
    # "per cent" is a percentage: the matcher must not read "5 per cent" as cents.
    ("cent", "subunit", "USD|EUR|AUD|CAD|NZD|SGD|HKD|ZAR|KES|LKR", "fold", "divisor=100"),
    ("cents", "subunit", "USD|EUR|AUD|CAD|NZD|SGD|HKD|ZAR|KES|LKR", "fold", "divisor=100"),
    ("¢", "subunit", "USD|EUR|AUD|CAD|NZD|SGD|HKD|ZAR|KES|LKR", "exact", "divisor=100"),
    ("US cents", "subunit", "USD", "fold", "divisor=100"),
    ("US cent", "subunit", "USD", "fold", "divisor=100"),
    # `21.5 Australian cents`: a dollar country's cents named by its adjective.
    ("Australian cents", "subunit", "AUD", "fold", "divisor=100"),
    ("Australian cent", "subunit", "AUD", "fold", "divisor=100"),
    ("Canadian cents", "subunit", "CAD", "fold", "divisor=100"),
    ("Canadian cent", "subunit", "CAD", "fold", "divisor=100"),
    ("New Zealand cents", "subunit", "NZD", "fold", "divisor=100"),
    ("Singapore cents", "subunit", "SGD", "fold", "divisor=100"),
    ("Hong Kong cents", "subunit", "HKD", "fold", "divisor=100"),
    ("euro cents", "subunit", "EUR", "fold", "divisor=100"),
    ("euro cent", "subunit", "EUR", "fold", "divisor=100"),
    # `5.4c` in share prices: the cent of the story's dollar, glued to its number.
    ("c", "subunit", "USD|EUR|AUD|CAD|NZD|SGD|HKD|ZAR|KES|LKR", "exact",
     "after_number|divisor=100"),
    ("pence", "subunit", "GBP", "fold", "divisor=100"),
    ("penny", "subunit", "GBP", "fold", "after_number|divisor=100"),  # not Penny Wong
    ("pennies", "subunit", "GBP", "fold", "divisor=100"),
    ("p", "subunit", "GBP", "exact", "after_number|divisor=100"),   # shares up 5p
    ("paise", "subunit", "INR|PKR", "fold", "divisor=100"),
    ("paisa", "subunit", "INR|PKR|NPR", "fold", "divisor=100"),
    ("kobo", "subunit", "NGN", "fold", "divisor=100"),
    ("sen", "subunit", "MYR", "fold", "after_number|divisor=100"),  # not Sen. or Sen
    ("centavo", "subunit", "MXN|PHP|BRL|ARS|COP|CLP", "fold", "divisor=100"),
    ("centavos", "subunit", "MXN|PHP|BRL|ARS|COP|CLP", "fold", "divisor=100"),
    ("centimes", "subunit", "CHF|XOF|XAF", "fold", "divisor=100"),
    ("kopeck", "subunit", "RUB|UAH|BYN", "fold", "divisor=100"),
    ("kopecks", "subunit", "RUB|UAH|BYN", "fold", "divisor=100"),
    ("kopek", "subunit", "RUB|UAH|BYN", "fold", "divisor=100"),
    ("kopeks", "subunit", "RUB|UAH|BYN", "fold", "divisor=100"),
    ("halala", "subunit", "SAR", "fold", "divisor=100"),
    ("halalas", "subunit", "SAR", "fold", "divisor=100"),
    # fils: 1/100 of the UAE dirham but 1/1000 of the Kuwaiti, Bahraini and Jordanian
    # dinars; only the AED sense is listed, since one row has one divisor.
    ("fils", "subunit", "AED", "fold", "divisor=100"),
    ("piastre", "subunit", "EGP|LBP|SYP|SDG|SSP", "fold", "divisor=100"),
    ("piastres", "subunit", "EGP|LBP|SYP|SDG|SSP", "fold", "divisor=100"),
    ("piaster", "subunit", "EGP|LBP|SYP|SDG|SSP", "fold", "divisor=100"),
    ("piasters", "subunit", "EGP|LBP|SYP|SDG|SSP", "fold", "divisor=100"),
    ("agorot", "subunit", "ILS", "fold", "divisor=100"),
    ("agora", "subunit", "ILS", "fold", "after_number|divisor=100"),
    ("satang", "subunit", "THB", "fold", "divisor=100"),
    ("öre", "subunit", "SEK", "fold", "divisor=100"),  # never "ore" (iron ore)
    ("øre", "subunit", "NOK|DKK", "fold", "divisor=100"),
    ("groszy", "subunit", "PLN", "fold", "divisor=100"),
]

# CLDR symbol forms never written as rows: single letters whose false hits in English news
# outnumber the currency (Q1..Q4 are quarters, D3 a vitamin, E10 a fuel) for currencies
# English news seldom prices in (GTQ, GMD, SZL); and the generic currency sign.
EXCLUDED_FORMS = {
    ("Q", "symbol"),   # GTQ (CLDR narrow)
    ("E", "symbol"),   # SZL (CLDR en_SZ)
    ("¤", "symbol"),
}

TYPES = ("symbol", "prefix", "name", "subunit")
FLAG_ORDER = ("needs_digit", "after_number", "unit_clash", "ambiguous")

FORMS_HEADER_DOC = """\
# Currency surface forms in English news, with candidate ISO 4217 codes (most likely first).
# source: {cldr_babel}; narrow and variant symbols from {cldr_xml}; hand-curated rows
#   from HAND_FORMS in gazetteers/gen/currencies.py (a hand row replaces the CLDR row
#   with the same form and type)
# license: Unicode License v3 (CLDR via babel), Unicode-DFS-2016 (Debian CLDR 41);
#   notices and attribution in gazetteers/README.md
# cross-checked against ISO 4217 via pycountry {pycountry}: every code is a row of currencies.tsv
# columns: form; type (symbol | prefix | name | subunit); currencies (|-separated, most
#   likely first); case (exact: letters as written | fold: any case); context (flags)
# context flags: needs_digit = only glued to or right before a number (R500, R 500);
#   after_number = only right after a number or scale word (500 won, 2bn rand);
#   unit_clash = also a unit of measure (pounds of copper); ambiguous = several
#   candidates; divisor=N = a subunit worth 1/N of the main unit
# ISO codes (USD, PKR, ...) are not listed: the matcher takes any code in currencies.tsv.
# The matcher accepts a space between a prefix and its sign: "US $", "C $", "HK $", "A $"
#   (tokenized text) match the rows US$, C$, HK$, A$.
# The forms keep CLDR's spelling; ASCII and "and" variants of CLDR names are generated
#   (Icelandic krona, Trinidad and Tobago dollars); U+202F in CLDR symbols becomes a space.
# Country-name variants of CLDR names are generated with the CLDR English name of the
#   territory the currency is tender in (Malaysia ringgit, Sri Lanka rupees, Egypt pounds).
# generated by gazetteers/gen/currencies.py: edit the generator, not this file
"""

CURRENCIES_HEADER_DOC = """\
# Current ISO 4217 currencies (legal tender in some territory, no end date in CLDR).
# source: {cldr_babel}: en.xml <currencies> (displayName, count="one"/"other") and
#   supplementalData.xml <currencyData> (<fractions> digits, <region> currencies)
# license: Unicode License v3; notice and attribution in gazetteers/README.md
# cross-checked against ISO 4217 via pycountry {pycountry} (codes only; no pycountry data
#   is copied): kept = CLDR current tender codes that ISO 4217 lists, less funds, metals
#   and testing codes; ISO 4217 codes left out: {iso_left_out}
# columns: code; name (CLDR English display name, as is); names (lowercase CLDR English
#   names and plural count forms, |-separated); minor_units (CLDR fractions digits,
#   DEFAULT 2; CLDR's value, which differs from ISO 4217's for a few codes such as IQD
#   and IRR); countries (ISO 3166-1 alpha-2 territories where CLDR has it as current
#   legal tender, |-separated; CLDR-only territory codes such as XK are dropped)
# generated by gazetteers/gen/currencies.py: edit the generator, not this file
"""


def log(msg):
    print(msg, file=sys.stderr)


# ---------------------------------------------------------------------------------------
# Sources


def package_version(name):
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def debian_version(pkg):
    try:
        out = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", pkg],
            capture_output=True, text=True, check=True,
        )
        return out.stdout.strip() or None
    except (OSError, subprocess.CalledProcessError):
        return None


def xml_cldr_version(cldr_dir):
    dtd = os.path.join(cldr_dir, "dtd", "ldml.dtd")
    with open(dtd, encoding="utf-8") as f:
        m = re.search(r'cldrVersion CDATA #FIXED "([0-9.]+)"', f.read())
    if not m:
        sys.exit(f"cannot read the CLDR version from {dtd}")
    return m.group(1)


def xml_narrow_symbols(cldr_dir):
    """(code, symbol) pairs from <symbol alt="narrow"|"variant"> in root.xml and en.xml."""
    pairs = set()
    for name in ("root.xml", "en.xml"):
        path = os.path.join(cldr_dir, "main", name)
        for cur in ET.parse(path).iter("currency"):
            code = cur.get("type")
            for sym in cur.findall("symbol"):
                if sym.get("alt") in ("narrow", "variant") and sym.text:
                    pairs.add((code, sym.text))
    return pairs


def cldr_current_tender():
    """{code: set(territories)} for tender currencies without an end date."""
    current = defaultdict(set)
    for terr, entries in babel.core.get_global("territory_currencies").items():
        for code, _start, end, tender in entries:
            if end is None and tender:
                current[code].add(terr)
    return current


def english_symbols():
    """(code, symbol) pairs: the standard symbol in every English locale, if not the code."""
    pairs = set()
    locales = [
        loc for loc in babel.localedata.locale_identifiers()
        if loc == "en" or loc.startswith("en_")
    ]
    for loc in sorted(locales):
        for code, sym in babel.Locale.parse(loc).currency_symbols.items():
            if sym != code:
                pairs.add((code, sym))
    return pairs


# ---------------------------------------------------------------------------------------
# Helpers


def priority_key(code):
    try:
        return (0, NEWS_PRIORITY.index(code), code)
    except ValueError:
        return (1, 0, code)


def ascii_variant(text):
    text = text.replace("\u02bb", "'")  # okina in pa'anga
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def clean_form(text):
    return text.replace("\u202f", " ").replace("\u00a0", " ").strip()


def symbol_type(form):
    """prefix when letters are glued before a sign (US$, GH₵, E£), else symbol."""
    if re.fullmatch(r"[A-Za-z.]+[$£¥₵¢]", form):
        return "prefix"
    return "symbol"


def auto_needs_digit(form):
    """A CLDR letter symbol of one or two letters (D, K, Le, VT): only before a number."""
    return re.fullmatch(r"[A-Za-z]{1,2}\.?", form) is not None


def country_name_forms(en, kept, cldr_names, current, iso_countries, taken):
    """{form: (code, unit)}: a CLDR name with its demonym replaced by the CLDR English name
    of the territory it is tender in (`Malaysian ringgits` -> `Malaysia ringgits`, `Sri
    Lankan rupee` -> `Sri Lanka rupee`), as the press of those countries writes it. The
    demonym is the name's first words, as many as the territory's name has, sharing its
    first four letters; territory names with other characters than letters and spaces
    (`Congo - Kinshasa`, `Bosnia & Herzegovina`) are left out."""
    out = {}
    clashes = set()
    for code in kept:
        territories = sorted(t for t in current.get(code, ()) if t in iso_countries)
        for name in cldr_names[code]:
            words = ascii_variant(name).split()
            for t in territories:
                country = en.territories.get(t, "")
                if not re.fullmatch(r"[A-Za-z]+( [A-Za-z]+)*", country):
                    continue
                n = len(country.split())
                lead = " ".join(words[:n])
                if len(words) <= n or lead.casefold() == country.casefold():
                    continue
                if lead[:4].casefold() != country[:4].casefold():
                    continue
                unit = " ".join(words[n:]).lower()
                form = f"{country} {unit}"
                if form.casefold() in taken:
                    continue
                if form in out and out[form][0] != code:
                    clashes.add(form)
                out.setdefault(form, (code, unit))
    for form in sorted(clashes):
        log(f"country-name form {form!r}: several currencies, dropped")
        del out[form]
    log(f"country-name forms: {len(out)}")
    return out


def format_flags(flags):
    flags = set(flags)
    divisors = sorted(f for f in flags if f.startswith("divisor="))
    unknown = flags - set(FLAG_ORDER) - set(divisors)
    if unknown:
        sys.exit(f"unknown context flags: {sorted(unknown)}")
    return "|".join([f for f in FLAG_ORDER if f in flags] + divisors)


# ---------------------------------------------------------------------------------------
# Building the tables


def build(cldr_dir):
    en = babel.Locale("en")
    names = en.currencies  # CLDR <displayName>
    plurals = en._data["currency_names_plural"]
    fractions = babel.core.get_global("currency_fractions")
    default_digits = fractions["DEFAULT"][0]

    iso_codes = {c.alpha_3 for c in pycountry.currencies}
    iso_countries = {c.alpha_2 for c in pycountry.countries}
    current = cldr_current_tender()

    kept = sorted(
        code for code in current
        if code in iso_codes and code not in EXCLUDED_CODES
    )
    for code in sorted(set(current) - set(kept)):
        log(f"currency {code}: CLDR current tender but not kept "
            f"({'excluded' if code in EXCLUDED_CODES else 'not in ISO 4217 per pycountry'})")
    iso_left_out = sorted(iso_codes - set(kept))
    for code in iso_left_out:
        log(f"currency {code}: in ISO 4217 (pycountry) but not current tender in CLDR "
            f"or excluded")
    kept = sorted(set(kept) | set(HISTORIC_CODES) | set(KEPT_FUND_CODES))
    kept_set = set(kept)

    # --- currencies.tsv rows
    currency_rows = []
    cldr_names = {}  # code -> list of CLDR English names (display, one, other) as written
    dropped_territories = set()
    for code in kept:
        display = names.get(code)
        if not display:
            sys.exit(f"no CLDR English name for {code}")
        # `Zimbabwean Dollar (1980–2008)`: the years are not part of the name news uses.
        display = re.sub(r"\s*\([^)]*\d{4}[^)]*\)$", "", display)
        forms = [display]
        plural = plurals.get(code) or {}
        for count in ("one", "other"):
            if plural.get(count):
                forms.append(re.sub(r"\s*\([^)]*\d{4}[^)]*\)$", "", plural[count]))
        cldr_names[code] = forms
        lower = []
        for f in forms:
            if f.lower() not in lower:
                lower.append(f.lower())
        digits = fractions.get(code, fractions["DEFAULT"])[0]
        tender = current.get(code, ())
        terrs = sorted(t for t in tender if t in iso_countries)
        dropped_territories |= {(t, code) for t in tender if t not in iso_countries}
        currency_rows.append((code, display, "|".join(lower), str(digits), "|".join(terrs)))
    for terr, code in sorted(dropped_territories):
        log(f"territory {terr} ({code}): not an ISO 3166-1 alpha-2 code, dropped")
    log(f"default minor units: {default_digits}")

    # --- CLDR-derived currency_forms rows: {(form, type): set(codes)}
    cldr_forms = defaultdict(set)
    symbol_pairs = english_symbols() | xml_narrow_symbols(cldr_dir)
    for code, sym in sorted(symbol_pairs):
        form = clean_form(sym)
        if code not in kept_set:
            log(f"CLDR symbol {form!r} of {code}: {code} is not current, skipped")
            continue
        if form == code or re.fullmatch(r"[A-Z]{3}", form) and form in kept_set:
            continue
        key = (form, symbol_type(form))
        if key in EXCLUDED_FORMS:
            log(f"CLDR symbol {form!r} of {code}: excluded (EXCLUDED_FORMS)")
            continue
        cldr_forms[key].add(code)

    # names: keyed by casefold so "US Dollar" and "US dollar" make one row; the written
    # form is the first count form (sentence case) seen.
    name_written = {}
    for code in kept:
        variants = []
        for f in cldr_names[code][1:] + cldr_names[code][:1]:
            for v in (f, ascii_variant(f)):
                variants.append(v)
                if "&" in v:
                    variants.append(v.replace("&", "and"))
        for v in variants:
            k = v.casefold()
            name_written.setdefault(k, v)
            cldr_forms[(name_written[k], "name")].add(code)

    country_names = country_name_forms(en, kept, cldr_names, current, iso_countries,
                                       set(name_written))

    # index for "..." expansion
    def cldr_candidates(form, typ):
        if typ in ("symbol", "prefix"):
            return set(cldr_forms.get((form, typ), ()))
        if typ == "name":
            f = form.casefold()
            out = set()
            for (n, t), codes in cldr_forms.items():
                if t == "name":
                    nf = n.casefold()
                    if nf == f or nf.endswith(" " + f):
                        out |= codes
            return out
        return set()

    # --- merge
    rows = {}  # (form, type) -> (currencies list, case, flags set)
    for (form, typ), codes in cldr_forms.items():
        flags = set()
        if typ in ("symbol", "prefix") and auto_needs_digit(form):
            flags.add("needs_digit")
        case = "fold" if typ == "name" else "exact"
        rows[(form, typ)] = (sorted(codes, key=priority_key), case, flags)
    # `Malaysia ringgit`: a unit that is also an English word (`won`, `rand`) keeps its
    # hand row's `after_number` in the country's name (`South Korea won 5 medals`).
    after_number_units = {
        form.casefold() for form, typ, _c, _case, flags in HAND_FORMS
        if typ == "name" and "after_number" in flags.split("|")
    }
    for form, (code, unit) in sorted(country_names.items()):
        flags = {"after_number"} if unit.casefold() in after_number_units else set()
        rows[(form, "name")] = ([code], "fold", flags)

    fold_index = {(f.casefold(), t): (f, t) for (f, t) in rows if t == "name"}
    seen_hand = set()
    for form, typ, currencies, case, flags in HAND_FORMS:
        if typ not in TYPES:
            sys.exit(f"hand form {form!r}: bad type {typ!r}")
        if case not in ("exact", "fold"):
            sys.exit(f"hand form {form!r}: bad case {case!r}")
        hkey = (form.casefold() if case == "fold" else form, typ)
        if hkey in seen_hand:
            sys.exit(f"hand form {form!r} ({typ}) listed twice")
        seen_hand.add(hkey)
        parts = currencies.split("|")
        extend = parts[-1] == "..."
        head = parts[:-1] if extend else parts
        for c in head:
            if c not in kept_set:
                sys.exit(f"hand form {form!r}: {c} is not a row of currencies.tsv")
        if len(set(head)) != len(head):
            sys.exit(f"hand form {form!r}: repeated code")
        cands = cldr_candidates(form, typ) & kept_set
        tail = sorted(cands - set(head), key=priority_key) if extend else []
        if extend and typ == "subunit":
            sys.exit(f"hand form {form!r}: '...' has no CLDR candidates for subunits")
        if not extend and cands - set(head):
            log(f"hand form {form!r} ({typ}) drops CLDR candidates "
                f"{'|'.join(sorted(cands - set(head)))}")
        # a hand row replaces the CLDR row with the same form and type
        key = (form, typ)
        if typ == "name" and (form.casefold(), typ) in fold_index:
            old = fold_index.pop((form.casefold(), typ))
            log(f"hand form {form!r} ({typ}) replaces CLDR row {old[0]!r}")
            rows.pop(old, None)
        elif key in rows:
            log(f"hand form {form!r} ({typ}) replaces CLDR row")
        if typ == "subunit" and not any(f.startswith("divisor=") for f in flags.split("|")):
            sys.exit(f"hand form {form!r}: subunit without divisor=N")
        rows[key] = (head + tail, case, {f for f in flags.split("|") if f})

    form_rows = []
    for (form, typ), (codes, case, flags) in rows.items():
        if "\t" in form or not form:
            sys.exit(f"bad form {form!r}")
        flags = set(flags)
        if len(codes) > 1:
            flags.add("ambiguous")
        form_rows.append((form, typ, "|".join(codes), case, format_flags(flags)))
    form_rows.sort(key=lambda r: (TYPES.index(r[1]), r[0].casefold(), r[0]))

    return currency_rows, form_rows, iso_left_out


def render(cldr_dir):
    currency_rows, form_rows, iso_left_out = build(cldr_dir)
    cldr_babel = (f"Unicode CLDR {babel.core.get_cldr_version()} via babel "
                  f"{package_version('babel')} (PyPI)")
    deb = debian_version("unicode-cldr-core")
    cldr_xml = (f"Unicode CLDR {xml_cldr_version(cldr_dir)} XML (Debian unicode-cldr-core"
                f"{' ' + deb if deb else ''}: main/root.xml, main/en.xml)")
    pyc = package_version("pycountry")

    cur = CURRENCIES_HEADER_DOC.format(
        cldr_babel=cldr_babel, pycountry=pyc, iso_left_out=" ".join(iso_left_out))
    cur += "code\tname\tnames\tminor_units\tcountries\n"
    cur += "".join("\t".join(r) + "\n" for r in currency_rows)

    forms = FORMS_HEADER_DOC.format(cldr_babel=cldr_babel, cldr_xml=cldr_xml, pycountry=pyc)
    forms += "form\ttype\tcurrencies\tcase\tcontext\n"
    forms += "".join("\t".join(r) + "\n" for r in form_rows)
    log(f"{len(currency_rows)} currencies, {len(form_rows)} forms "
        + ", ".join(f"{t} {sum(1 for r in form_rows if r[1] == t)}" for t in TYPES))
    return {"currencies.tsv": cur, "currency_forms.tsv": forms}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cldr-dir", default=DEFAULT_CLDR,
                    help="CLDR 'common' folder (default: %(default)s)")
    ap.add_argument("--out-dir", default=DEFAULT_OUT,
                    help="where to write the .tsv files (default: %(default)s)")
    ap.add_argument("--check", action="store_true",
                    help="do not write; exit 1 if the files differ from the output")
    args = ap.parse_args()
    if not os.path.isdir(os.path.join(args.cldr_dir, "main")):
        sys.exit(f"{args.cldr_dir}: no CLDR XML here (apt-get install -y unicode-cldr-core)")

    outputs = render(args.cldr_dir)
    stale = []
    for name, text in sorted(outputs.items()):
        path = os.path.join(args.out_dir, name)
        if args.check:
            try:
                with open(path, encoding="utf-8") as f:
                    if f.read() != text:
                        stale.append(path)
            except FileNotFoundError:
                stale.append(path)
        else:
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
            log(f"wrote {path}")
    if stale:
        log("out of date: " + ", ".join(stale))
        sys.exit(1)


if __name__ == "__main__":
    main()
