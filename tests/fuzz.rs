//! Property tests (bounded, run in CI): the front-matter parser, the Markdown pipeline and
//! language negotiation never panic, and their safety properties hold on arbitrary input.

use hotline_site::content::front_matter::{split, FrontMatter};
use hotline_site::content::markdown::render;
use hotline_site::i18n::negotiate;
use proptest::prelude::*;

/// Every element pulldown-cmark may emit for CommonMark with our extensions.
const ALLOWED: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "a",
    "ul",
    "ol",
    "li",
    "em",
    "strong",
    "code",
    "pre",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "del",
    "sup",
    "div",
    "blockquote",
    "hr",
    "br",
    "img",
];

fn resolve(path: &str) -> Option<String> {
    (path == "a.md").then(|| "/en/a/".to_string())
}

/// Markdown-ish input: fragments that exercise links, HTML, headings, tables and footnotes.
fn markdownish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("# ".to_string()),
        Just("## ".to_string()),
        Just("[x](javascript:alert(1))".to_string()),
        Just("[x](@/a.md)".to_string()),
        Just("[x](@/missing.md#f)".to_string()),
        Just("![i](https://t.example/p.gif)".to_string()),
        Just("<script>alert(1)</script>".to_string()),
        Just("<img src=x onerror=alert(1)>".to_string()),
        Just("[^1]\n\n[^1]: note".to_string()),
        Just("| a | b |\n|---|---|\n| 1 | 2 |".to_string()),
        Just("\n\n".to_string()),
        Just("`code`".to_string()),
        Just("<!-- c -->".to_string()),
        "[\\PC]{0,20}",
    ];
    proptest::collection::vec(piece, 0..30).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

    #[test]
    fn markdown_output_never_carries_script_or_dangerous_urls(body in markdownish()) {
        let (rendered, _) = render(&body, &resolve);
        let html = rendered.html.to_lowercase();
        prop_assert!(!html.contains("<script"), "{}", html);
        prop_assert!(!html.contains("<img src=x"), "{}", html);
        // Text may mention anything; no attribute may carry a dangerous or remote URL.
        prop_assert!(!html.contains("href=\"javascript:"), "{}", html);
        prop_assert!(!html.contains("src=\"https://t.example"), "{}", html);
        for tag in rendered.html.split('<').skip(1) {
            let name: String = tag.trim_start_matches('/').chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
            prop_assert!(ALLOWED.contains(&name.as_str()), "tag <{}> in {}", name, rendered.html);
            prop_assert!(!tag.split('>').next().unwrap_or("").to_lowercase().contains(" on"), "handler in <{}>", tag);
        }
    }

    #[test]
    fn any_text_splits_or_is_refused_without_panicking(text in "(\\+\\+\\+\n)?[\\PC\n]{0,200}(\\+\\+\\+\n)?[\\PC\n]{0,50}") {
        if let Ok(s) = split(&text) {
            prop_assert!(s.matter_offset <= s.body_offset && s.body_offset <= text.len());
            let _ = toml::from_str::<FrontMatter>(s.matter);
        }
    }

    #[test]
    fn negotiation_always_returns_a_site_locale(header in "[\\PC]{0,300}") {
        let available: Vec<String> = ["en", "fr", "ar", "zh-Hans"].iter().map(|s| s.to_string()).collect();
        let chosen = negotiate(Some(&header), &available, "en");
        prop_assert!(available.iter().any(|l| l == chosen));
    }
}
