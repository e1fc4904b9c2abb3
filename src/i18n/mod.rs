//! Interface strings: Fluent files per locale, looked up with a fallback to the default locale.
//!
//! Every word of the interface (labels, hours, "24/7", the quick-exit announcements) comes from
//! `locales/<locale>/*.ftl`. A message missing in a locale falls back to the default locale; a
//! message missing there too is an error reported when the site is built, never a raw key.

mod negotiate;
pub mod numbers;

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentError, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::config::SiteConfig;
use crate::content::read_text;
use crate::diagnostics::{Diagnostics, Position};
pub use negotiate::negotiate;

/// The Fluent bundles of every locale of the site.
pub struct Translations {
    default_locale: String,
    bundles: HashMap<String, FluentBundle<FluentResource>>,
    /// Message ids per locale, to report what a locale lacks.
    ids: HashMap<String, BTreeSet<String>>,
}

impl std::fmt::Debug for Translations {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Translations")
            .field("locales", &self.bundles.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl Translations {
    /// Loads `dir/<locale>/*.ftl` for every locale, reporting syntax errors and duplicates.
    pub fn load(
        dir: &Path,
        locales: &[String],
        default_locale: &str,
        diags: &mut Diagnostics,
    ) -> Option<Translations> {
        let mut bundles = HashMap::new();
        let mut ids = HashMap::new();
        for locale in locales {
            let lang: LanguageIdentifier = locale.parse().ok()?;
            let mut bundle = FluentBundle::new_concurrent(vec![lang]);
            bundle.set_use_isolating(SiteConfig::is_rtl(locale));
            bundle.set_formatter(Some(numbers::fluent_formatter));
            // NUMBER(), so a translator can write `NUMBER($n, useGrouping: "false")`.
            bundle
                .add_builtins()
                .expect("the built-in functions are added once");
            let mut locale_ids = BTreeSet::new();
            let folder = dir.join(locale);
            let mut files: Vec<_> = match std::fs::read_dir(&folder) {
                Ok(entries) => entries
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
                    .collect(),
                Err(e) => {
                    diags.error(
                        &folder,
                        Position::FILE,
                        format!("cannot read the locale folder: {e}"),
                    );
                    continue;
                }
            };
            files.sort();
            if files.is_empty() {
                diags.error(&folder, Position::FILE, "no .ftl files for this locale");
            }
            for file in files {
                let Some(text) = read_text(&file, diags) else {
                    continue;
                };
                add_file(&mut bundle, &mut locale_ids, &file, text, diags);
            }
            bundles.insert(locale.clone(), bundle);
            ids.insert(locale.clone(), locale_ids);
        }
        if diags.has_errors() {
            return None;
        }
        Some(Translations {
            default_locale: default_locale.to_string(),
            bundles,
            ids,
        })
    }

    /// Messages of the default locale that `locale` lacks (they fall back at run time).
    pub fn missing_in(&self, locale: &str) -> Vec<String> {
        let (Some(default), Some(own)) = (self.ids.get(&self.default_locale), self.ids.get(locale))
        else {
            return Vec::new();
        };
        default.difference(own).cloned().collect()
    }

    /// Messages of `locale` that the default locale does not have (likely typos).
    pub fn extra_in(&self, locale: &str) -> Vec<String> {
        let (Some(default), Some(own)) = (self.ids.get(&self.default_locale), self.ids.get(locale))
        else {
            return Vec::new();
        };
        own.difference(default).cloned().collect()
    }

    /// Formats a message in `locale`, else in the default locale.
    pub fn format(&self, locale: &str, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        self.format_in(locale, id, args)
            .or_else(|| self.format_in(&self.default_locale, id, args))
    }

    fn format_in(&self, locale: &str, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let bundle = self.bundles.get(locale)?;
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        errors.is_empty().then(|| text.into_owned())
    }

    /// A translator for one locale, which remembers messages it could not find.
    pub fn for_locale<'a>(&'a self, locale: &'a str) -> Tr<'a> {
        Tr {
            translations: self,
            locale,
            missing: RefCell::new(BTreeSet::new()),
        }
    }
}

fn add_file(
    bundle: &mut FluentBundle<FluentResource>,
    ids: &mut BTreeSet<String>,
    file: &Path,
    text: String,
    diags: &mut Diagnostics,
) {
    let resource = match FluentResource::try_new(text.clone()) {
        Ok(r) => r,
        Err((_, errors)) => {
            for e in errors {
                // The parser points past the end of the faulty line; report the line itself.
                let end = e.pos.start.min(text.len());
                let at = text[..end].trim_end().len().saturating_sub(1);
                diags.error(
                    file,
                    Position::at_offset(&text, at),
                    format!("Fluent syntax: {}", e.kind),
                );
            }
            return;
        }
    };
    for entry in resource.entries() {
        if let fluent_syntax::ast::Entry::Message(m) = entry {
            ids.insert(m.id.name.to_string());
        }
    }
    if let Err(errors) = bundle.add_resource(resource) {
        for e in errors {
            let (message, id) = match &e {
                FluentError::Overriding { id, .. } => (
                    format!("message `{id}` is defined twice for this locale"),
                    id.clone(),
                ),
                other => (other.to_string(), String::new()),
            };
            let at = text
                .find(&format!("\n{id} ="))
                .map_or(Position::FILE, |o| Position::at_offset(&text, o + 1));
            diags.error(file, at, message);
        }
    }
}

/// Looks up messages for one locale while a page renders.
pub struct Tr<'a> {
    translations: &'a Translations,
    pub locale: &'a str,
    missing: RefCell<BTreeSet<String>>,
}

/// What Fluent puts around each argument in right-to-left locales.
const FIRST_STRONG_ISOLATE: char = '\u{2068}';
const RIGHT_TO_LEFT_MARK: char = '\u{200f}';

impl Tr<'_> {
    /// The message `id`, with the default locale's text if this locale lacks it.
    pub fn get(&self, id: &str) -> String {
        self.with(id, &[])
    }

    /// The message `id` with named arguments.
    ///
    /// In a right-to-left locale Fluent wraps each argument in a first-strong isolate, whose
    /// direction comes from its first letter outside any isolate nested in it. An argument
    /// that is itself a formatted message (a date inside "from {start} to {end}") has all its
    /// words in such nested isolates, so it would be laid out left to right and read
    /// backwards ("2026 November 1"). It is a phrase of this locale: a right-to-left mark in
    /// front gives it this locale's direction.
    pub fn with(&self, id: &str, args: &[(&str, &str)]) -> String {
        let rtl = SiteConfig::is_rtl(self.locale);
        let fluent_args = (!args.is_empty()).then(|| {
            let mut a = FluentArgs::new();
            for (k, v) in args {
                let value = if rtl && v.contains(FIRST_STRONG_ISOLATE) {
                    format!("{RIGHT_TO_LEFT_MARK}{v}")
                } else {
                    v.to_string()
                };
                a.set(*k, FluentValue::from(value));
            }
            a
        });
        self.format_or_record(id, fluent_args.as_ref())
    }

    /// Formats `id`, remembering it as missing (and giving "") when no locale has it.
    fn format_or_record(&self, id: &str, args: Option<&FluentArgs>) -> String {
        self.translations
            .format(self.locale, id, args)
            .unwrap_or_else(|| {
                self.missing.borrow_mut().insert(id.to_string());
                String::new()
            })
    }

    /// The message `id` with a number `$count`, so plural forms are chosen right.
    pub fn count(&self, id: &str, count: usize) -> String {
        let mut args = FluentArgs::new();
        args.set("count", FluentValue::from(count));
        self.format_or_record(id, Some(&args))
    }

    /// A date from `date-format`: `$day` is a number, so a locale can select on it (French
    /// writes the first of the month « 1er »); `$month` and `$year` are text, so the year is
    /// never grouped like a count.
    pub fn date(&self, day: u8, month: &str, year: i32) -> String {
        let mut args = FluentArgs::new();
        args.set("day", FluentValue::from(day));
        args.set("month", FluentValue::from(month.to_string()));
        args.set("year", FluentValue::from(year.to_string()));
        self.format_or_record("date-format", Some(&args))
    }

    /// The message `id` in another locale (a language's own name, for the switcher).
    pub fn get_in(&self, locale: &str, id: &str) -> String {
        self.translations.for_locale(locale).get(id)
    }

    /// Messages asked for that no locale had: each is a bug to report.
    pub fn take_missing(&self) -> BTreeSet<String> {
        self.missing.take()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn write(dir: &Path, locale: &str, text: &str) {
        fs::create_dir_all(dir.join(locale)).unwrap();
        fs::write(dir.join(locale).join("main.ftl"), text).unwrap();
    }

    fn locales(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn falls_back_to_default_locale_and_reports_unknown_ids() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "en",
            "hello = Hello\nonly-en = English only\ncall = Call { $number }\n",
        );
        write(
            dir.path(),
            "fr",
            "hello = Bonjour\ncall = Appelez le { $number }\n",
        );
        let mut d = Diagnostics::default();
        let t = Translations::load(dir.path(), &locales(&["en", "fr"]), "en", &mut d).unwrap();
        let fr = t.for_locale("fr");
        assert_eq!(fr.get("hello"), "Bonjour");
        assert_eq!(fr.get("only-en"), "English only");
        assert_eq!(fr.with("call", &[("number", "911")]), "Appelez le 911");
        assert_eq!(fr.get("nowhere"), "");
        assert_eq!(
            fr.take_missing().into_iter().collect::<Vec<_>>(),
            ["nowhere"]
        );
        assert_eq!(t.missing_in("fr"), ["only-en"]);
    }

    #[test]
    fn syntax_errors_name_file_line_and_column() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "en", "ok = fine\nbroken = { $x\n");
        let mut d = Diagnostics::default();
        assert!(Translations::load(dir.path(), &locales(&["en"]), "en", &mut d).is_none());
        let e = &d.items[0];
        assert!(e.path.ends_with("en/main.ftl"));
        assert_eq!(e.line, 2, "{e}");
        assert!(e.message.starts_with("Fluent syntax"), "{e}");
    }

    #[test]
    fn duplicate_messages_are_errors() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "en", "a = 1\n");
        fs::write(dir.path().join("en/more.ftl"), "b = 2\na = 3\n").unwrap();
        let mut d = Diagnostics::default();
        assert!(Translations::load(dir.path(), &locales(&["en"]), "en", &mut d).is_none());
        assert!(
            d.items[0].message.contains("`a` is defined twice"),
            "{:?}",
            d
        );
        assert_eq!(d.items[0].line, 2);
    }

    #[test]
    fn rtl_locales_keep_bidi_isolation() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "en", "call = Call { $n }\n");
        write(dir.path(), "ar", "call = اتصل { $n }\n");
        let mut d = Diagnostics::default();
        let t = Translations::load(dir.path(), &locales(&["en", "ar"]), "en", &mut d).unwrap();
        assert_eq!(t.for_locale("en").with("call", &[("n", "911")]), "Call 911");
        assert_eq!(
            t.for_locale("ar").with("call", &[("n", "911")]),
            "اتصل \u{2068}911\u{2069}"
        );
    }

    /// The text of `logical` as laid out on screen in a right-to-left paragraph, read from
    /// the right: what an Arabic reader sees, in reading order.
    fn read_right_to_left(logical: &str) -> String {
        let bidi = unicode_bidi::BidiInfo::new(logical, Some(unicode_bidi::Level::rtl()));
        let para = &bidi.paragraphs[0];
        let visual = bidi.reorder_line(para, para.range.clone());
        // Words and numbers as whole tokens: reverse the token order only.
        visual
            .split(' ')
            .rev()
            .map(|w| {
                let w: String = w
                    .chars()
                    .filter(|c| !c.is_control() && !('\u{200e}'..='\u{206f}').contains(c))
                    .collect();
                if w.chars().any(|c| c.is_ascii_digit()) {
                    w
                } else {
                    w.chars().rev().collect()
                }
            })
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn dates_select_on_the_day_and_never_group_the_year() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "en",
            "date-format = { $month } { $day }, { $year }\n",
        );
        write(
            dir.path(),
            "fr",
            "date-format = { $day ->\n    [1] 1er\n   *[other] { $day }\n} { $month } { $year }\n",
        );
        let mut d = Diagnostics::default();
        let t = Translations::load(dir.path(), &locales(&["en", "fr"]), "en", &mut d).unwrap();
        assert_eq!(
            t.for_locale("fr").date(1, "juillet", 2025),
            "1er juillet 2025"
        );
        assert_eq!(
            t.for_locale("fr").date(22, "février", 2027),
            "22 février 2027"
        );
        assert_eq!(t.for_locale("en").date(1, "July", 2025), "July 1, 2025");
    }

    #[test]
    fn a_message_inside_a_message_keeps_the_locale_s_direction() {
        let dir = tempfile::tempdir().unwrap();
        let ftl = "date = { $day } { $month } { $year }\nrange = من { $start } إلى { $end }\n";
        write(
            dir.path(),
            "en",
            "date = { $month } { $day }, { $year }\nrange = { $start } to { $end }\n",
        );
        write(dir.path(), "ar", ftl);
        let mut d = Diagnostics::default();
        let t = Translations::load(dir.path(), &locales(&["en", "ar"]), "en", &mut d).unwrap();
        let ar = t.for_locale("ar");
        let date = |day: &str, month: &str, year: &str| {
            ar.with("date", &[("day", day), ("month", month), ("year", year)])
        };
        let start = date("1", "نوفمبر", "2026");
        let end = date("31", "مارس", "2027");
        let range = ar.with("range", &[("start", &start), ("end", &end)]);
        assert_eq!(
            read_right_to_left(&range),
            "من 1 نوفمبر 2026 إلى 31 مارس 2027"
        );
        // Left-to-right locales are untouched.
        let en = t.for_locale("en");
        let start = en.with(
            "date",
            &[("day", "1"), ("month", "November"), ("year", "2026")],
        );
        assert_eq!(
            en.with("range", &[("start", &start), ("end", "x")]),
            "November 1, 2026 to x"
        );
    }
}
