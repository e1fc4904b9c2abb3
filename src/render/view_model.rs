//! Plain data the components lay out, built from content, config and translations.
//! Every translated word is looked up here, so components hold no lookups of their own.

use crate::config::SiteConfig;
use crate::content::{Content, Page};
use crate::i18n::Tr;

/// What the `<head>` says about a page.
#[derive(Clone)]
pub struct Head {
    /// The full `<title>`: "Page – Site".
    pub title: String,
    pub og_title: String,
    pub description: String,
    pub canonical: String,
    /// `(hreflang, absolute URL)` of every translation, and `x-default`.
    pub alternates: Vec<(String, String)>,
    pub og_type: String,
    pub og_locale: String,
    /// Absolute URL of the page's social card, and its alt text.
    pub og_image: Option<(String, String)>,
    pub css_href: String,
    pub print_css_href: String,
    pub icon_href: String,
}

/// Translated words of the shell.
#[derive(Clone)]
pub struct ShellText {
    pub site_name: String,
    pub skip_link: String,
    pub quick_exit: String,
    pub quick_exit_prefix: String,
    pub quick_exit_skip: String,
    pub safety_notice: String,
    pub safety_link: String,
    pub nav_label: String,
    pub languages_label: String,
    pub footer_privacy: String,
    pub footer_not_police: String,
    pub search_label: String,
    pub search_button: String,
    pub press_1: String,
    pub press_2: String,
    pub expired: String,
    pub neutral_title: String,
}

#[derive(Clone)]
pub struct Hotline {
    pub label: String,
    pub call: String,
    pub tel_href: String,
    pub hours: String,
    pub languages: String,
    /// `(label, href)` for chat, email, TTY and tips, where the hotline offers them.
    pub channels: Vec<(String, String)>,
    pub emergency: String,
    pub emergency_href: String,
}

#[derive(Clone)]
pub struct NavItem {
    pub label: String,
    pub href: String,
    pub current: bool,
}

#[derive(Clone)]
pub struct LanguageLink {
    pub lang: String,
    pub name: String,
    pub href: String,
    pub current: bool,
}

/// Everything the shell needs for one page.
#[derive(Clone)]
pub struct Shell {
    pub lang: String,
    pub dir: &'static str,
    pub head: Head,
    pub text: ShellText,
    pub exit_href: String,
    pub home_href: String,
    pub safety_href: String,
    pub search_href: String,
    pub hotline: Hotline,
    pub nav: Vec<NavItem>,
    pub languages: Vec<LanguageLink>,
}

/// Fingerprinted URLs of the files every page links to.
#[derive(Clone, Debug)]
pub struct ShellAssets {
    pub css_href: String,
    pub icon_href: String,
    /// Locale to its print stylesheet (the hotline in every printed page's margin).
    pub print_css: std::collections::HashMap<String, String>,
    /// Page URL to its social card's URL.
    pub cards: std::collections::HashMap<String, String>,
}

/// What the shell needs to know of the page it wraps.
pub struct PageInfo<'a> {
    pub title: &'a str,
    pub description: &'a str,
    /// `None` for pages outside the content tree (the 404 page).
    pub page: Option<&'a Page>,
    /// This document in every locale that has it, as `(locale, URL)`, own locale included.
    /// Empty for the 404 page.
    pub translations: Vec<(String, String)>,
}

impl<'a> PageInfo<'a> {
    /// A content page, with the translations content knows of.
    pub fn of(content: &Content, page: &'a Page) -> PageInfo<'a> {
        PageInfo {
            title: &page.matter.title,
            description: &page.matter.description,
            page: Some(page),
            translations: content
                .translations(page)
                .map(|p| (p.locale.clone(), p.url.clone()))
                .collect(),
        }
    }
}

pub fn shell(content: &Content, tr: &Tr, assets: &ShellAssets, info: PageInfo) -> Shell {
    let config = &content.config;
    let locale = tr.locale;
    let site_name = tr.get("site-name");
    let abs = |url: &str| format!("{}{url}", config.base_url);
    let home_url = format!("/{locale}/");
    let own_url = info
        .translations
        .iter()
        .find(|(l, _)| l == locale)
        .map_or_else(|| home_url.clone(), |(_, url)| url.clone());
    let mut alternates: Vec<(String, String)> = info
        .translations
        .iter()
        .map(|(l, url)| (l.clone(), abs(url)))
        .collect();
    if let Some((_, url)) = info
        .translations
        .iter()
        .find(|(l, _)| *l == config.default_locale)
    {
        alternates.push(("x-default".into(), abs(url)));
    }
    let languages = info
        .translations
        .iter()
        .map(|(l, url)| LanguageLink {
            lang: l.clone(),
            name: tr.get_in(l, "language-name"),
            href: url.clone(),
            current: l == locale,
        })
        .collect();
    let canonical = abs(&own_url);
    let title = if info.page.is_some_and(|p| p.key == "_index") {
        site_name.clone()
    } else {
        format!("{} – {site_name}", info.title)
    };
    let current_key = info.page.map(|p| p.key.as_str());
    let nav = config
        .nav
        .iter()
        .filter_map(|key| content.page_by_key(locale, key))
        .map(|p| NavItem {
            label: p.nav_title().to_string(),
            href: p.url.clone(),
            current: Some(p.key.as_str()) == current_key,
        })
        .collect();
    let safety_href = content
        .page_by_key(locale, "safety")
        .map_or_else(|| home_url.clone(), |p| p.url.clone());
    Shell {
        lang: locale.to_string(),
        dir: if SiteConfig::is_rtl(locale) {
            "rtl"
        } else {
            "ltr"
        },
        head: Head {
            title,
            og_title: info.title.to_string(),
            description: info.description.to_string(),
            canonical,
            alternates,
            og_type: if info.page.is_some_and(|p| p.guide.is_some()) {
                "article"
            } else {
                "website"
            }
            .to_string(),
            og_locale: locale.replace('-', "_"),
            og_image: info
                .page
                .and_then(|p| assets.cards.get(&p.url))
                .map(|card| {
                    let h = &content.config.hotline;
                    (
                        abs(card),
                        format!("{} – {}: {}", info.title, tr.get("site-name"), h.phone),
                    )
                }),
            css_href: assets.css_href.clone(),
            print_css_href: assets.print_css.get(locale).cloned().unwrap_or_default(),
            icon_href: assets.icon_href.clone(),
        },
        text: ShellText {
            site_name,
            skip_link: tr.get("skip-link"),
            quick_exit: tr.get("quick-exit"),
            quick_exit_prefix: tr.get("quick-exit-prefix"),
            quick_exit_skip: tr.get("quick-exit-skip"),
            safety_notice: tr.get("safety-notice"),
            safety_link: tr.get("safety-notice-link"),
            nav_label: tr.get("nav-label"),
            languages_label: tr.get("languages-label"),
            footer_privacy: tr.get("footer-privacy"),
            footer_not_police: tr.get("footer-not-police"),
            search_label: tr.get("search-label"),
            search_button: tr.get("search-button"),
            press_1: tr.get("quick-exit-press-1"),
            press_2: tr.get("quick-exit-press-2"),
            expired: tr.get("quick-exit-expired"),
            neutral_title: tr.get("quick-exit-neutral-title"),
        },
        exit_href: config.quick_exit.url.clone(),
        home_href: home_url,
        safety_href,
        search_href: super::search_page::url(locale),
        hotline: hotline(content, tr),
        nav,
        languages,
    }
}

pub fn hotline(content: &Content, tr: &Tr) -> Hotline {
    let h = &content.config.hotline;
    let mut channels = Vec::new();
    if let Some(url) = &h.chat_url {
        channels.push((tr.get("hotline-chat"), url.clone()));
    }
    if let Some(email) = &h.email {
        channels.push((tr.get("hotline-email"), format!("mailto:{email}")));
    }
    if h.tty {
        let href = match &h.tty_number {
            Some(n) => format!("tel:{}", n.replace([' ', '-'], "")),
            None => content
                .page_by_key(tr.locale, "help")
                .map_or_else(|| format!("tel:{}", h.phone_e164), |p| p.url.clone()),
        };
        channels.push((tr.get("hotline-tty"), href));
    }
    if let Some(url) = &h.tip_url {
        channels.push((tr.get("hotline-tip"), url.clone()));
    }
    Hotline {
        label: tr.get("hotline-label"),
        call: tr.with("hotline-call", &[("phone", &h.phone)]),
        tel_href: format!("tel:{}", h.phone_e164),
        hours: tr.get("hotline-hours"),
        languages: tr.get("hotline-languages"),
        channels,
        emergency: tr.with("hotline-emergency", &[("number", &h.emergency)]),
        emergency_href: format!("tel:{}", h.emergency),
    }
}

/// A date in the page's language, from Fluent's `date-format` and `month-N`.
pub fn format_date(tr: &Tr, date: time::Date) -> String {
    let month = tr.get(&format!("month-{}", u8::from(date.month())));
    tr.date(date.day(), &month, date.year())
}
