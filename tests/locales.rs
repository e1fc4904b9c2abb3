//! Every locale of the bundled site: required pages, lang and dir, message parity, and a
//! language switcher that offers exactly the locales that have the page.

mod common;

use hotline_site::config::SiteConfig;
use hotline_site::diagnostics::Diagnostics;
use hotline_site::i18n::Translations;

#[tokio::test]
async fn required_pages_exist_in_every_locale_with_lang_and_dir() {
    let site = common::bundled();
    let config = &site.content.config;
    assert!(config.locales.len() >= 2);
    for locale in &config.locales {
        let dir = if SiteConfig::is_rtl(locale) {
            "rtl"
        } else {
            "ltr"
        };
        for key in &config.required {
            let page = site
                .content
                .page_by_key(locale, key)
                .unwrap_or_else(|| panic!("{locale} lacks {key}"));
            let r = common::get(&page.url).await;
            assert_eq!(r.status, 200, "{}", page.url);
            let html = r.text();
            let opening = format!("<html lang=\"{locale}\" dir=\"{dir}\">");
            assert!(html.contains(&opening), "{} lacks {opening}", page.url);
        }
    }
}

#[test]
fn every_message_exists_in_every_locale() {
    let site = common::bundled();
    let config = &site.content.config;
    let mut d = Diagnostics::default();
    let t = Translations::load(
        &common::repo().join("locales"),
        &config.locales,
        &config.default_locale,
        &mut d,
    )
    .expect("locales load");
    for locale in &config.locales {
        assert_eq!(
            t.missing_in(locale),
            Vec::<String>::new(),
            "{locale} lacks messages"
        );
        assert_eq!(
            t.extra_in(locale),
            Vec::<String>::new(),
            "{locale} has unknown messages"
        );
        let name = t.format(locale, "language-name", None).unwrap();
        assert!(!name.is_empty());
    }
}

#[tokio::test]
async fn the_switcher_offers_exactly_the_locales_that_have_the_page() {
    let site = common::bundled();
    for page in &site.content.pages {
        let html = common::get(&page.url).await.text();
        let nav = html
            .split("class=\"languages\"")
            .nth(1)
            .and_then(|rest| rest.split("</nav>").next())
            .unwrap_or_else(|| panic!("{} has no switcher", page.url));
        let mut offered: Vec<String> = nav
            .split("hreflang=\"")
            .skip(1)
            .map(|s| s.split('"').next().unwrap().to_string())
            .collect();
        let mut expected: Vec<String> = site
            .content
            .translations(page)
            .map(|p| p.locale.clone())
            .collect();
        offered.sort();
        expected.sort();
        assert_eq!(offered, expected, "{}", page.url);
        for translation in site.content.translations(page) {
            assert!(
                nav.contains(&format!("href=\"{}\"", translation.url)),
                "{} -> {}",
                page.url,
                translation.url
            );
        }
    }
}

#[tokio::test]
async fn untranslated_pages_are_not_listed_in_a_locale() {
    let site = common::bundled();
    for locale in &site.content.config.locales {
        let Some(index) = site.content.page_by_key(locale, "indicators/_index") else {
            continue;
        };
        let html = common::get(&index.url).await.text();
        for en in site
            .content
            .pages
            .iter()
            .filter(|p| p.locale == "en" && p.guide.is_some())
        {
            let listed = site
                .content
                .page_by_key(locale, &en.key)
                .is_some_and(|p| html.contains(&format!("href=\"{}\"", p.url)));
            let exists = site.content.page_by_key(locale, &en.key).is_some();
            assert_eq!(listed, exists, "{locale}: {}", en.key);
        }
    }
}
