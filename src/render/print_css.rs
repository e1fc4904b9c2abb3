//! Print stylesheets, one per locale, that put the hotline in the bottom margin of every
//! printed page. Page-margin boxes never overlap the text, unlike a fixed footer, but their
//! words must sit in CSS: so each locale gets a small generated stylesheet of its own, linked
//! with `media="print"`.

use std::collections::HashMap;

use bytes::Bytes;

use super::view_model::hotline;
use crate::assets::Assets;
use crate::content::Content;
use crate::i18n::Translations;

/// Adds `print-<locale>.css` for every locale; returns each one's fingerprinted URL.
pub fn add_all(
    content: &Content,
    translations: &Translations,
    assets: &mut Assets,
) -> HashMap<String, String> {
    let mut urls = HashMap::new();
    for locale in &content.config.locales {
        let tr = translations.for_locale(locale);
        let h = hotline(content, &tr);
        let line = format!(
            "{}: {} · {} · {} · {}",
            tr.get("site-name"),
            h.call,
            h.hours,
            h.languages,
            h.emergency
        );
        let name = format!("print-{locale}.css");
        assets.insert(&name, Bytes::from(stylesheet(&line)));
        if let Some(url) = assets.url(&name) {
            urls.insert(locale.clone(), url.to_string());
        }
    }
    urls
}

fn stylesheet(line: &str) -> String {
    format!(
        "@page{{margin:10mm 13mm 15mm;@bottom-center{{content:\"{}\";font:8.5pt system-ui,sans-serif;border-top:1px solid #000}}}}\n",
        css_string(line)
    )
}

/// Escapes text for a double-quoted CSS string (bidi marks and all other text kept as is).
fn css_string(text: &str) -> String {
    text.chars()
        .flat_map(|c| match c {
            '"' => "\\\"".chars().collect::<Vec<_>>(),
            '\\' => "\\\\".chars().collect(),
            '\n' | '\r' => " ".chars().collect(),
            '<' => "\\3c ".chars().collect(),
            c => vec![c],
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn css_strings_cannot_break_out() {
        let css = stylesheet("Call \"911\" \\ now</style>");
        assert!(
            css.contains(r#"content:"Call \"911\" \\ now\3c /style>""#),
            "{css}"
        );
    }
}
