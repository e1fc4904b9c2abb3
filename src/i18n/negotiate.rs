//! Choosing a locale for `/` from the `Accept-Language` header.

use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;

/// Longest header we read; the rest is ignored (a real browser sends well under 200 bytes).
const MAX_HEADER: usize = 512;

/// The best of `available` (BCP 47 ids) for the header, else `default`.
/// Garbage, empty or oversized headers never fail: they give the default.
pub fn negotiate<'a>(header: Option<&str>, available: &'a [String], default: &'a str) -> &'a str {
    let Some(header) = header else { return default };
    let mut cut = header.len().min(MAX_HEADER);
    while !header.is_char_boundary(cut) {
        cut -= 1;
    }
    let requested = by_preference(&header[..cut]);
    let ids: Vec<LanguageIdentifier> = available.iter().filter_map(|l| l.parse().ok()).collect();
    let chosen = negotiate_languages(&requested, &ids, None, NegotiationStrategy::Lookup);
    chosen
        .first()
        .and_then(|best| ids.iter().position(|id| id == *best))
        .map_or(default, |i| available[i].as_str())
}

/// The header's language ranges, most preferred first (`q` values honoured, `q=0` and
/// unparsable ranges dropped; equal `q` keeps the header's order).
fn by_preference(header: &str) -> Vec<LanguageIdentifier> {
    let mut ranges: Vec<(f32, LanguageIdentifier)> = header
        .split(',')
        .filter_map(|item| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim();
            let q = parts
                .find_map(|p| {
                    p.trim()
                        .strip_prefix("q=")
                        .map(|q| q.trim().parse::<f32>().unwrap_or(0.0))
                })
                .unwrap_or(1.0);
            let id = tag.parse::<LanguageIdentifier>().ok()?;
            (q > 0.0 && q <= 1.0 && tag != "*").then_some((q, id))
        })
        .collect();
    ranges.sort_by(|a, b| b.0.total_cmp(&a.0));
    ranges.into_iter().map(|(_, id)| id).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> Vec<String> {
        ["en", "fr", "es", "zh-Hans", "ar"]
            .iter()
            .map(|s| s.to_string())
            .collect()
    }

    #[test]
    fn picks_the_first_supported_language() {
        let s = site();
        assert_eq!(negotiate(Some("fr-CA,fr;q=0.9,en;q=0.8"), &s, "en"), "fr");
        assert_eq!(negotiate(Some("de-DE,de;q=0.9,es;q=0.5"), &s, "en"), "es");
        assert_eq!(negotiate(Some("ar-EG,ar;q=0.9,en;q=0.7"), &s, "en"), "ar");
        assert_eq!(negotiate(Some("zh-CN,zh;q=0.9"), &s, "en"), "zh-Hans");
    }

    #[test]
    fn respects_quality_values() {
        assert_eq!(negotiate(Some("en;q=0.1, fr;q=0.9"), &site(), "en"), "fr");
    }

    #[test]
    fn garbage_gives_the_default() {
        let s = site();
        for h in [
            "",
            "*",
            ";;;,,,",
            "q=1",
            "\u{0}\u{1}",
            "xx-YY-ZZ-123456789",
            &"a,".repeat(10_000),
        ] {
            assert_eq!(negotiate(Some(h), &s, "en"), "en", "{h:?}");
        }
        assert_eq!(negotiate(None, &s, "fr"), "fr");
    }
}
