//! The referral directory: other services that can help, one TOML file per organisation in
//! `content/directory/`, modelled on Open Referral HSDS 3.1.
//!
//! The model is built so that a confidential place cannot be represented: a service's
//! [`Reach`] is `Public` (may carry an address), `Area` (a city or region at most) or `Phone`
//! (no place at all), and only `Public` has a field that can hold an address. `load` refuses a
//! file that tries to give one to the others. Pages (`render::directory`), the HSDS export
//! (`hsds`) and search all read this model, so none of them can show what it cannot hold.

pub mod commands;
pub mod hsds;
mod load;
pub mod map;
pub mod postal;
pub mod urls;

use std::collections::BTreeMap;
use std::path::PathBuf;

use time::Date;

pub use load::load;

/// Provinces and territories, west to east then north: the order lists and filters use.
pub const REGIONS: [&str; 13] = [
    "BC", "AB", "SK", "MB", "ON", "QC", "NB", "NS", "PE", "NL", "YT", "NT", "NU",
];

/// Service types (`dir-type-<id>` in Fluent).
pub const TYPES: [&str; 10] = [
    "crisis",
    "counselling",
    "information",
    "shelter",
    "victim-services",
    "legal",
    "work-rights",
    "immigration",
    "report",
    "online-exploitation",
];

/// Who a service serves (`dir-pop-<id>`).
pub const POPULATIONS: [&str; 8] = [
    "anyone",
    "children-youth",
    "women",
    "indigenous",
    "migrant-workers",
    "francophone",
    "victims",
    "low-income",
];

/// Forms of trafficking a service helps with (`dir-trafficking-<id>`).
pub const TRAFFICKING: [&str; 2] = ["sex", "labour"];

/// Where a service is, as far as the public may know.
#[derive(Debug, Clone, PartialEq)]
pub enum Reach {
    /// A place people may go to: an address may be shown.
    Public {
        place: Option<String>,
        address: Option<Address>,
    },
    /// A city or region at most, never a street or a point.
    Area { place: Option<String> },
    /// Reached by phone, text or online only: no place at all.
    Phone,
}

impl Reach {
    pub fn id(&self) -> &'static str {
        match self {
            Reach::Public { .. } => "public",
            Reach::Area { .. } => "area",
            Reach::Phone => "phone",
        }
    }

    /// The city or region a person may be told, if any.
    pub fn place(&self) -> Option<&str> {
        match self {
            Reach::Public { place, .. } | Reach::Area { place } => place.as_deref(),
            Reach::Phone => None,
        }
    }

    pub fn address(&self) -> Option<&Address> {
        match self {
            Reach::Public { address, .. } => address.as_ref(),
            _ => None,
        }
    }
}

/// The street address of a public service.
#[derive(Debug, Clone, PartialEq, serde::Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Address {
    pub street: String,
    pub city: String,
    pub province: String,
    pub postal_code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latitude: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub longitude: Option<f64>,
}

/// Where a service is offered: all of Canada, or one province or territory.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Area {
    National,
    Region(&'static str),
}

impl Area {
    pub fn code(self) -> &'static str {
        match self {
            Area::National => "CA",
            Area::Region(code) => code,
        }
    }

    pub fn parse(code: &str) -> Option<Area> {
        if code == "CA" {
            return Some(Area::National);
        }
        REGIONS
            .iter()
            .find(|r| **r == code)
            .map(|r| Area::Region(r))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhoneKind {
    Voice,
    Text,
    Tty,
}

impl PhoneKind {
    pub fn id(self) -> &'static str {
        match self {
            PhoneKind::Voice => "voice",
            PhoneKind::Text => "text",
            PhoneKind::Tty => "tty",
        }
    }

    pub fn parse(id: &str) -> Option<PhoneKind> {
        match id {
            "voice" => Some(PhoneKind::Voice),
            "text" => Some(PhoneKind::Text),
            "tty" => Some(PhoneKind::Tty),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Phone {
    /// As people read and dial it: `1-800-668-6868`, `988`, `310-1818`.
    pub number: String,
    pub kind: PhoneKind,
}

impl Phone {
    /// `tel:` for voice and TTY, `sms:` for text; North American numbers get `+1`.
    pub fn href(&self) -> String {
        let digits: String = self.number.chars().filter(char::is_ascii_digit).collect();
        let dial = match digits.len() {
            11 if digits.starts_with('1') => format!("+{digits}"),
            10 => format!("+1{digits}"),
            _ => digits,
        };
        match self.kind {
            PhoneKind::Text => format!("sms:{dial}"),
            PhoneKind::Voice | PhoneKind::Tty => format!("tel:{dial}"),
        }
    }
}

/// One service an organisation offers.
#[derive(Debug, Clone, PartialEq)]
pub struct Service {
    /// Unique within its file; names the service's words in `[text.<locale>.services.<key>]`.
    pub key: String,
    /// HSDS `service.id` (a UUID).
    pub id: String,
    pub reach: Reach,
    pub areas: Vec<Area>,
    pub types: Vec<&'static str>,
    pub populations: Vec<&'static str>,
    pub trafficking: Vec<&'static str>,
    /// ISO 639-3 codes of languages staff speak.
    pub languages: Vec<String>,
    pub open_24_7: bool,
    pub phones: Vec<Phone>,
    pub chat: Option<String>,
    pub website: Option<String>,
}

impl Service {
    pub fn is_national(&self) -> bool {
        self.areas.contains(&Area::National)
    }

    pub fn serves(&self, region: &str) -> bool {
        self.areas
            .iter()
            .any(|a| *a == Area::National || a.code() == region)
    }

    /// Reached by text message, web chat or TTY.
    pub fn by_text(&self) -> bool {
        self.chat.is_some()
            || self
                .phones
                .iter()
                .any(|p| matches!(p.kind, PhoneKind::Text | PhoneKind::Tty))
    }
}

/// An organisation's words in one locale.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OrgText {
    pub name: Option<String>,
    pub description: String,
    pub services: BTreeMap<String, ServiceText>,
}

/// A service's words in one locale.
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceText {
    pub name: String,
    pub description: String,
    /// How to reach it safely (HSDS `application_process`).
    pub how_to_reach: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eligibility: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub languages_note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// One organisation: a listing.
#[derive(Debug, Clone, PartialEq)]
pub struct Org {
    pub file: PathBuf,
    /// HSDS `organization.id` (a UUID).
    pub id: String,
    /// The official name, as the organisation writes it.
    pub name: String,
    /// Replaces the slug made from the name (for two organisations with one name).
    pub slug: Option<String>,
    pub website: Option<String>,
    /// The day every fact was last checked (HSDS `service.assured_date`).
    pub verified: Date,
    pub sources: Vec<String>,
    pub services: Vec<Service>,
    /// By locale; a locale without its own words falls back to the default locale.
    pub text: BTreeMap<String, OrgText>,
}

impl Org {
    /// The words in `locale`, else in `default`.
    pub fn text<'a>(&'a self, locale: &str, default: &str) -> &'a OrgText {
        static EMPTY: std::sync::OnceLock<OrgText> = std::sync::OnceLock::new();
        self.text
            .get(locale)
            .or_else(|| self.text.get(default))
            .unwrap_or_else(|| EMPTY.get_or_init(OrgText::default))
    }

    /// The name in `locale`: the organisation's own name in that language, else its official one.
    pub fn name_in<'a>(&'a self, locale: &str) -> &'a str {
        self.text
            .get(locale)
            .and_then(|t| t.name.as_deref())
            .unwrap_or(&self.name)
    }

    /// A service's words in `locale`, else in `default`.
    pub fn service_text<'a>(
        &'a self,
        service: &Service,
        locale: &str,
        default: &str,
    ) -> Option<&'a ServiceText> {
        self.text
            .get(locale)
            .and_then(|t| t.services.get(&service.key))
            .or_else(|| self.text.get(default)?.services.get(&service.key))
    }

    pub fn serves(&self, region: &str) -> bool {
        self.services.iter().any(|s| s.serves(region))
    }

    /// Every word of the listing in `locale` (else `default`), for search.
    pub fn plain_text(&self, locale: &str, default: &str) -> String {
        let text = self.text(locale, default);
        let mut out = text.description.clone();
        for service in &self.services {
            if let Some(words) = self.service_text(service, locale, default) {
                for part in [&words.name, &words.description, &words.how_to_reach]
                    .into_iter()
                    .chain([&words.eligibility, &words.note].into_iter().flatten())
                {
                    out.push('\n');
                    out.push_str(part);
                }
            }
        }
        out
    }

    /// Every service is offered in all of Canada.
    pub fn is_national(&self) -> bool {
        self.services.iter().all(Service::is_national)
    }
}

/// Every organisation, sorted by official name (case-insensitively), and the map.
#[derive(Debug, Clone, Default)]
pub struct Directory {
    pub orgs: Vec<Org>,
    pub map: Option<map::Map>,
}

impl Directory {
    pub fn is_empty(&self) -> bool {
        self.orgs.is_empty()
    }

    /// ISO 639-3 codes spoken by any service, sorted.
    pub fn languages(&self) -> Vec<&str> {
        let mut codes: Vec<&str> = self
            .orgs
            .iter()
            .flat_map(|o| &o.services)
            .flat_map(|s| s.languages.iter().map(String::as_str))
            .collect();
        codes.sort_unstable();
        codes.dedup();
        codes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_links_dial_north_american_numbers_with_the_country_code() {
        let phone = |number: &str, kind| Phone {
            number: number.into(),
            kind,
        };
        assert_eq!(
            phone("1-800-668-6868", PhoneKind::Voice).href(),
            "tel:+18006686868"
        );
        assert_eq!(
            phone("416-314-2447", PhoneKind::Voice).href(),
            "tel:+14163142447"
        );
        assert_eq!(phone("988", PhoneKind::Text).href(), "sms:988");
        assert_eq!(phone("686868", PhoneKind::Text).href(), "sms:686868");
        assert_eq!(phone("310-1818", PhoneKind::Voice).href(), "tel:3101818");
    }

    #[test]
    fn a_national_service_serves_every_region() {
        let service = Service {
            key: "s".into(),
            id: String::new(),
            reach: Reach::Phone,
            areas: vec![Area::National],
            types: vec![],
            populations: vec![],
            trafficking: vec![],
            languages: vec![],
            open_24_7: false,
            phones: vec![],
            chat: None,
            website: None,
        };
        assert!(REGIONS.iter().all(|r| service.serves(r)));
        let ontario = Service {
            areas: vec![Area::Region("ON")],
            ..service
        };
        assert!(ontario.serves("ON") && !ontario.serves("QC"));
    }
}
