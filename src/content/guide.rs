//! Indicator guides: the `[guide]` table's vocabulary and its validation.

use time::Date;

use super::front_matter::{GuideMatter, Source};

/// Who a guide is for. Labels live in Fluent as `audience-<id>`.
pub const AUDIENCES: &[&str] = &[
    "public",
    "workers",
    "youth",
    "parents",
    "educators",
    "employers",
    "health-care",
    "hospitality",
    "transport",
    "finance",
    "survivors",
];

/// Where the signs are seen. Labels live in Fluent as `setting-<id>`.
pub const SETTINGS: &[&str] = &[
    "any",
    "workplace",
    "home",
    "online",
    "hotels",
    "health-care",
    "transport",
    "farms",
    "schools",
    "finance",
];

/// A validated `[guide]` table.
#[derive(Debug, Clone)]
pub struct Guide {
    pub audiences: Vec<String>,
    pub settings: Vec<String>,
    pub reviewed: Date,
    pub sources: Vec<Source>,
}

impl Guide {
    /// Checks the vocabulary; returns the guide, or everything wrong as `(field, message)`.
    pub fn from_matter(m: &GuideMatter) -> Result<Guide, Vec<(&'static str, String)>> {
        let mut errors = Vec::new();
        check_words(
            &m.audiences,
            AUDIENCES,
            "audience",
            "audiences",
            &mut errors,
        );
        check_words(&m.settings, SETTINGS, "setting", "settings", &mut errors);
        for s in &m.sources {
            if let Some(url) = &s.url {
                if !url.starts_with("https://") && !url.starts_with("http://") {
                    errors.push((
                        "url",
                        format!("source URL `{url}` must start with https://"),
                    ));
                }
            }
        }
        let reviewed = match super::calendar_date(&m.reviewed) {
            Ok(d) => Some(d),
            Err(e) => {
                errors.push(("reviewed", format!("`reviewed`: {e}")));
                None
            }
        };
        match reviewed {
            Some(reviewed) if errors.is_empty() => Ok(Guide {
                audiences: m.audiences.clone(),
                settings: m.settings.clone(),
                reviewed,
                sources: m.sources.clone(),
            }),
            _ => Err(errors),
        }
    }
}

fn check_words(
    words: &[String],
    allowed: &[&str],
    what: &str,
    field: &'static str,
    errors: &mut Vec<(&'static str, String)>,
) {
    if words.is_empty() {
        errors.push((field, format!("a guide needs at least one {what}")));
    }
    for w in words {
        if !allowed.contains(&w.as_str()) {
            errors.push((
                field,
                format!(
                    "unknown {what} `{w}`; expected one of: {}",
                    allowed.join(", ")
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matter(audiences: &[&str], reviewed: &str) -> GuideMatter {
        GuideMatter {
            audiences: audiences.iter().map(|s| s.to_string()).collect(),
            settings: vec!["any".into()],
            reviewed: reviewed.parse().unwrap(),
            sources: vec![],
        }
    }

    #[test]
    fn known_words_pass() {
        let g = Guide::from_matter(&matter(&["public", "workers"], "2026-11-01")).unwrap();
        assert_eq!(g.reviewed.to_string(), "2026-11-01");
    }

    #[test]
    fn unknown_audience_and_impossible_date_are_reported_together() {
        let errors = Guide::from_matter(&matter(&["aliens"], "2026-02-01T10:00:00")).unwrap_err();
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert_eq!(errors[0].0, "audiences");
        assert!(errors[0].1.contains("aliens"));
        assert_eq!(errors[1].0, "reviewed");
    }
}
