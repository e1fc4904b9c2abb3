//! Reading `content/directory/*.toml` into the [`Directory`] model, with every problem
//! reported at its line.
//!
//! The file format is read into `Raw*` structs that accept an address anywhere, only so that
//! an address in the wrong place can be named with its position; the model built from them
//! keeps an address only for a `public` service.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use serde::Deserialize;
use time::Date;
use toml::Spanned;

use super::{
    Address, Area, Directory, Org, OrgText, Phone, PhoneKind, Reach, Service, ServiceText,
    POPULATIONS, TRAFFICKING, TYPES,
};
use crate::diagnostics::{Diagnostics, Position};

/// A listing older than this many days gets a warning, and past twice that, an error.
pub const STALE_AFTER_DAYS: i64 = 365;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOrg {
    id: Spanned<String>,
    name: Spanned<String>,
    #[serde(default)]
    slug: Option<Spanned<String>>,
    #[serde(default)]
    website: Option<Spanned<String>>,
    verified: Spanned<toml::value::Datetime>,
    sources: Spanned<Vec<Spanned<String>>>,
    #[serde(default)]
    services: Vec<Spanned<RawService>>,
    #[serde(default)]
    text: BTreeMap<String, Spanned<RawText>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawService {
    key: Spanned<String>,
    id: Spanned<String>,
    visibility: Spanned<String>,
    areas: Spanned<Vec<Spanned<String>>>,
    #[serde(default)]
    place: Option<Spanned<String>>,
    #[serde(default)]
    address: Option<Spanned<Address>>,
    #[serde(default)]
    latitude: Option<Spanned<f64>>,
    #[serde(default)]
    longitude: Option<Spanned<f64>>,
    #[serde(default)]
    types: Vec<Spanned<String>>,
    #[serde(default)]
    populations: Vec<Spanned<String>>,
    #[serde(default)]
    trafficking: Vec<Spanned<String>>,
    #[serde(default)]
    languages: Vec<Spanned<String>>,
    #[serde(default)]
    open_24_7: bool,
    #[serde(default)]
    phones: Vec<Spanned<RawPhone>>,
    #[serde(default)]
    chat: Option<Spanned<String>>,
    #[serde(default)]
    website: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPhone {
    number: Spanned<String>,
    kind: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawText {
    #[serde(default)]
    name: Option<String>,
    description: String,
    #[serde(default)]
    services: BTreeMap<String, Spanned<ServiceText>>,
}

/// Problems found in one file: `(byte offset, message)`.
struct Problems {
    errors: Vec<(usize, String)>,
    warnings: Vec<(usize, String)>,
}

impl Problems {
    fn error<T>(&mut self, at: &Spanned<T>, message: impl Into<String>) {
        self.errors.push((at.span().start, message.into()));
    }
}

/// Reads every `content/directory/*.toml` (sorted by name) and the map, if there is one.
pub fn load(
    content_dir: &Path,
    locales: &[String],
    today: Date,
    diags: &mut Diagnostics,
) -> Directory {
    let folder = content_dir.join("directory");
    let mut orgs = Vec::new();
    for file in crate::content::toml_files(&folder) {
        let Some(text) = crate::content::read_text(&file, diags) else {
            continue;
        };
        match parse(&file, &text, locales, today) {
            Ok((org, warnings)) => {
                for (offset, message) in warnings {
                    diags.warning(&file, Position::at_offset(&text, offset), message);
                }
                orgs.push(org);
            }
            Err(problems) => {
                for (offset, message) in problems.warnings {
                    diags.warning(&file, Position::at_offset(&text, offset), message);
                }
                for (offset, message) in problems.errors {
                    diags.error(&file, Position::at_offset(&text, offset), message);
                }
            }
        }
    }
    check_unique_ids(&orgs, diags);
    orgs.sort_by_cached_key(|o| o.name.to_lowercase());
    let map_file = folder.join("map").join("canada.txt");
    let map = map_file.exists().then(|| {
        let text = crate::content::read_text(&map_file, diags)?;
        super::map::Map::parse(&text)
            .map_err(|(line, message)| diags.error(&map_file, Position::new(line, 1), message))
            .ok()
    });
    Directory {
        orgs,
        map: map.flatten(),
    }
}

/// One organisation file: the model, with warnings; or every problem found.
fn parse(
    file: &Path,
    text: &str,
    locales: &[String],
    today: Date,
) -> Result<(Org, Vec<(usize, String)>), Problems> {
    let mut p = Problems {
        errors: Vec::new(),
        warnings: Vec::new(),
    };
    let raw: RawOrg = toml::from_str(text).map_err(|e| Problems {
        errors: vec![(
            e.span().map_or(0, |s| s.start),
            explain_toml(&crate::config::toml_message(&e)),
        )],
        warnings: Vec::new(),
    })?;
    check_uuid(&mut p, &raw.id, "the organisation's `id`");
    if raw.name.get_ref().trim().is_empty() {
        p.error(&raw.name, "`name` is empty: give the official name");
    }
    if let Some(slug) = &raw.slug {
        if !crate::content::slug::is_valid_slug(slug.get_ref()) {
            p.error(
                slug,
                format!(
                    "`slug` `{}` is not a URL slug: use lowercase letters, digits and hyphens",
                    slug.get_ref()
                ),
            );
        }
    }
    if raw.slug.is_none() {
        let names = std::iter::once(raw.name.get_ref())
            .chain(raw.text.values().filter_map(|t| t.get_ref().name.as_ref()));
        for name in names {
            let slug = crate::content::slug::url_slug(name);
            if slug.is_empty() || slug.bytes().all(|b| b.is_ascii_digit()) {
                p.error(&raw.name, format!("the listing's URL would end in `/{slug}/`, which is the address of a page of results: give the listing a `slug`"));
                break;
            }
        }
    }
    let website = raw
        .website
        .as_ref()
        .map(|w| https_url(&mut p, w, "website"));
    let verified = match crate::content::calendar_date(raw.verified.get_ref()) {
        Ok(date) => {
            let age = (today - date).whole_days();
            if age > 2 * STALE_AFTER_DAYS {
                p.error(&raw.verified, format!("verified on {date}, more than 24 months ago: check every fact again with the organisation, or remove the listing"));
            } else if age > STALE_AFTER_DAYS {
                p.warnings.push((
                    raw.verified.span().start,
                    format!("verified on {date}, more than 12 months ago: check it again"),
                ));
            } else if age < 0 {
                p.error(&raw.verified, format!("`verified` {date} is in the future"));
            }
            date
        }
        Err(e) => {
            p.error(&raw.verified, format!("`verified`: {e}"));
            today
        }
    };
    if raw.sources.get_ref().is_empty() {
        p.error(
            &raw.sources,
            "a listing needs at least one source where its facts can be checked",
        );
    }
    for source in raw.sources.get_ref() {
        let s = source.get_ref();
        if !(s.starts_with("https://") || s.starts_with("http://"))
            || s.contains(char::is_whitespace)
        {
            p.error(source, format!("source `{s}` is not a web address"));
        }
    }
    if raw.services.is_empty() {
        p.error(
            &raw.name,
            "a listing needs at least one `[[services]]` table",
        );
    }
    let mut keys = HashSet::new();
    let services: Vec<Service> = raw
        .services
        .iter()
        .map(|s| {
            if !keys.insert(s.get_ref().key.get_ref().clone()) {
                p.error(
                    &s.get_ref().key,
                    format!("two services have the key `{}`", s.get_ref().key.get_ref()),
                );
            }
            service(&mut p, s.get_ref())
        })
        .collect();
    let mut text_by_locale = BTreeMap::new();
    for (locale, t) in &raw.text {
        if !locales.contains(locale) {
            p.error(
                t,
                format!(
                    "`[text.{locale}]`: `{locale}` is not one of the site's locales ({})",
                    locales.join(", ")
                ),
            );
        }
        let t_ref = t.get_ref();
        if t_ref.description.trim().is_empty() {
            p.error(t, format!("`[text.{locale}]` needs a `description`"));
        }
        let mut services_text = BTreeMap::new();
        for (key, st) in &t_ref.services {
            if !keys.contains(key) {
                p.error(
                    st,
                    format!("`[text.{locale}.services.{key}]`: no service has the key `{key}`"),
                );
            }
            let words = st.get_ref();
            for (field, value) in [
                ("name", &words.name),
                ("description", &words.description),
                ("how_to_reach", &words.how_to_reach),
            ] {
                if value.trim().is_empty() {
                    p.error(
                        st,
                        format!("`[text.{locale}.services.{key}]`: `{field}` is empty"),
                    );
                }
            }
            services_text.insert(key.clone(), words.clone());
        }
        text_by_locale.insert(
            locale.clone(),
            OrgText {
                name: t_ref.name.clone(),
                description: t_ref.description.clone(),
                services: services_text,
            },
        );
    }
    let default = locales.first().map(String::as_str).unwrap_or("en");
    match raw.text.get(default) {
        None => p.error(
            &raw.name,
            format!("a listing needs its words in the default locale: add `[text.{default}]`"),
        ),
        Some(t) => {
            for s in &raw.services {
                let key = s.get_ref().key.get_ref();
                if !t.get_ref().services.contains_key(key) {
                    p.error(&s.get_ref().key, format!("service `{key}` has no words in the default locale: add `[text.{default}.services.{key}]` with name, description and how_to_reach"));
                }
            }
        }
    }
    // Words that look like a street address or a postal code, in any text of a service
    // whose place must stay hidden.
    for service in &services {
        if matches!(service.reach, Reach::Public { .. }) {
            continue;
        }
        for (locale, t) in &raw.text {
            let Some(words) = t.get_ref().services.get(&service.key) else {
                continue;
            };
            let w = words.get_ref();
            let found = [&w.description, &w.how_to_reach]
                .into_iter()
                .chain(
                    [&w.eligibility, &w.hours, &w.note, &w.languages_note]
                        .into_iter()
                        .flatten(),
                )
                .find_map(|text| postal_code_in(text));
            if let Some(found) = found {
                p.error(words, format!("`[text.{locale}.services.{}]` holds what looks like a postal code (`{found}`), but the service is `visibility = \"{}\"`: its place must not be published", service.key, service.reach.id()));
            }
        }
    }
    if !p.errors.is_empty() {
        return Err(p);
    }
    Ok((
        Org {
            file: file.to_path_buf(),
            id: raw.id.into_inner(),
            name: raw.name.into_inner(),
            slug: raw.slug.map(Spanned::into_inner),
            website: website.flatten(),
            verified,
            sources: raw
                .sources
                .into_inner()
                .into_iter()
                .map(Spanned::into_inner)
                .collect(),
            services,
            text: text_by_locale,
        },
        p.warnings,
    ))
}

fn service(p: &mut Problems, raw: &RawService) -> Service {
    let key = raw.key.get_ref();
    if key.is_empty()
        || !key
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        p.error(
            &raw.key,
            format!("service key `{key}`: use lowercase ASCII letters, digits and hyphens"),
        );
    }
    check_uuid(p, &raw.id, "a service's `id`");
    let place = raw.place.as_ref().map(|place| {
        if place.get_ref().chars().any(|c| c.is_ascii_digit()) {
            p.error(place, "`place` is a city or region; it cannot hold numbers such as a street number or postal code");
        }
        place.get_ref().clone()
    });
    let reach = match raw.visibility.get_ref().as_str() {
        "public" => {
            for coordinate in [&raw.latitude, &raw.longitude].into_iter().flatten() {
                p.error(coordinate, "coordinates go inside `[services.address]`, with `latitude` and `longitude` both given");
            }
            Reach::Public {
                place,
                address: raw.address.as_ref().map(|a| {
                    let a = a.get_ref();
                    if a.latitude.is_some() != a.longitude.is_some() {
                        p.error(
                            &raw.visibility,
                            "an address needs both `latitude` and `longitude`, or neither",
                        );
                    }
                    if Area::parse(&a.province).is_none() || a.province == "CA" {
                        p.error(
                            &raw.visibility,
                            format!(
                                "the address's province `{}` is not a province or territory code",
                                a.province
                            ),
                        );
                    }
                    a.clone()
                }),
            }
        }
        other @ ("area" | "phone") => {
            let what = if other == "area" {
                "a city or region at most (`place`)"
            } else {
                "no place at all"
            };
            if let Some(address) = &raw.address {
                p.error(address, format!("service `{key}` is `visibility = \"{other}\"`, which publishes {what}: it cannot hold an address. Remove the address (keep it out of this repository), or make the service `public` if the organisation agreed in writing to show it"));
            }
            for coordinate in [&raw.latitude, &raw.longitude].into_iter().flatten() {
                p.error(coordinate, format!("service `{key}` is `visibility = \"{other}\"`, which publishes {what}: it cannot hold coordinates"));
            }
            if other == "phone" {
                if let Some(place) = &raw.place {
                    p.error(place, format!("service `{key}` is `visibility = \"phone\"`, which publishes no place: remove `place`, or use `visibility = \"area\"`"));
                }
                Reach::Phone
            } else {
                Reach::Area { place }
            }
        }
        other => {
            p.error(
                &raw.visibility,
                format!("unknown visibility `{other}`; expected public, area or phone"),
            );
            Reach::Phone
        }
    };
    let mut areas = Vec::new();
    for code in raw.areas.get_ref() {
        match Area::parse(code.get_ref()) {
            Some(area) => areas.push(area),
            None => p.error(code, format!("unknown area `{}`; expected CA (all of Canada) or a province or territory code: {}", code.get_ref(), super::REGIONS.join(" "))),
        }
    }
    if areas.is_empty() {
        p.error(
            &raw.areas,
            "`areas` is empty: name where the service is offered (CA for all of Canada)",
        );
    }
    let types = terms(p, &raw.types, &TYPES, "service type");
    if types.is_empty() {
        p.error(
            &raw.key,
            format!(
                "service `{key}` needs at least one of `types`: {}",
                TYPES.join(", ")
            ),
        );
    }
    let populations = terms(p, &raw.populations, &POPULATIONS, "population");
    let trafficking = terms(p, &raw.trafficking, &TRAFFICKING, "form of trafficking");
    let languages = raw
        .languages
        .iter()
        .map(|code| {
            let c = code.get_ref();
            if c.len() != 3 || !c.bytes().all(|b| b.is_ascii_lowercase()) {
                p.error(code, format!("language `{c}` is not an ISO 639-3 code (three lowercase letters, e.g. eng, fra, cre)"));
            }
            c.clone()
        })
        .collect();
    let phones = raw
        .phones
        .iter()
        .map(|phone| {
            let ph = phone.get_ref();
            let kind = PhoneKind::parse(ph.kind.get_ref()).unwrap_or_else(|| {
                p.error(&ph.kind, format!("unknown phone kind `{}`; expected voice, text or tty", ph.kind.get_ref()));
                PhoneKind::Voice
            });
            let number = ph.number.get_ref();
            let digits = number.chars().filter(char::is_ascii_digit).count();
            if digits < 3 || number.chars().any(|c| !(c.is_ascii_digit() || c == '-' || c == ' ')) {
                p.error(&ph.number, format!("phone number `{number}`: write digits separated by hyphens, e.g. 1-800-668-6868"));
            }
            Phone {
                number: number.clone(),
                kind,
            }
        })
        .collect();
    Service {
        key: key.clone(),
        id: raw.id.get_ref().clone(),
        reach,
        areas,
        types,
        populations,
        trafficking,
        languages,
        open_24_7: raw.open_24_7,
        phones,
        chat: raw.chat.as_ref().and_then(|c| https_url(p, c, "chat")),
        website: raw
            .website
            .as_ref()
            .and_then(|w| https_url(p, w, "website")),
    }
}

fn terms(
    p: &mut Problems,
    given: &[Spanned<String>],
    vocabulary: &[&'static str],
    what: &str,
) -> Vec<&'static str> {
    given
        .iter()
        .filter_map(|t| {
            let found = vocabulary
                .iter()
                .find(|v| **v == t.get_ref().as_str())
                .copied();
            if found.is_none() {
                p.error(
                    t,
                    format!(
                        "unknown {what} `{}`; expected one of: {}",
                        t.get_ref(),
                        vocabulary.join(", ")
                    ),
                );
            }
            found
        })
        .collect()
}

fn https_url(p: &mut Problems, url: &Spanned<String>, field: &str) -> Option<String> {
    let u = url.get_ref();
    if u.starts_with("https://") && u.len() > 8 && !u.contains(char::is_whitespace) {
        Some(u.clone())
    } else {
        p.error(url, format!("`{field}` `{u}` must be an https:// address"));
        None
    }
}

fn check_uuid(p: &mut Problems, id: &Spanned<String>, what: &str) {
    let s = id.get_ref();
    let groups: Vec<usize> = s.split('-').map(str::len).collect();
    let ok = groups == [8, 4, 4, 4, 12]
        && s.bytes()
            .all(|b| b == b'-' || b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    if !ok {
        p.error(id, format!("{what} `{s}` is not a lowercase UUID (HSDS ids are UUIDs); make one with `uuidgen`"));
    }
}

/// A Canadian postal code in `text`, e.g. `M5V 3L9`.
pub(crate) fn postal_code_in(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let letter = |c: char| c.is_ascii_alphabetic();
    let digit = |c: char| c.is_ascii_digit();
    (0..chars.len()).find_map(|i| {
        let w = chars.get(i..)?;
        let (a, b, c) = (w.first()?, w.get(1)?, w.get(2)?);
        let rest = if *w.get(3)? == ' ' {
            w.get(4..7)?
        } else {
            w.get(3..6)?
        };
        let boundary = i == 0 || !chars[i - 1].is_alphanumeric();
        (boundary
            && letter(*a)
            && digit(*b)
            && letter(*c)
            && digit(rest[0])
            && letter(rest[1])
            && digit(rest[2]))
        .then(|| chars[i..i + 3].iter().collect::<String>() + "…")
    })
}

/// toml's message for an unknown field, with a word on addresses when that is what it was.
fn explain_toml(message: &str) -> String {
    let addressy = [
        "street",
        "address_1",
        "postal_code",
        "lat",
        "lon",
        "coordinates",
        "city",
    ];
    if message.starts_with("unknown field")
        && addressy.iter().any(|a| message.contains(&format!("`{a}`")))
    {
        format!("{message}\nan address belongs only in the `[services.address]` table of a `visibility = \"public\"` service")
    } else {
        message.to_string()
    }
}

fn check_unique_ids(orgs: &[Org], diags: &mut Diagnostics) {
    let mut seen = std::collections::HashMap::new();
    for org in orgs {
        for id in std::iter::once(&org.id).chain(org.services.iter().map(|s| &s.id)) {
            if let Some(first) = seen.insert(id.clone(), org.file.clone()) {
                diags.error(
                    &org.file,
                    Position::FILE,
                    format!("id {id} is also used in {}", first.display()),
                );
            }
        }
    }
}

/// Checks one organisation file's text as `load` would: `Err` holds `line:column: message`.
pub fn check_text(
    file: &Path,
    text: &str,
    locales: &[String],
    today: Date,
) -> Result<(), Vec<String>> {
    parse(file, text, locales, today).map(|_| ()).map_err(|p| {
        p.errors
            .into_iter()
            .map(|(offset, message)| {
                let at = Position::at_offset(text, offset);
                format!("{}:{}: {message}", at.line, at.column)
            })
            .collect()
    })
}

/// The `verified` date of an organisation file, if it has a readable one.
pub fn verified_day(text: &str) -> Option<Date> {
    let table: toml::Table = toml::from_str(text).ok()?;
    match table.get("verified")? {
        toml::Value::Datetime(d) => crate::content::calendar_date(d).ok(),
        _ => None,
    }
}
