//! `content/site.toml`: what an organisation changes to run its own hotline's site.
//!
//! Words shown to visitors live in Fluent (`locales/`), not here: this file holds facts
//! (numbers, addresses, URLs) and structure (locales, required pages, navigation).

use std::path::Path;

use serde::Deserialize;
use unic_langid::LanguageIdentifier;

use crate::diagnostics::{Diagnostics, Position};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteConfig {
    /// Absolute URL the site is published at, without a trailing slash; used for canonical
    /// links, Open Graph and the sitemap. Never used to build redirects.
    pub base_url: String,
    pub default_locale: String,
    /// Locales in the order the language switcher shows them.
    pub locales: Vec<String>,
    /// Translation keys of pages every locale must have.
    #[serde(default)]
    pub required: Vec<String>,
    /// Translation keys of the pages in the main navigation, in order.
    #[serde(default)]
    pub nav: Vec<String>,
    /// Whether every page gets a social card image (link previews). On by default; a very
    /// large corpus may turn it off to keep exports fast.
    #[serde(default = "default_true")]
    pub social_cards: bool,
    /// The reading level `check` warns above, as a school grade (English and French pages).
    #[serde(default = "default_reading_grade")]
    pub reading_grade: f64,
    pub hotline: Hotline,
    pub quick_exit: QuickExit,
    /// The online tip form; off until `recipients` names at least one key.
    #[serde(default)]
    pub tips: Tips,
}

/// `[tips]`: who can read tips, and how many the form takes.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Tips {
    /// The translation key of the page that holds the form.
    pub page: String,
    /// age X25519 public keys (`age1…`) every tip is sealed to, e.g. a working key and an
    /// escrow key. Never a key whose private half is on the server. Empty: no form.
    pub recipients: Vec<String>,
    /// For `export`: the origin of a `serve` that takes tips for the static site, e.g.
    /// `https://tips.hotline.example.ca`. Without it the exported page has no form.
    pub post_url: Option<String>,
    /// Days a tip waits to be pulled by staff before it is deleted unread.
    pub retention_days: i64,
    /// Tips accepted per hour from one client address.
    pub per_client_per_hour: u32,
    /// Tips accepted per hour from everyone, per replica.
    pub global_per_hour: u32,
}

impl Default for Tips {
    fn default() -> Self {
        Tips {
            page: "report".into(),
            recipients: Vec::new(),
            post_url: None,
            retention_days: 30,
            per_client_per_hour: 10,
            global_per_hour: 1000,
        }
    }
}

impl Tips {
    /// Whether the form is on: at least one recipient to seal to.
    pub fn enabled(&self) -> bool {
        !self.recipients.is_empty()
    }
}

fn default_true() -> bool {
    true
}

fn default_reading_grade() -> f64 {
    8.0
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hotline {
    /// As people dial it, e.g. `1-833-900-1010`.
    pub phone: String,
    /// E.164, used in `tel:` links, e.g. `+18339001010`.
    pub phone_e164: String,
    /// A text/SMS number, only where the hotline really has one.
    pub sms: Option<String>,
    pub chat_url: Option<String>,
    pub email: Option<String>,
    pub tip_url: Option<String>,
    /// Whether the hotline offers TTY (through `tty_number` if it has a separate one).
    #[serde(default)]
    pub tty: bool,
    pub tty_number: Option<String>,
    /// The emergency number for immediate danger, e.g. `911`.
    pub emergency: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuickExit {
    /// The neutral page the exit goes to. Must be an absolute `https://` URL.
    pub url: String,
}

impl SiteConfig {
    /// Parses `site.toml`, reporting every problem into `diags` against `path`.
    pub fn parse(path: &Path, text: &str, diags: &mut Diagnostics) -> Option<SiteConfig> {
        let config: SiteConfig = match toml::from_str(text) {
            Ok(c) => c,
            Err(e) => {
                let pos = e
                    .span()
                    .map_or(Position::FILE, |s| Position::at_offset(text, s.start));
                diags.error(path, pos, toml_message(&e));
                return None;
            }
        };
        config.validate(path, text, diags);
        Some(config)
    }

    fn validate(&self, path: &Path, text: &str, diags: &mut Diagnostics) {
        let at = |key: &str| Position::of_key(text, 0, key);
        if !is_absolute_http_url(&self.base_url) || self.base_url.ends_with('/') {
            diags.error(
                path,
                at("base_url"),
                "`base_url` must be an absolute http(s) URL without a trailing slash",
            );
        }
        if !self.quick_exit.url.starts_with("https://")
            || !is_absolute_http_url(&self.quick_exit.url)
        {
            diags.error(
                path,
                at("url"),
                "`quick_exit.url` must be an absolute https:// URL of a neutral site",
            );
        }
        if self.locales.is_empty() {
            diags.error(
                path,
                at("locales"),
                "`locales` must list at least one locale",
            );
        }
        for id in &self.locales {
            match id.parse::<LanguageIdentifier>() {
                Ok(parsed) if parsed.to_string() == *id => {}
                Ok(parsed) => diags.error(
                    path,
                    at("locales"),
                    format!("locale `{id}` should be written `{parsed}` (BCP 47 canonical form)"),
                ),
                Err(_) => diags.error(
                    path,
                    at("locales"),
                    format!("`{id}` is not a BCP 47 language tag"),
                ),
            }
        }
        if !self.locales.contains(&self.default_locale) {
            diags.error(
                path,
                at("default_locale"),
                format!(
                    "`default_locale` \"{}\" is not one of `locales`",
                    self.default_locale
                ),
            );
        }
        let digits = self.hotline.phone_e164.trim_start_matches('+');
        if !self.hotline.phone_e164.starts_with('+')
            || digits.is_empty()
            || !digits.bytes().all(|b| b.is_ascii_digit())
        {
            diags.error(
                path,
                at("phone_e164"),
                "`hotline.phone_e164` must be + followed by digits, e.g. +18339001010",
            );
        }
        self.validate_tips(path, text, diags);
    }

    fn validate_tips(&self, path: &Path, text: &str, diags: &mut Diagnostics) {
        let tips = &self.tips;
        let at = |key: &str| {
            let table = text.find("[tips]").unwrap_or(0);
            Position::of_key(text, table, key)
        };
        if let Err(message) = crate::tips::seal::parse_recipients(&tips.recipients) {
            diags.error(
                path,
                at("recipients"),
                format!("`tips.recipients`: {message}"),
            );
        }
        if let Some(url) = &tips.post_url {
            let host = url.split_once("://").map_or("", |(_, host)| host);
            if !is_absolute_http_url(url) || host.contains('/') {
                diags.error(
                    path,
                    at("post_url"),
                    "`tips.post_url` must be an origin, like https://tips.example.org (no path, no trailing slash)",
                );
            }
        }
        if !(1..=3650).contains(&tips.retention_days) {
            diags.error(
                path,
                at("retention_days"),
                "`tips.retention_days` must be between 1 and 3650",
            );
        }
        if tips.per_client_per_hour == 0 || tips.global_per_hour == 0 {
            diags.error(
                path,
                at("per_client_per_hour"),
                "`tips` caps must be at least 1 per hour",
            );
        }
    }

    /// Whether the locale's script reads right to left, from its likely script: `ar` yes;
    /// `pa` (Gurmukhi), `zh-Hans`, `uk` no; `pa-Arab` (Shahmukhi) yes.
    pub fn is_rtl(locale: &str) -> bool {
        locale
            .parse::<LanguageIdentifier>()
            .map(|l| l.character_direction() == unic_langid::CharacterDirection::RTL)
            .unwrap_or(false)
    }
}

fn is_absolute_http_url(url: &str) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    matches!(rest, Some(host) if !host.is_empty() && !host.starts_with('/'))
        && !url
            .chars()
            .any(|c| c.is_whitespace() || c == '"' || c == '<' || c == '>')
}

/// toml's messages repeat the source excerpt; keep only the explanation.
pub fn toml_message(e: &toml::de::Error) -> String {
    e.message().trim().to_string()
}

#[cfg(test)]
mod tests {
    #[test]
    fn direction_follows_the_script_not_just_the_language() {
        for (locale, rtl) in [
            ("ar", true),
            ("pa", false),
            ("pa-Arab", true),
            ("en", false),
            ("fr", false),
            ("zh-Hans", false),
            ("uk", false),
            ("he", true),
        ] {
            assert_eq!(SiteConfig::is_rtl(locale), rtl, "{locale}");
        }
    }

    use super::*;

    const GOOD: &str = r#"
base_url = "https://hotline.example.ca"
default_locale = "en"
locales = ["en", "fr"]
[hotline]
phone = "1-833-900-1010"
phone_e164 = "+18339001010"
emergency = "911"
[quick_exit]
url = "https://weather.gc.ca/"
"#;

    fn parse(text: &str) -> (Option<SiteConfig>, Diagnostics) {
        let mut d = Diagnostics::default();
        let c = SiteConfig::parse(Path::new("site.toml"), text, &mut d);
        (c, d)
    }

    #[test]
    fn good_config_parses() {
        let (c, d) = parse(GOOD);
        assert!(!d.has_errors(), "{:?}", d);
        assert_eq!(c.unwrap().locales, ["en", "fr"]);
    }

    #[test]
    fn unknown_field_is_an_error_with_its_line() {
        let (_, d) = parse(&GOOD.replace("[quick_exit]", "colour = \"red\"\n[quick_exit]"));
        let e = &d.items[0];
        assert_eq!(e.line, 9, "{e}");
        assert!(e.message.contains("colour"), "{e}");
    }

    #[test]
    fn quick_exit_must_be_https_and_default_locale_listed() {
        let text = GOOD
            .replace("https://weather.gc.ca/", "javascript:alert(1)")
            .replace("default_locale = \"en\"", "default_locale = \"de\"");
        let (_, d) = parse(&text);
        let messages: Vec<_> = d.items.iter().map(|d| d.message.clone()).collect();
        assert!(messages.iter().any(|m| m.contains("quick_exit.url")));
        assert!(messages.iter().any(|m| m.contains("default_locale")));
        assert_eq!(
            d.items
                .iter()
                .find(|d| d.message.contains("default_locale"))
                .unwrap()
                .line,
            3
        );
    }

    #[test]
    fn rtl_locales_are_detected() {
        assert!(SiteConfig::is_rtl("ar"));
        assert!(!SiteConfig::is_rtl("fr"));
        assert!(!SiteConfig::is_rtl("zh-Hans"));
    }
}
