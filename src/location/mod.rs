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
pub(crate) use rules::{government_after, is_government_level};

use crate::text::{Shape, TokenClass};

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
    // Towns whose names open an organization's name here (`Wheaton` of `Wheaton Precious
    // Metals Corp`): their bare mentions without a word of place are likely the company's
    // short form, and say nothing of the article's countries.
    let mut org_places: Vec<usize> = Vec::new();
    for (mk, m) in matches.iter().enumerate() {
        if rules::inside_organization(text, m) {
            if m.first == 0 || !text.is(m.first - 1, word!("of")) {
                let towns = g.lexicon.values(text, m).into_iter().map(|s| s.place);
                org_places.extend(towns.filter(|&p| g.places[p].kind == LocationType::City));
            }
            continue;
        }
        // `NYSE American: ARMN`: an exchange's name, not a place.
        if m.first > 0 && text.is(m.first - 1, word!("NYSE")) {
            continue;
        }
        // `the Free State of Saxony`: a German state's style, not South Africa's province.
        if m.last == m.first + 2
            && text.is(m.first, word!("free"))
            && text.is(m.first + 1, word!("state"))
            && text.is(m.last, word!("of"))
            && place_at(m.last + 1)
        {
            continue;
        }
        // `Africa50`, `Asia2030`: a name glued to a number is a brand's or a plan's.
        if text
            .tokens
            .get(m.last)
            .is_some_and(|t| t.gap == Gap::None && t.class == TokenClass::Number)
        {
            continue;
        }
        // `US$300 million`, `NZ$40m`: a currency's prefix, not a mention of its country
        // (US dollars are the world's; they say nothing of where `Geneva` is).
        if text.is(m.last, word!("$")) && text.tokens[m.last].gap == Gap::None {
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
        // `Antofagasta de la Sierra`, `San Fernando del Valle de Catamarca`, `Diego de
        // Almagro`: a town's name joined by a Spanish or Portuguese particle to capitalized
        // words is part of a longer name (of a town the tables may not know).
        let longer_romance_name = rules::romance_name_around(text, m, &place_at);
        // `an Orion-led consortium`, `an Orion-backed vehicle`: who leads or backs is a
        // company or a person, not a town (a metropolis may stand for its government:
        // `Beijing-backed`).
        let led_by = text.is_glued_hyphen(m.last)
            && text.is_any(
                m.last + 1,
                words![
                    "led",
                    "backed",
                    "owned",
                    "controlled",
                    "funded",
                    "financed",
                    "sponsored"
                ],
            );
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
                        let romance = longer_romance_name.after
                            || longer_romance_name.before && p.kind == LocationType::City
                            || longer_romance_name.inside;
                        let led_by_town =
                            led_by && p.kind == LocationType::City && p.population < 1_000_000;
                        !other_name
                            && !before_foreign_place
                            && !romance
                            && !led_by_town
                            && (!p.ambiguous || evidence)
                    }
                    // `Georgia Smith`, `Jordan Peterson`; not `US Embassy` (an abbreviation)
                    // or `Chinese investors` (a demonym).
                    LocationType::Country if s.form == LocationForm::Name => !other_name,
                    // (`Ruairi Hennessy / Devon Clarke`: a region's name is a person's in a
                    // line of people; `chief executive Kimberley Mokoena`: a region's one
                    // word opens a longer name, as a town's does.)
                    // (`East Halmahera`: not for a word before it.)
                    LocationType::Region if s.form == LocationForm::Name => {
                        let name_goes_on = other_name
                            && text.tokens.get(m.last).is_some_and(|t| {
                                t.class == TokenClass::Word
                                    && t.gap == Gap::Space
                                    && t.is_capitalized(text.src)
                            });
                        !(rules::in_people_line(text, m) || name_goes_on)
                    }
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
                || rules::subdivision_word_before(text, m),
        });
    }

    // Which countries does the article talk about? Count mentions whose senses agree on one
    // country; a dateline counts first.
    // A handful of countries per article: a list beats a hash table here.
    let mut counts: Vec<(&str, usize)> = Vec::new();
    // The countries of mentions that name a province by a point of the compass only.
    let mut compass_counts: Vec<&str> = Vec::new();
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
        let short_form = mention.senses.iter().all(|s| org_places.contains(&s.place))
            && !place_evidence(text, &mention.m, false);
        if short_form {
            continue;
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
            // (A province named by a point of the compass says little of the country.)
            if mention
                .senses
                .iter()
                .all(|s| compass_province(&g.places[s.place]))
            {
                compass_counts.push(first);
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
    // (Asked only for a compass-named province: few articles have one.)
    let names_a_country = || {
        mentions.iter().any(|m| {
            m.senses
                .iter()
                .any(|s| g.places[s.place].kind == LocationType::Country)
        })
    };
    let score = |c: Option<&str>| -> usize {
        c.map_or(0, |c| {
            counts.iter().find(|(x, _)| *x == c).map_or(0, |&(_, n)| n)
                + if dateline == Some(c) { 1000 } else { 0 }
        })
    };

    // The places some mention names a project by (`the Molo mine`): few or none.
    let mut project_places: Vec<usize> = mentions
        .iter()
        .filter(|m| names_project(text, m.m.last))
        .flat_map(|m| m.senses.iter().map(|s| s.place))
        .collect();
    project_places.sort_unstable();
    project_places.dedup();
    // How often the article names each of them (its own mentions), counted once.
    let mut project_mentions = vec![0usize; project_places.len()];
    if !project_places.is_empty() {
        for m in &mentions {
            for s in &m.senses {
                if let Ok(k) = project_places.binary_search(&s.place) {
                    project_mentions[k] += 1;
                }
            }
        }
    }
    // How many mentions name one place only, by place (built when first asked for).
    let single_place_counts = std::cell::OnceCell::new();
    // Each place named: (first token, end token, place), in text order.
    let mut resolved: Vec<(usize, usize, usize)> = Vec::with_capacity(mentions.len());
    for (k, mention) in mentions.iter().enumerate() {
        // `London, Ontario`, `Atlanta, Georgia`, `Remedios (Antioquia)`: a place joined by
        // a comma to its neighbour, or followed by it in brackets, shares the neighbour's
        // country when it can.
        let neighbour_countries: Vec<&str> = [k.checked_sub(1), Some(k + 1)]
            .into_iter()
            .flatten()
            .filter_map(|j| mentions.get(j))
            .filter(|o| {
                (o.m.last + 1 == mention.m.first && text.is(o.m.last, word!(",")))
                    || (mention.m.last + 1 == o.m.first
                        && text.is_any(mention.m.last, words![",", "("]))
            })
            // (A state or a country, not a city of a list: `São Paulo, Amsterdam,
            // Pittsburgh and Shanghai` puts Amsterdam in no country.)
            .flat_map(|o| {
                o.senses
                    .iter()
                    .map(|s| &g.places[s.place])
                    .filter(|p| matches!(p.kind, LocationType::Country | LocationType::Subdivision))
                    .filter_map(|p| p.country.as_deref())
            })
            .collect();
        let near = |p: &Place| {
            p.country
                .as_deref()
                .is_some_and(|c| neighbour_countries.contains(&c))
        };
        // A metropolis beats a namesake town even when the town's country is named
        // elsewhere (`Melbourne` in a story that also mentions the US).
        let giant = |x: &Place, y: &Place| {
            x.kind == LocationType::City
                && y.kind == LocationType::City
                && x.population >= 500_000
                && x.population >= y.population.saturating_mul(20)
        };
        // `Geneva-based`, `Vancouver-listed`: a company's seat or listing is the city far
        // bigger than any namesake (three times the people or more), unless the dateline
        // says otherwise.
        // (Not a country's name: `Singapore-based` is the country.)
        let seat = text.is_glued_hyphen(mention.m.last)
            && !mention
                .senses
                .iter()
                .any(|s| g.places[s.place].kind == LocationType::Country)
            && text.is_any(
                mention.m.last + 1,
                words!["based", "listed", "headquartered", "registered"],
            );
        let cities = || {
            mention
                .senses
                .iter()
                .map(|s| s.place)
                .filter(|&p| g.places[p].kind == LocationType::City)
        };
        // (Read only for a seat: most names are no company's.)
        let seat_city = seat
            .then(|| cities().max_by_key(|&p| g.places[p].population))
            .flatten()
            .filter(|&x| {
                let big = &g.places[x];
                big.population >= 150_000
                    && cities().all(|y| {
                        y == x || g.places[y].population.saturating_mul(3) <= big.population
                    })
            });
        let is_seat = |p: usize| seat_city == Some(p);
        // A metropolis beats a small town even in a story datelined in the town's country
        // (`Rotterdam` in a US story is the Dutch port, not Rotterdam, New York), unless the
        // text joins the name to its state or country. Decided by country, so that every
        // sense in the small town's country loses to the metropolis, whatever order the
        // senses come in (a subdivision named like the metropolis stands with it).
        // (A metropolis of millions against a city of under 100,000 too: `Melbourne` in a US
        // story is Victoria's capital, not Melbourne, Florida.)
        let town = |x: &Place, y: &Place| {
            giant(x, y)
                && (y.population < 50_000 || (x.population >= 2_000_000 && y.population < 100_000))
        };
        let outsized_countries: Vec<&str> = mention
            .senses
            .iter()
            .flat_map(|a| mention.senses.iter().map(move |b| (a, b)))
            .map(|(a, b)| (&g.places[a.place], &g.places[b.place]))
            .filter(|(a, b)| a.country != b.country && town(a, b))
            .filter_map(|(_, b)| b.country.as_deref())
            .collect();
        let outsized = |p: &Place| {
            p.country
                .as_deref()
                .is_some_and(|c| outsized_countries.contains(&c))
        };
        // A subdivision abbreviation needs its country elsewhere in the article, unless it
        // is long or dotted enough to be unmistakable (`KPK`, `NSW`, `B.C.`), not `WA`.
        // (What the mention writes, read once for all its senses.)
        let written = {
            let (a, b) = text.span(mention.m.first, mention.m.last);
            &text.src[a..b]
        };
        let dc = written.ends_with("D.C.");
        let best = mention
            .senses
            .iter()
            .filter(|s| {
                let p = &g.places[s.place];
                let distinct = written.chars().filter(|c| c.is_alphabetic()).count() >= 3
                    || written.contains('.');
                // `Lakewood, Colo.`, `Winnipeg, Man.`: a word cut short with a dot (not
                // initials, `B.C.`) stands for a state only after a place and a comma;
                // elsewhere it is a word (`Iron Ore.`, `Man.`).
                // (One word: `Washington D.C.`, `Bogotá D.C.` end in initials.)
                let cut_word = written.ends_with('.')
                    && !written.contains(char::is_whitespace)
                    && written.chars().nth(1).is_some_and(char::is_lowercase);
                let after_place = mention.m.first >= 2
                    && text.is(mention.m.first - 1, crate::word!(","))
                    && text.tokens[mention.m.first - 2].is_capitalized(text.src);
                let form_ok = !cut_word || after_place;
                form_ok
                    && !(s.form == LocationForm::Abbreviation
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
                // `Washington D.C.`: the capital named with its district's initials is the
                // city.
                let dc_city = |p: &Place| dc && p.kind == LocationType::City;
                // (`Shenzhen and Hong Kong`: a territory with a country code of its own, which
                // ISO also lists as a subdivision of another country (Hong Kong, Macau,
                // Taiwan, Puerto Rico), is named by its own code.)
                // (Its subdivision code ends in its country code: `CN-HK`; not `Niger`, the
                // Nigerian state `NG-NI` and the country `NE`.)
                let own_code = |p: &Place| {
                    p.kind == LocationType::Country
                        && mention.senses.iter().any(|o| {
                            let q = &g.places[o.place];
                            q.kind == LocationType::Subdivision
                                && q.name == p.name
                                && q.code
                                    .as_deref()
                                    .and_then(|c| c.split_once('-'))
                                    .map(|x| x.1)
                                    == p.country.as_deref()
                        })
                };
                // (`across Asia's metals supply chains` in a story that names the
                // Philippines: a continent or a wide region over a town named like it, a
                // town the tables mark ambiguous, unless the text joins it to its state.)
                let region_over_town = |p: &Place, q: &Place| {
                    p.kind == LocationType::Region
                        && p.country.is_none()
                        && q.kind == LocationType::City
                        && q.ambiguous
                };
                own_code(pa)
                    .cmp(&own_code(pb))
                    .then(near(pa).cmp(&near(pb)))
                    .then(region_over_town(pa, pb).cmp(&region_over_town(pb, pa)))
                    .then(dc_city(pa).cmp(&dc_city(pb)))
                    .then(outsized(pb).cmp(&outsized(pa)))
                    .then((sa >= 1000).cmp(&(sb >= 1000)))
                    .then(giant(pa, pb).cmp(&giant(pb, pa)))
                    .then(is_seat(a.place).cmp(&is_seat(b.place)))
                    .then((sa > 0).cmp(&(sb > 0)))
                    .then(prefer(g, pa, pb, sub))
                    .then(sa.cmp(&sb))
                    .then(b.place.cmp(&a.place))
            });
        let Some(sense) = best else { continue };
        let place = &g.places[sense.place];
        // `Remedios` in a story on Colombia, `Kathu` in one on South Africa: a small city of
        // a country the article names nowhere, while it names others, is a place the
        // tables do not know in the article's countries (or no place), not that city.
        // (Unless the text joins it to its state or country: `Preston, Idaho`; joined to
        // another country's, `Remedios, Colombia`, it is not the Cuban town either.)
        // (Its own mentions count for its country: only other places' do here.)
        let own = || {
            single_place_counts
                .get_or_init(|| {
                    let mut counts = std::collections::HashMap::new();
                    for o in &mentions {
                        if let Some(first) = o.senses.first() {
                            if o.senses.iter().all(|s| s.place == first.place) {
                                *counts.entry(first.place).or_insert(0usize) += 1;
                            }
                        }
                    }
                    counts
                })
                .get(&sense.place)
                .copied()
                .unwrap_or(0)
        };
        // (The same for a subdivision named like a word: `in Cascade, the Valley County
        // seat` is not the Seychelles district.)
        let small = match place.kind {
            LocationType::City => place.population < 50_000,
            LocationType::Subdivision => place.ambiguous,
            _ => false,
        };
        if small
            && score(place.country.as_deref()) <= own()
            && !mention.dateline
            && !near(place)
            && names_a_country()
        {
            continue;
        }
        // `the territory's Southern Province` in a story on New Caledonia: a province named
        // by a point of the compass (many countries have one) of a country the article
        // names nowhere is some other country's.
        if compass_province(place)
            && names_a_country()
            && place.country.as_deref().is_some_and(|c| {
                score(Some(c)) == compass_counts.iter().filter(|&&x| x == c).count()
            })
        {
            continue;
        }
        // `near Tamarack, Minnesota`: a town the tables know only in another country than
        // the state after its comma is a place they do not know.
        let state_elsewhere = mentions
            .get(k + 1)
            .filter(|o| o.m.first == mention.m.last + 1 && text.is(mention.m.last, word!(",")))
            .is_some_and(|o| {
                o.senses.iter().all(|s| {
                    let state = &g.places[s.place];
                    state.kind == LocationType::Subdivision && state.country != place.country
                })
            });
        if place.kind == LocationType::City && place.population < 100_000 && state_elsewhere {
            continue;
        }
        // `its Karo platinum project in Zimbabwe`, `the Barroso lithium project`: a
        // project named like a town of a country the article names nowhere else is the
        // project, not the town.
        // Every mention of the name is the project's (`the Molo mine`, then `Molo
        // concentrate`); its own mentions do not count for its country.
        // (A country only as a company's division: `Codelco's El Salvador division`; `its
        // Guinea project` is a project in Guinea.)
        let division =
            place.kind == LocationType::Country && text.is(mention.m.last, word!("division"));
        if matches!(place.kind, LocationType::City | LocationType::Subdivision) || division {
            if let Ok(p) = project_places.binary_search(&sense.place) {
                let own = project_mentions[p];
                if score(place.country.as_deref()).saturating_sub(own) <= 1 {
                    continue;
                }
            }
        }
        let (first, last) = (mention.m.first, mention.m.last);
        // `White Mesa Mill`, `Juan Lima`: a city's name after a capitalized word of the
        // same sentence (not its first word, not a title, not another place) is the end
        // of another name.
        if place.kind == LocationType::City
            && first >= 1
            && text.tokens[first].gap == Gap::Space
            && text.tokens[first - 1].class == TokenClass::Word
            && text.tokens[first - 1].shape == Shape::Title
            && !text.starts_sentence(first - 1)
            && !text.in_title_case_line(first)
            && !crate::person::is_title_word(text, first - 1)
            && k.checked_sub(1)
                .and_then(|p| mentions.get(p))
                .is_none_or(|o| o.m.last != first)
        {
            continue;
        }
        // `Victoria Windsor` alone on a line (a press release's media contact): two
        // capitalized words that are the whole line are a person's name, not a place.
        let line_edge = |k: usize| {
            text.tokens
                .get(k)
                .is_none_or(|t| matches!(t.gap, Gap::Line | Gap::Paragraph))
        };
        if place.kind == LocationType::City
            && first >= 1
            && last == first + 1
            && text.tokens[first].gap == Gap::Space
            && text.tokens[first - 1].class == TokenClass::Word
            && text.tokens[first - 1].shape == Shape::Title
            && (first == 1 || line_edge(first - 1))
            && line_edge(last)
        {
            continue;
        }
        // `Garfield County`, `San Juan County`: the county (a subdivision, as the counties
        // the tables do not know), not the town.
        // (`Esmeralda County, Nevada`: the state after its comma says whose county it is,
        // not the Cuban town of the name.)
        if text.is(last, crate::word!("county")) && text.tokens[last].shape == Shape::Title {
            let name = format!("{} County", place.name);
            let state_country = mentions
                .get(k + 1)
                .filter(|o| o.m.first == last + 2 && text.is(last + 1, word!(",")))
                .and_then(|o| o.senses.first())
                .map(|s| &g.places[s.place])
                .filter(|state| state.kind == LocationType::Subdivision)
                .and_then(|state| state.country.clone());
            let country = state_country.or_else(|| place.country.clone());
            let county = Place::named(&name, LocationType::Subdivision, country);
            let form = LocationForm::Name;
            out.push(entity(text, first, last + 1, &county, form, "county"));
            continue;
        }
        resolved.push((mention.m.first, mention.m.last, sense.place));
        let rule = match sense.form {
            LocationForm::Name => "place name",
            LocationForm::Abbreviation => "place abbreviation",
            LocationForm::Demonym => "demonym",
        };
        let p = &g.places[sense.place];
        out.push(entity(
            text,
            mention.m.first,
            mention.m.last,
            p,
            sense.form,
            rule,
        ));
    }

    let mut ranked = counts;
    ranked.sort_by(|a, b| {
        (dateline == Some(b.0))
            .cmp(&(dateline == Some(a.0)))
            .then(b.1.cmp(&a.1))
            .then(a.0.cmp(b.0))
    });
    let ranked: Vec<String> = ranked.into_iter().map(|(c, _)| c.to_string()).collect();
    find_towns(g, text, &resolved, &ranked, out);
    ranked
}

/// First words of place names that say only where a place lies in its country.
const COMPASS_WORDS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "northwest",
    "northwestern",
    "northeast",
    "northeastern",
    "southwest",
    "southwestern",
    "southeast",
    "southeastern",
];

/// A subdivision named by a point of the compass and a word for a province only
/// (`Southern Province`, `North-Western Province`, `Western`; not `Western Australia`).
fn compass_province(p: &Place) -> bool {
    const GENERIC: &[&str] = &["province", "region", "division", "zone", "governorate"];
    let mut words = p.name.split([' ', '-']).filter(|w| !w.is_empty());
    let is = |w: &str, list: &[&str]| list.iter().any(|c| w.eq_ignore_ascii_case(c));
    p.kind == LocationType::Subdivision
        && words.next().is_some_and(|w| is(w, COMPASS_WORDS))
        && words.all(|w| is(w, COMPASS_WORDS) || is(w, GENERIC))
}

/// Does the text say that the name at `m` is meant as a place: a preposition of place
/// (`in Fresnillo`), a dateline, `the state of`, `the town of`, `south of`, a subdivision
/// word, `-based`, or a place after a comma (`next_is_place`: `Fresnillo, Zacatecas`)? For
/// other kinds that meet a name that is also a place's. `Shares in Hastings`, `a stake in
/// Northam` are not.
pub(crate) fn place_evidence(text: &Text, m: &LexMatch, next_is_place: bool) -> bool {
    let owned = m.first >= 2
        && text.is(m.first - 1, word!("in"))
        && text.is_any(
            m.first - 2,
            words![
                "shares",
                "stake",
                "stakes",
                "interest",
                "holding",
                "investment"
            ],
        );
    if owned {
        return false;
    }
    let place_of = m.first >= 2
        && text.is(m.first - 1, word!("of"))
        && text.is_any(m.first - 2, PLACE_OF_WORDS);
    place_of || rules::place_evidence(text, m, next_is_place, false)
}

/// Do the words from token `k` on name a project (`platinum project`, `mine`, `copper
/// deposit`): at most two lower-case words, then a word for one?
fn names_project(text: &Text, k: usize) -> bool {
    const HEADS: &[crate::text::Word] = words![
        "project",
        "mine",
        "deposit",
        "prospect",
        "operation",
        "concession",
        "licence",
        "license",
        "tenement",
        "expansion",
        "concentrate",
        "mill",
        "plant",
        "refinery",
        "smelter",
        "pit",
        // (`Codelco's El Salvador division`: a mine run as a company's division.)
        "division"
    ];
    // Only modifiers between (`its Karo platinum project`), not a clause (`Copperbelt
    // Province hosts the mine`).
    const FUNCTION: &[crate::text::Word] = words![
        "the", "a", "an", "its", "their", "this", "that", "and", "or", "of", "in", "to", "for",
        "with", "at", "on", "by", "from", "is", "was", "has", "have", "will"
    ];
    // (`the Chirano and Bibiani mines`: each name before a plural head.)
    const PLURAL_HEADS: &[crate::text::Word] = words![
        "projects",
        "mines",
        "deposits",
        "prospects",
        "operations",
        "concessions",
        "smelters",
        "refineries"
    ];
    let plural_after = |j: usize| {
        text.is_any(j, PLURAL_HEADS)
            || text.is_any(j, words!["and", ","])
                && (j + 1..j + 4)
                    .take_while(|&x| {
                        text.tokens.get(x).is_some_and(|t| {
                            t.class == TokenClass::Word && t.is_capitalized(text.src)
                        })
                    })
                    .last()
                    .is_some_and(|x| text.is_any(x + 1, PLURAL_HEADS))
    };
    plural_after(k)
        || (k..k + 3).any(|j| {
            text.is_any(j, HEADS)
                && (k..j).all(|x| text.is_lower_word(x) && !text.is_any(x, FUNCTION))
                && !(j > k && text.str(k).ends_with('s'))
        })
}

/// Words before `of` that say a town's name follows (`the town of Uyuni`).
const TOWN_WORDS: &[crate::text::Word] = words![
    "town",
    "port",
    "village",
    "villages",
    "municipality",
    "township",
    "hamlet",
    "community",
    "settlement",
    "city"
];

/// The particles of Spanish and Portuguese place names (`Covas do Barroso`, `San Antonio
/// de los Cobres`), inside a name of capitalized words.
const PLACE_PARTICLES: &[crate::text::Word] =
    words!["de", "do", "da", "del", "dos", "das", "los", "las", "la"];

/// Words right before a place's name: `near Arandis`, `in Chiatura`.
const LOCATIVES: &[crate::text::Word] = words!["near", "in", "at", "outside", "around", "from"];

/// Words before `of` that say a place's name follows (`north-east of Carnarvon`, `the port
/// of Mejillones`), besides [`TOWN_WORDS`].
const PLACE_OF_WORDS: &[crate::text::Word] = words![
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "port",
    "outskirts",
    "municipality",
    "municipalities",
    "district",
    "districts",
    "town",
    "towns",
    "village",
    "villages",
    "city",
    "township",
    "community",
    "communities"
];

/// The words of [`LOCATIVES`], `of` and `and`, as a filter: one test rules out most tokens.
const LOCATIVE_FILTER: crate::text::WordFilter = crate::text::WordFilter::of(LOCATIVES)
    .with(word!("of"))
    .with(word!("and"));

/// Towns (the gazetteer's small places, which no walk looks for) where the text ties them
/// to a place of their own country: `Flin Flon, Manitoba`, `Mahenge in Tanzania's Morogoro
/// region`, `Macusani, in the Puno region`, `Snow Lake and Flin Flon in Manitoba`, or where
/// it says a town is named (`the town of Uyuni`) in a story about the town's country.
/// `resolved` are the places found, in text order; `countries` the article's, most
/// telling first.
#[inline(never)]
fn find_towns(
    g: &Gazetteer,
    text: &Text,
    resolved: &[(usize, usize, usize)],
    countries: &[String],
    out: &mut Vec<Entity>,
) {
    if g.towns.is_empty() {
        return;
    }
    let occupied = |a: usize, b: usize| {
        let k = resolved.partition_point(|r| r.1 <= a);
        resolved.get(k).is_some_and(|r| r.0 < b)
    };
    // A town's name stands alone: not the end of a longer capitalized name.
    let opens_name = |s: usize| {
        s == 0
            || !text.tokens[s - 1].is_capitalized(text.src)
            || text.tokens[s - 1].class != TokenClass::Word
            || text
                .sentences
                .get(text.sentence_of_token(s))
                .is_some_and(|x| x.first == s)
    };
    // The longest town name ending right before token `end` with a sense that `fits`.
    // (Past the last token there is none.)
    let capital_word = |k: usize| {
        text.tokens
            .get(k)
            .is_some_and(|t| t.class == TokenClass::Word && t.is_capitalized(text.src))
    };
    let town_ending_at = |end: usize, fits: &dyn Fn(&Place) -> bool| {
        if end == 0 || text.tokens[end - 1].class != TokenClass::Word {
            return None;
        }
        (end.saturating_sub(4)..end).find_map(|s| {
            if !capital_word(s) {
                return None;
            }
            let m = g.towns.longest_at(text, s).filter(|m| m.last == end)?;
            if occupied(s, end) || !opens_name(s) {
                return None;
            }
            let place = g
                .towns
                .values(text, &m)
                .into_iter()
                .copied()
                .find(|&t| fits(&g.places[t]))?;
            Some((s, place))
        })
    };
    // A name of one to four capitalized words (with the particles of Spanish and
    // Portuguese place names between them) ending right before token `end`, after a word
    // of place (`near`, `at`, `in`, `the village of`, or `and` after another such name): its
    // first token.
    let unknown_town_ending_at = |end: usize, after_and: bool| -> Option<usize> {
        (end.saturating_sub(4)..end).find(|&s| {
            let words_ok = capital_word(s)
                && capital_word(end - 1)
                && (s..end).all(|k| {
                    (capital_word(k) && !crate::person::is_title_word(text, k))
                        || (text.is_any(k, PLACE_PARTICLES) && k > s)
                        || text.is_glued_hyphen(k)
                });
            let after_place_word = s > 0
                && (text.is_any(s - 1, LOCATIVES)
                    || (after_and && text.is(s - 1, word!("and")))
                    || (s > 1 && text.is(s - 1, word!("of")) && text.is_any(s - 2, TOWN_WORDS)));
            words_ok && after_place_word && opens_name(s) && !occupied(s, end)
        })
    };
    // (With the kind of place: a town, or a district named by its word.)
    let mut unknown: Vec<(usize, usize, Option<String>, LocationType)> = Vec::new();
    // Unknown towns after `the village of` and the like, their country not yet known.
    // (With whether it came after `near`: such a town takes its country from a country or
    // state of its sentence only, not from a city, which may be the start of a company's
    // name: `near Moramanga and Rio Tinto's mine near Fort-Dauphin`.)
    let mut unplaced: Vec<(usize, usize, bool, LocationType)> = Vec::new();
    let mut found: Vec<(usize, usize, usize)> = Vec::new();
    for &(first, last, pi) in resolved {
        let p = &g.places[pi];
        if !matches!(p.kind, LocationType::Country | LocationType::Subdivision) {
            continue;
        }
        let fits = |t: &Place| {
            t.country == p.country
                && (p.kind == LocationType::Country
                    || t.subdivision.is_none()
                    || t.subdivision == p.code)
        };
        // `Pirdop, Bulgaria`, `Gällivare in Norrbotten`, `Macusani, in the Puno region`;
        // not `Vale, Brazil's biggest miner` (an appositive).
        let possessive = text.is(last, word!("'")) && text.is(last + 1, word!("s"));
        let mut k = first;
        if k > 0 && text.is(k - 1, word!("the")) {
            k -= 1;
        }
        let comma = k > 0 && text.is(k - 1, word!(",")) && !possessive;
        let within = k > 0 && text.is(k - 1, word!("in"));
        let ends = [
            comma.then(|| k - 1),
            within.then(|| k - 1),
            (within && k > 1 && text.is(k - 2, word!(","))).then(|| k - 2),
        ];
        for end in ends.into_iter().flatten() {
            let Some((s, town)) = town_ending_at(end, &fits) else {
                // `near Beulah, North Dakota`, `at Dahej in Gujarat`, `around Snow Lake and
                // Flin Flon in Manitoba`: a town the tables do not know, after a word of
                // place and before its state.
                if let Some(s) = unknown_town_ending_at(end, false) {
                    unknown.push((s, end, p.country.clone(), LocationType::City));
                    if s > 1 && text.is(s - 1, word!("and")) {
                        if let Some(s2) = unknown_town_ending_at(s - 1, false) {
                            unknown.push((s2, s - 1, p.country.clone(), LocationType::City));
                        }
                    }
                    break;
                }
                continue;
            };
            found.push((s, end, town));
            // `Snow Lake and Flin Flon in Manitoba`
            if s > 0 && text.is_any(s - 1, words!["and", ","]) {
                if let Some((s2, t2)) = town_ending_at(s - 1, &fits) {
                    found.push((s2, s - 1, t2));
                } else if let Some(s2) = unknown_town_ending_at(s - 1, false) {
                    unknown.push((s2, s - 1, p.country.clone(), LocationType::City));
                }
            }
            break;
        }
    }
    // `a mine near Kambalda`, `the plant near Julia Creek, ...`: a town the tables do not
    // know after `near`, standing alone (no capitalized word, possessive or site word
    // after it); its country is settled below like that of `the village of X`.
    for k in text.positions(word!("near")) {
        let s = k + 1;
        if !capital_word(s) || !opens_name(s) || g.towns.longest_at(text, s).is_some() {
            continue;
        }
        let Some(end) = (s..(s + 3).min(text.tokens.len()))
            .take_while(|&x| {
                capital_word(x) && text.tokens[x].shape == Shape::Title
                    || x > s && text.is_glued_hyphen(x)
            })
            .last()
            .map(|x| x + 1)
        else {
            continue;
        };
        let next = text.tokens.get(end);
        let stands_alone = next.is_none_or(|t| {
            matches!(t.class, TokenClass::Punct) && !text.is(end, word!("'"))
                || t.shape == Shape::Lower
        });
        if capital_word(end - 1)
            && stands_alone
            && !occupied(s, end)
            && !(s + 1..=end).any(|x| names_project(text, x))
            && !(s..end)
                .any(|x| crate::person::is_title_word(text, x) || rules::CALENDAR_SET.has(text, x))
        {
            unplaced.push((s, end, true, LocationType::City));
        }
    }
    // `in Keonjhar district`, `the Ulanga District`, `in Keonjhar, Sundargarh and Koraput
    // districts`, `Esmeralda County`, `Chumbivilcas province`, `the Zhetysu region`:
    // districts, counties, provinces and regions the tables do not know,
    // named by the word after them (in capitals it is part of the name); their country is
    // settled below like a town's.
    for k in text.positions_of([
        word!("district"),
        word!("districts"),
        word!("county"),
        word!("counties"),
        word!("province"),
        word!("provinces"),
        word!("region"),
    ]) {
        let plural = text.is_any(k, words!["districts", "counties", "provinces"]);
        let capital = text.tokens[k].is_capitalized(text.src);
        // (`Kono District Council` is an organization.)
        if capital_word(k + 1) || k == 0 {
            continue;
        }
        let name_word = |x: usize| {
            capital_word(x)
                && text.tokens[x].shape != Shape::Upper
                && !text.is_any(x, words!["the", "a", "an", "in", "of", "and", "its"])
                && !crate::person::is_title_word(text, x)
                && !rules::CALENDAR_SET.has(text, x)
        };
        // (`the Atsimo-Andrefana region`: parts joined by a hyphen.)
        let part = |x: usize| name_word(x) || text.is_glued_hyphen(x) && name_word(x + 1);
        let mut end = k;
        while let Some(s) =
            (end.saturating_sub(5)..end).find(|&s| name_word(s) && (s..end).all(part))
        {
            if !(opens_name(s) || text.is(s - 1, word!("the"))) {
                break;
            }
            // (A district the tables know is found already; the list goes on before it.)
            if !occupied(s, end) {
                let last = if capital && !plural && end == k {
                    k + 1
                } else {
                    end
                };
                unplaced.push((s, last, false, LocationType::Subdivision));
            }
            // (`Keonjhar, Sundargarh and Koraput districts`: the names listed before.)
            if !plural || s < 2 || !text.is_any(s - 1, words![",", "and"]) {
                break;
            }
            end = s - 1;
        }
    }
    // `the town of Uyuni`: a town of the article's main countries.
    let top: Vec<&str> = countries.iter().take(2).map(String::as_str).collect();
    if !top.is_empty() {
        for k in text.positions(word!("of")) {
            if k == 0 || !text.is_any(k - 1, TOWN_WORDS) {
                continue;
            }
            let s = k + 1;
            let Some(m) = g.towns.longest_at(text, s) else {
                // `near the village of Gornje Nedeljice`: a town the tables do not know
                // (its country is settled below, once every known place is found).
                let end = (s..(s + 4).min(text.tokens.len()))
                    .take_while(|&x| capital_word(x) || (x > s && text.is_any(x, PLACE_PARTICLES)))
                    .last()
                    .map(|x| x + 1);
                if let Some(end) = end.filter(|&e| capital_word(e - 1) && !occupied(s, e)) {
                    if !capital_word(end) && !names_project(text, end) {
                        unplaced.push((s, end, false, LocationType::City));
                    }
                }
                continue;
            };
            if occupied(s, m.last) {
                continue;
            }
            let senses = g.towns.values(text, &m);
            let place = top.iter().find_map(|c| {
                senses
                    .iter()
                    .copied()
                    .copied()
                    .find(|&t| g.places[t].country.as_deref() == Some(*c))
            });
            if let Some(t) = place {
                found.push((s, m.last, t));
            }
        }
        // `near Arandis`, `in Chiatura`, `north-east of Carnarvon`, `the port of
        // Mejillones`, `in Kiruna and Malmberget`: a town of the article's main countries
        // right after a word that says a place follows, where its name ends.
        let town_after = |k: usize| -> Option<(usize, usize, usize)> {
            let s = k + 1;
            if !capital_word(s) {
                return None;
            }
            let m = g.towns.longest_at(text, s)?;
            let continues = text
                .tokens
                .get(m.last)
                .is_some_and(|t| t.class == TokenClass::Word && t.is_capitalized(text.src));
            if continues || occupied(s, m.last) {
                return None;
            }
            // `near Tamarack, Minnesota`: the state after the comma says which town it is;
            // one of the tables' in another country is not it.
            let state_after = text
                .is(m.last, word!(","))
                .then(|| resolved.iter().find(|r| r.0 == m.last + 1))
                .flatten()
                .map(|r| &g.places[r.2])
                .filter(|p| p.kind == LocationType::Subdivision);
            // A town of a country the sentence names (`Windhoek is seeking investors in
            // the Karibib area`), else of the article's main countries when the sentence
            // names no place of another (`east of Saskatoon near Humboldt` is no Humboldt
            // of the US).
            let sentence = text.sentences.get(text.sentence_of_token(s))?;
            let lo = resolved.partition_point(|r| r.0 < sentence.first);
            let hi = resolved.partition_point(|r| r.0 < sentence.last);
            // Nearest first: `from Thompson, Man., to New Caledonia`.
            let mut near: Vec<(usize, &str)> = resolved[lo..hi]
                .iter()
                .filter_map(|r| Some((r.0.abs_diff(s), g.places[r.2].country.as_deref()?)))
                .collect();
            near.sort_unstable();
            let of = |c: &str| {
                g.towns
                    .values(text, &m)
                    .into_iter()
                    .copied()
                    .find(|&t| g.places[t].country.as_deref() == Some(c))
            };
            let t = match (state_after, near.is_empty()) {
                (Some(state), _) => of(state.country.as_deref()?),
                (None, false) => near.iter().find_map(|&(_, c)| of(c)),
                (None, true) => top.iter().find_map(|c| of(c)),
            }?;
            Some((s, m.last, t))
        };
        let n = text.tokens.len().min(text.hashes.len());
        for k in 0..n.saturating_sub(1) {
            if !LOCATIVE_FILTER.may_have(text.hashes[k]) {
                continue;
            }
            let says_place = text.is_any(k, LOCATIVES)
                || (text.is(k, word!("of")) && k > 0 && text.is_any(k - 1, PLACE_OF_WORDS));
            // `in Kiruna and Malmberget`: a town after a city the text names (or a
            // district: `in Bor and Majdanpek`).
            let after_city = text.is(k, word!("and"))
                && resolved.binary_search_by_key(&k, |r| r.1).is_ok_and(|i| {
                    matches!(
                        g.places[resolved[i].2].kind,
                        LocationType::City | LocationType::Subdivision
                    )
                });
            // `in the Karibib area`
            let area = says_place
                && text.is(k + 1, word!("the"))
                && town_after(k + 1)
                    .is_some_and(|t| text.is_any(t.1, words!["area", "district", "municipality"]));
            let town = if area {
                town_after(k + 1)
            } else if says_place || after_city {
                town_after(k)
            } else {
                None
            };
            let Some(mut town) = town else {
                continue;
            };
            found.push(town);
            // `in Kiruna and Malmberget`
            while text.is(town.1, word!("and")) || text.is(town.1, word!(",")) {
                let Some(next) = town_after(town.1) else {
                    break;
                };
                found.push(next);
                town = next;
            }
        }
    }
    // The country of a town after `the village of`: that of a place named just after it
    // in its sentence (`Covas do Barroso in the municipality of Boticas`), else a few
    // words before it (`northwest of Fredericton near the village of Stanley`), else the
    // article's main country.
    if !unplaced.is_empty() {
        let mut named: Vec<(usize, usize, usize)> =
            resolved.iter().chain(&found).copied().collect();
        named.sort_unstable();
        for (s, end, near, kind) in unplaced {
            let si = text.sentence_of_token(s);
            let same = |r: &&(usize, usize, usize)| {
                text.sentence_of_token(r.0) == si
                    && !(near && g.places[r.2].kind == LocationType::City)
            };
            let after = named
                .iter()
                .filter(same)
                .find(|r| r.0 >= end && r.0 - end <= 8);
            let before = named
                .iter()
                .rev()
                .filter(same)
                .find(|r| r.1 <= s && s - r.1 <= 12);
            // (A district takes the country of a state or province of its sentence first:
            // `the Government of Balochistan and a Toronto-listed miner ... in Chagai
            // district` is in Pakistan.)
            let district = kind == LocationType::Subdivision;
            let nearest = |kind: LocationType| {
                named
                    .iter()
                    .filter(|r| text.sentence_of_token(r.0) == si && g.places[r.2].kind == kind)
                    .min_by_key(|r| r.0.abs_diff(s))
            };
            let near_place = if district {
                nearest(LocationType::Subdivision).or(after).or(before)
            } else {
                after.or(before)
            };
            let country = near_place
                .and_then(|r| g.places[r.2].country.clone())
                .or_else(|| countries.first().cloned());
            unknown.push((s, end, country, kind));
        }
    }
    // (Each unknown town once per mention, and never where a known one is.)
    unknown.retain(|u| !found.iter().any(|f| f.0 < u.1 && u.0 < f.1));
    unknown.sort_unstable_by_key(|u| (u.0, u.1));
    unknown.dedup_by_key(|u| u.0);
    for (first, last, country, kind) in unknown {
        let (start, end) = text.span(first, last);
        let town = Place::named(&text.src[start..end], kind, country);
        out.push(entity(
            text,
            first,
            last,
            &town,
            LocationForm::Name,
            "town before its state",
        ));
    }
    found.sort_unstable();
    found.dedup_by_key(|f| f.0);
    for (first, last, t) in found {
        let p = &g.places[t];
        out.push(entity(
            text,
            first,
            last,
            p,
            LocationForm::Name,
            "town by its place",
        ));
    }
}

/// The location entity of place `p` named at tokens `first..last`.
fn entity(
    text: &Text,
    first: usize,
    last: usize,
    p: &Place,
    form: LocationForm,
    rule: &'static str,
) -> Entity {
    let (start, end) = text.span(first, last);
    Entity {
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
            form,
        }),
        rule,
    }
}
