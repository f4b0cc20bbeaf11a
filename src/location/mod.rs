//! Locations: countries, subdivisions, cities and wider regions, resolved to ISO 3166 codes
//! and GeoNames ids.
//!
//! `find` works in two passes. The first finds every gazetteer name and keeps the senses the
//! text supports ([`rules`]): not inside an organization's or person's name, and for names
//! that are also common words or first names (`Reading`, `Victoria`), only with evidence
//! (a dateline, a preposition of place, a following `, Country`). The second resolves each
//! name with several senses (`Georgia`, `Punjab`, `Perth`) by the countries the article
//! mentions most, its dateline, the kind of place and population. It returns the article's
//! countries, most telling first (dateline, then most mentioned), for kinds that need them.

pub mod gazetteer;
mod rules;

#[cfg(test)]
mod corpus;

pub use gazetteer::{Gazetteer, Place, Sense};

use crate::gazetteer::LexMatch;
use crate::record::{Entity, EntityValue, Location, LocationForm, LocationType};
use crate::text::{Gap, Text};
use crate::word;
use crate::words;

struct Mention<'g> {
    m: LexMatch,
    senses: Vec<&'g Sense>,
    dateline: bool,
    subdivision_word: bool,
}

/// Among senses equally supported by the article, which kind of place does news mean?
/// Countries, then regions; between a city and a subdivision of the same name, the
/// subdivision (`Colorado` the state, not a town in Brazil; `Quebec` the province) unless
/// a million people live in the city (`New York`, `Lagos`) or the subdivision is the city's
/// own territory (`Islamabad`); a subdivision word after the name (`Punjab province`)
/// settles it. Otherwise the bigger city, then the place in the country with more news
/// places.
fn prefer(g: &Gazetteer, a: &Place, b: &Place, subdivision_word: bool) -> std::cmp::Ordering {
    use LocationType::*;
    let rank = |p: &Place| match p.kind {
        Country => 0,
        Region => 1,
        City | Subdivision => 2,
    };
    let by_rank = rank(b).cmp(&rank(a));
    if by_rank != std::cmp::Ordering::Equal {
        return by_rank;
    }
    let city_wins = |city: &Place, sub: &Place| {
        !subdivision_word
            && (city.population >= 1_000_000 || sub.city_like && sub.country == city.country)
    };
    match (a.kind, b.kind) {
        (City, Subdivision) => {
            if city_wins(a, b) {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Less
            }
        }
        (Subdivision, City) => {
            if city_wins(b, a) {
                std::cmp::Ordering::Less
            } else {
                std::cmp::Ordering::Greater
            }
        }
        _ => a.population.cmp(&b.population).then_with(|| {
            let weight = |p: &Place| {
                p.country
                    .as_ref()
                    .and_then(|c| g.cities_per_country.get(c))
                    .copied()
                    .unwrap_or(0)
            };
            weight(a).cmp(&weight(b))
        }),
    }
}

/// Proposes a location entity for each place in `text` and returns the article's countries
/// (ISO alpha-2), most telling first.
// Kept out of line: one call per document, and profiles then show each kind.
#[inline(never)]
pub fn find(g: &Gazetteer, text: &Text, out: &mut Vec<Entity>) -> Vec<String> {
    find_from(g, text, &g.lexicon.find_all(text), out)
}

/// [`find`] from the gazetteer's matches already found in `text`: `matches` are those of
/// `g`'s [lexicon](Gazetteer::lexicon), as its `find_all` or a
/// [`MultiFilter`](crate::gazetteer::MultiFilter) walk gives them.
pub fn find_from(
    g: &Gazetteer,
    text: &Text,
    matches: &[LexMatch],
    out: &mut Vec<Entity>,
) -> Vec<String> {
    let starts: Vec<usize> = matches.iter().map(|m| m.first).collect();
    let place_at = |i: usize| starts.binary_search(&i).is_ok();
    // Where the matches end, sorted: a place just before another is one search away.
    let mut ends: Vec<usize> = matches.iter().map(|m| m.last).collect();
    ends.sort_unstable();
    let place_ends_at = |i: usize| ends.binary_search(&i).is_ok();
    let mut mentions: Vec<Mention> = Vec::with_capacity(matches.len());
    for (mk, m) in matches.iter().enumerate() {
        if rules::inside_organization(text, m) {
            continue;
        }
        let next_is_place =
            place_at(m.last) || (text.is(m.last, word!(",")) && place_at(m.last + 1));
        let prev_is_place = m.first >= 2
            && (place_ends_at(m.first - 1)
                || (text.is(m.first - 2, word!(",")) && place_ends_at(m.first - 2)));
        let evidence = rules::place_evidence(text, m, next_is_place, prev_is_place);
        if rules::in_adjective_compound(text, m) {
            continue;
        }
        // `Pak-US`: a place after a hyphen counts as the next place too.
        let hyphen_place = text.is_glued_hyphen(m.last) && place_at(m.last + 1);
        // `Finnish Lapland`, `Spanish Extremadura`: a demonym right before qualifies the
        // place; it is not the first word of a longer name.
        let after_demonym = m.last - m.first == 1
            && place_ends_at(m.first)
            && matches[..mk].iter().rev().take(3).any(|p| {
                p.last == m.first
                    && g.lexicon
                        .values(text, p)
                        .iter()
                        .any(|s| s.form == LocationForm::Demonym)
            });
        let other_name =
            rules::inside_other_name(text, m, next_is_place || hyphen_place, after_demonym);
        // `Bursa Malaysia`, `Borsa Istanbul`, `Bank South Pacific`: a one-word city or
        // subdivision right before a place of another country (no comma between) is the first word of a
        // name; `Lima Peru` stays Lima.
        let next_countries: Option<Vec<Option<&str>>> =
            (m.last - m.first == 1 && place_at(m.last) && text.tokens[m.last].gap == Gap::Space)
                .then(|| {
                    let k = starts.partition_point(|&f| f < m.last);
                    matches
                        .get(k)
                        .map(|n| {
                            g.lexicon
                                .values(text, n)
                                .into_iter()
                                .map(|s| g.places[s.place].country.as_deref())
                                .collect()
                        })
                        .unwrap_or_default()
                });
        let senses: Vec<&Sense> = g
            .lexicon
            .values(text, m)
            .into_iter()
            .filter(|s| {
                let p = &g.places[s.place];
                match p.kind {
                    LocationType::City | LocationType::Subdivision
                        if s.form == LocationForm::Name =>
                    {
                        let before_foreign_place = next_countries
                            .as_ref()
                            .is_some_and(|cs| !cs.contains(&p.country.as_deref()));
                        !other_name && !before_foreign_place && (!p.ambiguous || evidence)
                    }
                    // `Georgia Smith`, `Jordan Peterson`; not `US Embassy` (an abbreviation)
                    // or `Chinese investors` (a demonym).
                    LocationType::Country if s.form == LocationForm::Name => !other_name,
                    _ => true,
                }
            })
            .collect();
        if senses.is_empty() {
            continue;
        }
        mentions.push(Mention {
            m: *m,
            senses,
            dateline: rules::is_dateline(text, m),
            subdivision_word: rules::followed_by_subdivision_word(text, m)
                || (m.first >= 2
                    && text.is(m.first - 1, word!("of"))
                    && text.is_any(
                        m.first - 2,
                        words!["state", "province", "region", "territory"],
                    )),
        });
    }

    // Which countries does the article talk about? Count mentions whose senses agree on one
    // country; a dateline counts first.
    // A handful of countries per article: a list beats a hash table here.
    let mut counts: Vec<(&str, usize)> = Vec::new();
    let mut dateline: Option<&str> = None;
    for (k, mention) in mentions.iter().enumerate() {
        // `SANTIAGO, Chile -`: the country after a dateline's comma is the dateline's.
        let names_country = mention
            .senses
            .iter()
            .any(|s| g.places[s.place].kind == LocationType::Country);
        if mention.dateline && dateline.is_none() && !names_country {
            if let Some(next) = mentions
                .get(k + 1)
                .filter(|n| n.m.first == mention.m.last + 1)
            {
                let kinds = next.senses.iter().map(|s| &g.places[s.place]);
                if let Some(c) = kinds
                    .filter(|p| p.kind == LocationType::Country)
                    .find_map(|p| p.country.as_deref())
                {
                    dateline = Some(c);
                }
            }
        }
        let mut countries = mention
            .senses
            .iter()
            .filter(|s| {
                s.form != LocationForm::Abbreviation
                    || g.places[s.place].kind == LocationType::Country
            })
            .map(|s| g.places[s.place].country.as_deref());
        // A sense without one country (a region) makes the mention say nothing.
        let Some(Some(first)) = countries.next() else {
            continue;
        };
        if countries.all(|c| c == Some(first)) {
            match counts.iter_mut().find(|(c, _)| *c == first) {
                Some((_, n)) => *n += 1,
                None => counts.push((first, 1)),
            }
            let names_country = mention
                .senses
                .iter()
                .any(|s| g.places[s.place].kind == LocationType::Country);
            if mention.dateline && dateline.is_none() && !names_country {
                dateline = Some(first);
            }
        }
    }
    let score = |c: Option<&str>| -> usize {
        c.map_or(0, |c| {
            counts.iter().find(|(x, _)| *x == c).map_or(0, |&(_, n)| n)
                + if dateline == Some(c) { 1000 } else { 0 }
        })
    };

    for (k, mention) in mentions.iter().enumerate() {
        // `London, Ontario`, `Atlanta, Georgia`: a place joined by a comma to its neighbour
        // shares the neighbour's country when it can.
        let neighbour_countries: Vec<&str> = [k.checked_sub(1), Some(k + 1)]
            .into_iter()
            .flatten()
            .filter_map(|j| mentions.get(j))
            .filter(|o| {
                (o.m.last + 1 == mention.m.first && text.is(o.m.last, word!(",")))
                    || (mention.m.last + 1 == o.m.first && text.is(mention.m.last, word!(",")))
            })
            .flat_map(|o| {
                o.senses
                    .iter()
                    .filter_map(|s| g.places[s.place].country.as_deref())
            })
            .collect();
        let near = |p: &Place| {
            p.country
                .as_deref()
                .is_some_and(|c| neighbour_countries.contains(&c))
        };
        // A subdivision abbreviation needs its country elsewhere in the article, unless it
        // is long or dotted enough to be unmistakable (`KPK`, `NSW`, `B.C.`), not `WA`.
        let best = mention
            .senses
            .iter()
            .filter(|s| {
                let p = &g.places[s.place];
                let written = text.span(mention.m.first, mention.m.last);
                let written = &text.src[written.0..written.1];
                let distinct = written.chars().filter(|c| c.is_alphabetic()).count() >= 3
                    || written.contains('.');
                !(s.form == LocationForm::Abbreviation
                    && p.kind == LocationType::Subdivision
                    && score(p.country.as_deref()) == 0
                    && !distinct)
            })
            .max_by(|a, b| {
                // The dateline's country, then any country the article names, then the
                // kind of place, then the bigger city (Santiago in Chile over Santiago in
                // Peru when both are named), then the more named country.
                let (pa, pb) = (&g.places[a.place], &g.places[b.place]);
                let (sa, sb) = (score(pa.country.as_deref()), score(pb.country.as_deref()));
                let sub = mention.subdivision_word;
                // A metropolis beats a namesake town even when the town's country is
                // named elsewhere (`Melbourne` in a story that also mentions the US).
                let giant = |x: &Place, y: &Place| {
                    x.kind == LocationType::City
                        && y.kind == LocationType::City
                        && x.population >= 500_000
                        && x.population >= y.population.saturating_mul(20)
                };
                // A metropolis beats a small town even in a story datelined in the town's
                // country (`Rotterdam` in a US story is the Dutch port, not Rotterdam, New
                // York), unless the text joins the name to its state or country.
                let town = |x: &Place, y: &Place| giant(x, y) && y.population < 50_000;
                near(pa)
                    .cmp(&near(pb))
                    .then(town(pa, pb).cmp(&town(pb, pa)))
                    .then((sa >= 1000).cmp(&(sb >= 1000)))
                    .then(giant(pa, pb).cmp(&giant(pb, pa)))
                    .then((sa > 0).cmp(&(sb > 0)))
                    .then(prefer(g, pa, pb, sub))
                    .then(sa.cmp(&sb))
                    .then(b.place.cmp(&a.place))
            });
        let Some(sense) = best else { continue };
        let p = &g.places[sense.place];
        let (start, end) = text.span(mention.m.first, mention.m.last);
        out.push(Entity {
            text: text.src[start..end].to_string(),
            start,
            end,
            sentence: 0,
            value: EntityValue::Location(Location {
                name: p.name.clone(),
                kind: p.kind,
                country: p.country.clone(),
                code: p.code.clone(),
                geonames_id: p.geonames_id,
                form: sense.form,
            }),
            rule: match sense.form {
                LocationForm::Name => "place name",
                LocationForm::Abbreviation => "place abbreviation",
                LocationForm::Demonym => "demonym",
            },
        });
    }

    let mut ranked = counts;
    ranked.sort_by(|a, b| {
        (dateline == Some(b.0))
            .cmp(&(dateline == Some(a.0)))
            .then(b.1.cmp(&a.1))
            .then(a.0.cmp(b.0))
    });
    ranked.into_iter().map(|(c, _)| c.to_string()).collect()
}
