//! Properties over arbitrary text: lossless tokens, both tokenizer paths agree on ASCII and
//! Latin text, offsets slice to the entity text on char boundaries, nothing panics.

use news_entities::text::{tokenize, tokenize_unicode, Text};
use news_entities::Extractor;
use proptest::prelude::*;

/// Text drawn from news-like pieces, so that rules actually fire.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("copper".to_string()),
        Just("Copper".to_string()),
        Just("REEs".to_string()),
        Just("US$".to_string()),
        Just("Rs140bn".to_string()),
        Just("1,00,000".to_string()),
        Just("lithium-ion".to_string()),
        Just("Côte d’Ivoire".to_string()),
        Just("U.S.".to_string()),
        Just("€".to_string()),
        Just("\u{a0}".to_string()),
        Just("\n".to_string()),
        Just(". ".to_string()),
        Just("e\u{301}".to_string()),
        "[a-zA-Z0-9 ,.$'-]{0,12}",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|v| v.join(" "))
}

fn check_lossless(s: &str) -> Result<(), TestCaseError> {
    let toks = tokenize(s);
    let mut at = 0;
    for t in &toks {
        prop_assert!(t.start >= at && t.end > t.start, "bad span {:?}", t);
        prop_assert!(s.is_char_boundary(t.start) && s.is_char_boundary(t.end));
        prop_assert!(
            s[at..t.start].chars().all(char::is_whitespace),
            "lost {:?}",
            &s[at..t.start]
        );
        at = t.end;
    }
    prop_assert!(s[at..].chars().all(char::is_whitespace));
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn tokenizer_is_lossless(s in "\\PC{0,80}") {
        check_lossless(&s)?;
    }

    #[test]
    fn tokenizer_is_lossless_on_newsy_text(s in newsy()) {
        check_lossless(&s)?;
    }

    #[test]
    fn ascii_fast_path_agrees_with_unicode_path(s in "[ -~\\n\\t]{0,120}") {
        prop_assert_eq!(tokenize(&s), tokenize_unicode(&s));
    }

    /// Latin letters with diacritics stay on the fast path; with or without combining
    /// marks after letters, quotes and dashes around them, both paths agree. (A mark right
    /// after a space is kept by both paths, in different tokens.)
    #[test]
    fn latin_fast_path_agrees_with_unicode_path(
        s in "([ -~]|[a-zA-ZÀ-ɏ][\u{300}-\u{36f}]{0,2}|[’“”–—×÷]){0,80}"
    ) {
        prop_assert_eq!(tokenize(&s), tokenize_unicode(&s));
    }

    #[test]
    fn sentences_cover_every_token_once(s in newsy()) {
        let t = Text::new(&s);
        let mut next = 0;
        for sent in &t.sentences {
            prop_assert_eq!(sent.first, next);
            prop_assert!(sent.last > sent.first);
            next = sent.last;
        }
        prop_assert_eq!(next, t.tokens.len());
    }

    #[test]
    fn entities_slice_to_their_text(s in newsy()) {
        let doc = Extractor::new().extract(&s);
        let mut last = 0;
        for e in &doc.entities {
            prop_assert!(s.is_char_boundary(e.start) && s.is_char_boundary(e.end));
            prop_assert_eq!(&s[e.start..e.end], e.text.as_str());
            prop_assert!(e.start >= last, "entities sorted by start");
            last = e.start;
        }
    }

    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,200}") {
        let _ = Extractor::new().extract(&s);
    }

    /// Sequences of the words the rules look at, in any order and ending anywhere (a
    /// rule that reads the token after `and`, `of` or `(` meets the end of the text).
    #[test]
    fn news_words_in_any_order_never_panic(
        words in proptest::collection::vec(proptest::sample::select(NEWS_WORDS), 0..40),
        ending in proptest::sample::select(ENDINGS),
    ) {
        let _ = Extractor::new().extract(&words.join(" "));
        let _ = Extractor::new().extract(&format!("{} {ending}", words.join(" ")));
    }

    #[test]
    fn n_lines_in_give_n_lines_out(lines in proptest::collection::vec("[ -~]{0,40}", 0..20)) {
        let input = lines.join("\n");
        let mut out = Vec::new();
        let mut stats = news_entities::batch::Stats::default();
        news_entities::batch::run_jsonl(&Extractor::new(), input.as_bytes(), &mut out, &mut stats).unwrap();
        // A line ends at `\n` or at the end of input; a final `\n` does not start a new one.
        let expected = input.split_terminator('\n').count();
        prop_assert_eq!(String::from_utf8(out).unwrap().lines().count(), expected);
    }
}

/// Words and signs the rules read, for [`news_words_in_any_order_never_panic`].
const NEWS_WORDS: &[&str] = &[
    "the",
    "and",
    "of",
    "on",
    "behalf",
    "by",
    "with",
    "between",
    "(",
    ")",
    "\"",
    ",",
    ".",
    "?",
    "-",
    "signed",
    "signs",
    "terminated",
    "approved",
    "ratified",
    "without",
    "we",
    "Will",
    "agreement",
    "MoU",
    "loan",
    "Agreement",
    "Host",
    "Government",
    "HGA",
    "Republic",
    "Kingdom",
    "Minister",
    "chief",
    "co",
    "executive",
    "resident",
    "manager",
    "Ostrava",
    "Metals",
    "Mining",
    "Metallurgical",
    "Company",
    "Ltd",
    "Group",
    "Sinomine",
    "Panama",
    "Serbia",
    "Bor",
    "district",
    "districts",
    "town",
    "City",
    "Makati",
    "del",
    "de",
    "Valle",
    "mines",
    "Chirano",
    "US$",
    "$",
    "5",
    "1,000",
    "2.5",
    "million",
    "to",
    "between",
    "tonnes",
    "ounces",
    "from",
    "raised",
    "2027",
    "Fernando",
    "Cevallos",
    "Aguirre",
    "settlement",
    "share",
    "purchase",
    "Act",
    "Japan's",
];

/// Ends of a text where a rule may read past the last token.
const ENDINGS: &[&str] = &[
    "Ostrava Metals and",
    "Ostrava Mining and",
    "signed by Ostrava Metals and",
    "the Host Government Agreement (",
    "the Minister of Energy of the Republic of",
    "between 1,000 and",
    "Bor and",
    "on behalf of the",
    "US$",
];
