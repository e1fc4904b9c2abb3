//! Numbers in each locale's own form: 2,311 in English, 2 311 in French, 2.311 nowhere it
//! would be misread. Fluent alone prints 2311 in every language, so every bundle gets this
//! formatter (ICU4X's decimal formatter, with CLDR data compiled in), and data tables call it
//! directly. Plural selection still sees the plain number. Years and phone numbers are text,
//! never numbers, so they are never grouped. The choices per locale are in `docs/NUMBERS.md`.

use fluent_bundle::types::FluentNumber;
use fluent_bundle::FluentValue;
use icu_decimal::input::Decimal;
use icu_decimal::options::{DecimalFormatterOptions, GroupingStrategy};
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale;
use intl_memoizer::concurrent::IntlLangMemoizer;
use intl_memoizer::Memoizable;
use unic_langid::LanguageIdentifier;

/// The CLDR locale whose number conventions a site locale follows. Canadian English and
/// French; Latin American Spanish, which groups thousands (plain `es` writes 2311 but
/// 12.345); the others as they are: Arabic with Latin digits, like the phone numbers beside
/// them, and Punjabi with its own (lakh) grouping.
pub fn number_locale(site_locale: &str) -> &str {
    match site_locale.split('-').next().unwrap_or(site_locale) {
        "en" => "en-CA",
        "fr" => "fr-CA",
        "es" => "es-419",
        _ => site_locale,
    }
}

/// A locale's number formatters: with grouping separators, and without (for figures that
/// must never be grouped).
pub struct NumberFormat {
    grouped: DecimalFormatter,
    plain: DecimalFormatter,
}

impl NumberFormat {
    /// The formatter of a site locale; an unknown locale gets the root conventions.
    pub fn new(site_locale: &str) -> NumberFormat {
        let locale: Locale = number_locale(site_locale)
            .parse()
            .unwrap_or(icu_locale_core::locale!("und"));
        let make = |grouping| {
            let options = DecimalFormatterOptions::from(grouping);
            DecimalFormatter::try_new((&locale).into(), options)
                .or_else(|_| DecimalFormatter::try_new(Default::default(), options))
                .expect("compiled data has the root locale")
        };
        NumberFormat {
            grouped: make(GroupingStrategy::Auto),
            plain: make(GroupingStrategy::Never),
        }
    }

    /// `value` in the locale's digits and separators.
    pub fn format(&self, value: &Decimal) -> String {
        self.grouped.format_to_string(value)
    }

    /// A whole number.
    pub fn integer(&self, value: i64) -> String {
        self.format(&Decimal::from(value))
    }

    /// A number with exactly `fraction_digits` decimals (a rate: 1.4, 1,4).
    pub fn fixed(&self, value: f64, fraction_digits: usize) -> String {
        match format!("{value:.fraction_digits$}").parse::<Decimal>() {
            Ok(d) => self.format(&d),
            Err(_) => value.to_string(),
        }
    }

    /// A Fluent number, honouring `useGrouping: false` and fraction digits.
    fn fluent(&self, n: &FluentNumber) -> Option<String> {
        let decimal = n.as_string().parse::<Decimal>().ok()?;
        let formatter = if n.options.use_grouping {
            &self.grouped
        } else {
            &self.plain
        };
        Some(formatter.format_to_string(&decimal))
    }
}

impl Memoizable for NumberFormat {
    type Args = ();
    type Error = ();

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        Ok(NumberFormat::new(&lang.to_string()))
    }
}

/// The formatter every Fluent bundle uses for `{ $count }` and `NUMBER()`.
pub fn fluent_formatter(value: &FluentValue, intls: &IntlLangMemoizer) -> Option<String> {
    match value {
        FluentValue::Number(n) => intls
            .with_try_get::<NumberFormat, _, _>((), |f| f.fluent(n))
            .ok()
            .flatten(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same figures in the eight bundled locales.
    #[test]
    fn each_locale_writes_numbers_its_own_way() {
        let nbsp = '\u{a0}';
        for (locale, cases, rate, calls) in [
            ("en", "2,311", "1.4", "23,000"),
            (
                "fr",
                &format!("2{nbsp}311") as &str,
                "1,4",
                &format!("23{nbsp}000"),
            ),
            ("es", "2,311", "1.4", "23,000"),
            ("tl", "2,311", "1.4", "23,000"),
            ("zh-Hans", "2,311", "1.4", "23,000"),
            ("pa", "2,311", "1.4", "23,000"),
            ("ar", "2,311", "1.4", "23,000"),
            ("uk", &format!("2{nbsp}311"), "1,4", &format!("23{nbsp}000")),
        ] {
            let f = NumberFormat::new(locale);
            assert_eq!(f.integer(2311), cases, "{locale}");
            assert_eq!(f.fixed(1.4, 1), rate, "{locale}");
            assert_eq!(f.integer(23000), calls, "{locale}");
        }
        // Punjabi groups by lakh from a hundred thousand on.
        assert_eq!(NumberFormat::new("pa").integer(1_234_567), "12,34,567");
        assert_eq!(NumberFormat::new("en").integer(1_234_567), "1,234,567");
    }

    fn bundle(
        locale: &str,
        ftl: &str,
    ) -> fluent_bundle::concurrent::FluentBundle<fluent_bundle::FluentResource> {
        let mut b =
            fluent_bundle::concurrent::FluentBundle::new_concurrent(vec![locale.parse().unwrap()]);
        b.set_use_isolating(false);
        b.set_formatter(Some(fluent_formatter));
        b.add_builtins().unwrap();
        b.add_resource(fluent_bundle::FluentResource::try_new(ftl.to_string()).unwrap())
            .unwrap();
        b
    }

    fn say(
        b: &fluent_bundle::concurrent::FluentBundle<fluent_bundle::FluentResource>,
        id: &str,
        n: f64,
    ) -> String {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("n", n);
        let pattern = b.get_message(id).unwrap().value().unwrap();
        b.format_pattern(pattern, Some(&args), &mut vec![])
            .into_owned()
    }

    #[test]
    fn fluent_messages_format_numbers_and_still_choose_plurals() {
        let en = bundle(
            "en",
            "cases = { $n ->\n    [one] { $n } case\n   *[other] { $n } cases\n}\nplain = { NUMBER($n, useGrouping: \"false\") }\n",
        );
        assert_eq!(say(&en, "cases", 1.0), "1 case");
        assert_eq!(say(&en, "cases", 2311.0), "2,311 cases");
        assert_eq!(say(&en, "plain", 2311.0), "2311", "useGrouping: false");
        let uk = bundle(
            "uk",
            "cases = { $n ->\n    [one] { $n } випадок\n    [few] { $n } випадки\n   *[many] { $n } випадків\n}\n",
        );
        assert_eq!(say(&uk, "cases", 21.0), "21 випадок");
        assert_eq!(say(&uk, "cases", 23.0), "23 випадки");
        assert_eq!(say(&uk, "cases", 2311.0), "2\u{a0}311 випадків");
    }
}
