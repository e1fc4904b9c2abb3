//! Open Referral HSDS 3.1 in and out: `directory export --hsds DIR` and `directory import
//! --hsds DIR`.
//!
//! An export is a folder with `datapackage.json` and one JSON array of organisations per
//! locale (`organizations.json` in the default locale, `organizations.<locale>.json` for the
//! others), each object an HSDS `organization` with its services nested, valid against the
//! official `organization_package` schema. What HSDS has no field for (our vocabulary, the
//! visibility, a listing's sources and slug) travels as `attributes` whose taxonomy names
//! start with `hotline-site-`, so a round trip keeps every field we model.
//!
//! Only what pages may show is exported: the model cannot hold the address of a service that
//! is not `public`, and import refuses such an address rather than dropping it silently.

use std::collections::BTreeMap;

use serde_json::{json, Map as JsonMap, Value};
use sha2::{Digest, Sha256};

use super::{Address, Area, Directory, Org, PhoneKind, Service, ServiceText};

const DAYS: &str = "MO,TU,WE,TH,FR,SA,SU";
const TAXONOMY_PREFIX: &str = "hotline-site-";

/// A stable UUID-shaped id for an object HSDS wants an id for and we do not keep.
fn derived_id(parent: &str, what: &str, index: usize) -> String {
    let hash = Sha256::digest(format!("{parent}/{what}/{index}"));
    let hex: String = hash.iter().take(16).map(|b| format!("{b:02x}")).collect();
    format!(
        "{}-{}-8{}-a{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[13..16],
        &hex[17..20],
        &hex[20..32]
    )
}

/// The file an export writes for `locale`.
pub fn file_name(locale: &str, default: &str) -> String {
    if locale == default {
        "organizations.json".to_string()
    } else {
        format!("organizations.{locale}.json")
    }
}

/// `(file name, JSON)` of every file of the export.
pub fn export(directory: &Directory, locales: &[String]) -> Vec<(String, Value)> {
    let default = locales.first().map_or("en", String::as_str);
    let mut files = Vec::new();
    let mut resources = Vec::new();
    for locale in locales {
        let name = file_name(locale, default);
        let orgs: Vec<Value> = directory
            .orgs
            .iter()
            .map(|o| organization(o, locale, default))
            .collect();
        resources.push(json!({
            "name": format!("organizations-{}", locale.to_lowercase()),
            "path": name,
            "format": "json",
            "mediatype": "application/json",
            "profile": "https://raw.githubusercontent.com/openreferral/specification/3.1/schema/compiled/organization_package.json",
            "description": format!("Organisations and their services, in the language {locale}"),
        }));
        files.push((name, Value::Array(orgs)));
    }
    files.insert(
        0,
        (
            "datapackage.json".to_string(),
            json!({
                "name": "human_services_data",
                "title": "Referral directory",
                "profile": "data-package",
                "version": "3.1",
                "licenses": [{"name": "CC-BY-4.0"}],
                "resources": resources,
            }),
        ),
    );
    files
}

fn term(taxonomy: &str, code: &str) -> Value {
    let taxonomy = format!("{TAXONOMY_PREFIX}{taxonomy}");
    json!({
        "id": derived_id(&taxonomy, code, 0),
        "code": code,
        "name": code,
        "description": format!("{taxonomy}: {code}"),
        "taxonomy": taxonomy,
    })
}

fn attribute(owner: &str, index: usize, taxonomy: &str, code: &str, value: Option<&str>) -> Value {
    let mut a = json!({
        "id": derived_id(owner, "attribute", index),
        "taxonomy_term": term(taxonomy, code),
    });
    if let Some(value) = value {
        a["value"] = json!(value);
    }
    a
}

fn organization(org: &Org, locale: &str, default: &str) -> Value {
    let text = org.text(locale, default);
    let mut o = JsonMap::new();
    o.insert("id".into(), json!(org.id));
    o.insert("name".into(), json!(org.name));
    if let Some(name) = &org.text.get(locale).and_then(|t| t.name.clone()) {
        o.insert("alternate_name".into(), json!(name));
    }
    o.insert("description".into(), json!(text.description));
    if let Some(w) = &org.website {
        o.insert("website".into(), json!(w));
    }
    let mut attributes: Vec<Value> = org
        .sources
        .iter()
        .enumerate()
        .map(|(i, s)| attribute(&org.id, i, "source", "source", Some(s)))
        .collect();
    if let Some(slug) = &org.slug {
        attributes.push(attribute(
            &org.id,
            attributes.len(),
            "slug",
            "slug",
            Some(slug),
        ));
    }
    o.insert("attributes".into(), Value::Array(attributes));
    let services = org
        .services
        .iter()
        .map(|s| service(org, s, org.service_text(s, locale, default)))
        .collect();
    o.insert("services".into(), Value::Array(services));
    Value::Object(o)
}

fn service(org: &Org, s: &Service, text: Option<&ServiceText>) -> Value {
    let text = text.cloned().unwrap_or_default();
    let mut v = JsonMap::new();
    v.insert("id".into(), json!(s.id));
    v.insert("organization_id".into(), json!(org.id));
    v.insert("name".into(), json!(text.name));
    v.insert("description".into(), json!(text.description));
    v.insert("status".into(), json!("active"));
    v.insert("application_process".into(), json!(text.how_to_reach));
    v.insert("assured_date".into(), json!(org.verified.to_string()));
    if let Some(url) = &s.website {
        v.insert("url".into(), json!(url));
    }
    if let Some(e) = &text.eligibility {
        v.insert("eligibility_description".into(), json!(e));
    }
    if let Some(n) = &text.languages_note {
        v.insert("interpretation_services".into(), json!(n));
    }
    if let Some(n) = &text.note {
        v.insert("alert".into(), json!(n));
    }
    if let Some(chat) = &s.chat {
        v.insert(
            "additional_urls".into(),
            json!([{"id": derived_id(&s.id, "chat", 0), "label": "chat", "url": chat}]),
        );
    }
    let phones: Vec<Value> = s
        .phones
        .iter()
        .enumerate()
        .map(|(i, p)| {
            json!({
                "id": derived_id(&s.id, "phone", i),
                "number": p.number,
                "type": match p.kind { PhoneKind::Voice => "voice", PhoneKind::Text => "text", PhoneKind::Tty => "textphone" },
            })
        })
        .collect();
    v.insert("phones".into(), Value::Array(phones));
    let schedule = if s.open_24_7 {
        Some(json!({
            "id": derived_id(&s.id, "schedule", 0),
            "freq": "WEEKLY",
            "byday": DAYS,
            "opens_at": "00:00",
            "closes_at": "23:59",
            "description": text.hours.clone().unwrap_or_else(|| "24/7".into()),
        }))
    } else {
        text.hours
            .as_ref()
            .map(|h| json!({"id": derived_id(&s.id, "schedule", 0), "description": h}))
    };
    v.insert(
        "schedules".into(),
        Value::Array(schedule.into_iter().collect()),
    );
    let areas: Vec<Value> = s
        .areas
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let extent = match a {
                Area::National => "CA".to_string(),
                Area::Region(code) => format!("CA-{code}"),
            };
            json!({"id": derived_id(&s.id, "area", i), "name": extent, "extent": extent, "extent_type": "text"})
        })
        .collect();
    v.insert("service_areas".into(), Value::Array(areas));
    let languages: Vec<Value> = s
        .languages
        .iter()
        .enumerate()
        .map(|(i, code)| json!({"id": derived_id(&s.id, "language", i), "code": code}))
        .collect();
    v.insert("languages".into(), Value::Array(languages));
    let mut attributes = vec![
        attribute(&s.id, 0, "visibility", s.reach.id(), None),
        attribute(&s.id, 1, "key", "key", Some(&s.key)),
    ];
    for (taxonomy, terms) in [
        ("service-type", &s.types),
        ("population", &s.populations),
        ("trafficking", &s.trafficking),
    ] {
        for t in terms {
            attributes.push(attribute(&s.id, attributes.len(), taxonomy, t, None));
        }
    }
    if let Some(place) = s.reach.place() {
        attributes.push(attribute(
            &s.id,
            attributes.len(),
            "place",
            "place",
            Some(place),
        ));
    }
    v.insert("attributes".into(), Value::Array(attributes));
    if let Some(a) = s.reach.address() {
        let mut location = json!({
            "id": derived_id(&s.id, "location", 0),
            "location_type": "physical",
            "addresses": [{
                "id": derived_id(&s.id, "address", 0),
                "address_1": a.street,
                "city": a.city,
                "state_province": a.province,
                "postal_code": a.postal_code,
                "country": "CA",
                "address_type": "physical",
            }],
        });
        if let (Some(lat), Some(lon)) = (a.latitude, a.longitude) {
            location["latitude"] = json!(lat);
            location["longitude"] = json!(lon);
        }
        v.insert(
            "service_at_locations".into(),
            json!([{"id": derived_id(&s.id, "service_at_location", 0), "service_id": s.id, "location_id": derived_id(&s.id, "location", 0), "location": location}]),
        );
    }
    Value::Object(v)
}

/// How import fills what a datapackage from elsewhere does not say.
#[derive(Debug, Clone)]
pub struct ImportDefaults {
    /// Visibility of a service without a `hotline-site-visibility` attribute.
    pub visibility: String,
    /// Area of a service whose areas are not Canadian codes.
    pub area: String,
    /// Service type of a service without a `hotline-site-service-type` attribute.
    pub service_type: String,
    /// `verified` when no service has an `assured_date`.
    pub verified: String,
}

/// One organisation ready to be written: `(file stem, TOML, notes for the person importing)`.
pub type Imported = (String, String, Vec<String>);

/// Turns the organisations of each locale's file into our TOML files. `files` holds
/// `(locale, JSON)`, the default locale first. Refuses (every problem listed) any address or
/// coordinates of a service that is not `public`, and anything it cannot read.
pub fn import(
    files: &[(String, Value)],
    defaults: &ImportDefaults,
) -> Result<Vec<Imported>, Vec<String>> {
    let mut problems = Vec::new();
    let Some((_, first)) = files.first() else {
        return Err(vec!["no organizations.json to import".into()]);
    };
    let orgs = as_orgs(first);
    let mut out = Vec::new();
    let mut stems = std::collections::HashSet::new();
    for org in orgs {
        let id = str_of(org, "id");
        let name = str_of(org, "name");
        let mut notes = Vec::new();
        let attributes = attributes_of(org);
        let sources: Vec<String> = attributes
            .iter()
            .filter(|(t, _, _)| t == "source")
            .filter_map(|(_, _, v)| v.clone())
            .collect();
        let slug = attributes
            .iter()
            .find(|(t, _, _)| t == "slug")
            .and_then(|(_, _, v)| v.clone());
        let mut services = Vec::new();
        let mut verified: Option<String> = None;
        for (i, s) in array_of(org, "services").iter().enumerate() {
            let service_name = str_of(s, "name");
            let own_key = attributes_of(s)
                .into_iter()
                .find(|(t, _, _)| t == "key")
                .and_then(|(_, _, v)| v);
            let key = match own_key.unwrap_or_else(|| crate::content::slug::url_slug(&service_name))
            {
                k if !k.is_empty()
                    && k.is_ascii()
                    && !services.iter().any(|x: &ServiceOut| x.key == k) =>
                {
                    k
                }
                _ => format!("service-{}", i + 1),
            };
            match service_in(s, &key, defaults, &mut notes) {
                Ok(out) => services.push(out),
                Err(e) => problems.push(format!("{name} ({id}), service {service_name}: {e}")),
            }
            if let Some(date) = s.get("assured_date").and_then(Value::as_str) {
                let date = date.get(..10).unwrap_or(date).to_string();
                if verified.as_ref().is_none_or(|v| date < *v) {
                    verified = Some(date);
                }
            }
        }
        if sources.is_empty() {
            notes.push(format!(
                "{name}: no source: add the URLs where its facts can be checked to `sources`"
            ));
        }
        let verified = verified.unwrap_or_else(|| {
            notes.push(format!(
                "{name}: no assured_date: `verified` set to {}",
                defaults.verified
            ));
            defaults.verified.clone()
        });
        let keys: BTreeMap<&str, &str> = array_of(org, "services")
            .iter()
            .zip(&services)
            .map(|(s, out)| {
                (
                    s.get("id").and_then(Value::as_str).unwrap_or(""),
                    out.key.as_str(),
                )
            })
            .collect();
        // A locale's file repeats the default words where it has none of its own: those
        // are not translations, and are not written.
        let mut text = BTreeMap::new();
        let default_text = org_text(org, &keys);
        for (locale, file) in files {
            if let Some(localized) = as_orgs(file).into_iter().find(|o| str_of(o, "id") == id) {
                let words = org_text(localized, &keys);
                if text.is_empty() || words != default_text {
                    text.insert(locale.clone(), words);
                }
            }
        }
        let stem = unique_stem(&crate::content::slug::url_slug(&name), &id, &mut stems);
        let file = OrgOut {
            id: id.clone(),
            name: name.clone(),
            slug,
            website: org
                .get("website")
                .and_then(Value::as_str)
                .filter(|w| w.starts_with("https://"))
                .map(str::to_string),
            verified: match verified.parse() {
                Ok(date) => date,
                Err(_) => {
                    problems.push(format!(
                        "{name} ({id}): assured_date `{verified}` is not a date"
                    ));
                    continue;
                }
            },
            sources: if sources.is_empty() {
                vec!["https://example.invalid/add-a-source".into()]
            } else {
                sources
            },
            services,
            text,
        };
        match toml::to_string(&file) {
            Ok(toml_text) => out.push((stem, toml_text, notes)),
            Err(e) => problems.push(format!("{name} ({id}): cannot write TOML: {e}")),
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

#[derive(serde::Serialize)]
struct OrgOut {
    id: String,
    name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    slug: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    website: Option<String>,
    verified: toml::value::Datetime,
    sources: Vec<String>,
    services: Vec<ServiceOut>,
    text: BTreeMap<String, TextOut>,
}

#[derive(serde::Serialize)]
struct ServiceOut {
    key: String,
    id: String,
    visibility: String,
    areas: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    place: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    address: Option<Address>,
    types: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    populations: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    trafficking: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    languages: Vec<String>,
    open_24_7: bool,
    phones: Vec<PhoneOut>,
    #[serde(skip_serializing_if = "Option::is_none")]
    chat: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    website: Option<String>,
}

#[derive(serde::Serialize)]
struct PhoneOut {
    number: String,
    kind: String,
}

#[derive(serde::Serialize, PartialEq)]
struct TextOut {
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    description: String,
    services: BTreeMap<String, ServiceText>,
}

fn as_orgs(v: &Value) -> Vec<&Value> {
    match v {
        Value::Array(items) => items.iter().collect(),
        // A single organization object, or an HSDS API page of them.
        Value::Object(o) => match o.get("contents") {
            Some(Value::Array(items)) => items.iter().collect(),
            _ => vec![v],
        },
        _ => Vec::new(),
    }
}

fn str_of(v: &Value, key: &str) -> String {
    v.get(key).and_then(Value::as_str).unwrap_or("").to_string()
}

fn opt_str(v: &Value, key: &str) -> Option<String> {
    v.get(key)
        .and_then(Value::as_str)
        .filter(|s| !s.trim().is_empty())
        .map(str::to_string)
}

fn array_of<'a>(v: &'a Value, key: &str) -> &'a [Value] {
    v.get(key)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// `(taxonomy without our prefix, code, value)` of our own attributes.
fn attributes_of(v: &Value) -> Vec<(String, String, Option<String>)> {
    array_of(v, "attributes")
        .iter()
        .filter_map(|a| {
            let term = a.get("taxonomy_term")?;
            let taxonomy = term
                .get("taxonomy")?
                .as_str()?
                .strip_prefix(TAXONOMY_PREFIX)?;
            Some((
                taxonomy.to_string(),
                str_of(term, "code"),
                opt_str(a, "value"),
            ))
        })
        .collect()
}

/// An organisation's words in one locale; services found by id, named by their `keys`.
fn org_text(org: &Value, keys: &BTreeMap<&str, &str>) -> TextOut {
    let services = array_of(org, "services")
        .iter()
        .filter_map(|s| {
            let key = keys.get(s.get("id")?.as_str()?)?;
            Some((
                key.to_string(),
                ServiceText {
                    name: str_of(s, "name"),
                    description: str_of(s, "description"),
                    how_to_reach: str_of(s, "application_process"),
                    eligibility: opt_str(s, "eligibility_description"),
                    hours: array_of(s, "schedules")
                        .first()
                        .and_then(|sch| opt_str(sch, "description"))
                        .filter(|d| d != "24/7"),
                    languages_note: opt_str(s, "interpretation_services"),
                    note: opt_str(s, "alert"),
                },
            ))
        })
        .collect();
    TextOut {
        name: opt_str(org, "alternate_name"),
        description: str_of(org, "description"),
        services,
    }
}

fn service_in(
    s: &Value,
    key: &str,
    defaults: &ImportDefaults,
    notes: &mut Vec<String>,
) -> Result<ServiceOut, String> {
    let attributes = attributes_of(s);
    let codes = |taxonomy: &str| -> Vec<String> {
        attributes
            .iter()
            .filter(|(t, _, _)| t == taxonomy)
            .map(|(_, c, _)| c.clone())
            .collect()
    };
    let visibility = codes("visibility")
        .into_iter()
        .next()
        .unwrap_or_else(|| defaults.visibility.clone());
    let place = attributes
        .iter()
        .find(|(t, _, _)| t == "place")
        .and_then(|(_, _, v)| v.clone());
    let mut address = None;
    for sal in array_of(s, "service_at_locations") {
        let Some(location) = sal.get("location") else {
            continue;
        };
        let has_point = location.get("latitude").is_some_and(|v| !v.is_null())
            || location.get("longitude").is_some_and(|v| !v.is_null());
        let addresses = array_of(location, "addresses");
        if (has_point || !addresses.is_empty()) && visibility != "public" {
            return Err(format!(
                "it has an address or coordinates but its visibility is `{visibility}`: refused. Import it with `--visibility public` only if the organisation agreed in writing to publish that address"
            ));
        }
        if let Some(a) = addresses.first() {
            let mut province = str_of(a, "state_province");
            if Area::parse(&province).is_none_or(|a| a == Area::National) {
                notes.push(format!(
                    "service `{key}`: address province `{province}` is not a Canadian province or territory code: set to {}; check it",
                    defaults.area
                ));
                province = defaults.area.clone();
            }
            address = Some(Address {
                street: str_of(a, "address_1"),
                city: str_of(a, "city"),
                province,
                postal_code: str_of(a, "postal_code"),
                latitude: location.get("latitude").and_then(Value::as_f64),
                longitude: location.get("longitude").and_then(Value::as_f64),
            });
        }
    }
    let mut areas: Vec<String> = array_of(s, "service_areas")
        .iter()
        .filter_map(|a| {
            let extent = opt_str(a, "extent").or_else(|| opt_str(a, "name"))?;
            let code = extent.strip_prefix("CA-").unwrap_or(&extent).to_string();
            Area::parse(&code).map(|a| a.code().to_string())
        })
        .collect();
    if areas.is_empty() {
        notes.push(format!(
            "service `{key}`: no Canadian service area: set to {}",
            defaults.area
        ));
        areas.push(defaults.area.clone());
    }
    let mut types = codes("service-type");
    if types.is_empty() {
        notes.push(format!(
            "service `{key}`: no hotline-site service type: set to {}",
            defaults.service_type
        ));
        types.push(defaults.service_type.clone());
    }
    let open_24_7 = array_of(s, "schedules").iter().any(|sch| {
        str_of(sch, "byday") == DAYS
            && str_of(sch, "opens_at") == "00:00"
            && str_of(sch, "closes_at") == "23:59"
    });
    let phones = array_of(s, "phones")
        .iter()
        .map(|p| PhoneOut {
            number: normalize_number(&str_of(p, "number")),
            kind: match str_of(p, "type").as_str() {
                "text" => "text",
                "textphone" => "tty",
                _ => "voice",
            }
            .to_string(),
        })
        .filter(|p| p.number.len() >= 3)
        .collect();
    let chat = array_of(s, "additional_urls")
        .iter()
        .find(|u| str_of(u, "label") == "chat")
        .and_then(|u| opt_str(u, "url"));
    Ok(ServiceOut {
        key: key.to_string(),
        id: str_of(s, "id"),
        visibility: visibility.clone(),
        areas,
        place: if visibility == "phone" { None } else { place },
        address: if visibility == "public" {
            address
        } else {
            None
        },
        types,
        populations: codes("population"),
        trafficking: codes("trafficking"),
        languages: array_of(s, "languages")
            .iter()
            .filter_map(|l| opt_str(l, "code"))
            .filter(|c| c.len() == 3)
            .collect(),
        open_24_7,
        phones,
        chat,
        website: opt_str(s, "url").filter(|u| u.starts_with("https://")),
    })
}

/// A number as the directory writes it: kept as it is when it is already digits and
/// hyphens, else digits in hyphenated groups (other characters dropped).
fn normalize_number(number: &str) -> String {
    let number = number.trim();
    if !number.is_empty() && number.chars().all(|c| c.is_ascii_digit() || c == '-') {
        return number.to_string();
    }
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    match digits.len() {
        11 if digits.starts_with('1') => {
            format!("1-{}-{}-{}", &digits[1..4], &digits[4..7], &digits[7..])
        }
        10 => format!("{}-{}-{}", &digits[..3], &digits[3..6], &digits[6..]),
        _ => digits,
    }
}

fn unique_stem(base: &str, id: &str, used: &mut std::collections::HashSet<String>) -> String {
    let base = if base.is_empty() || !base.is_ascii() {
        format!("org-{}", &id.get(..8).unwrap_or(id))
    } else {
        base.to_string()
    };
    let mut stem = base.clone();
    let mut n = 2;
    while !used.insert(stem.clone()) {
        stem = format!("{base}-{n}");
        n += 1;
    }
    stem
}
