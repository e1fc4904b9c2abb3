//! The embeddable hotline badge: a tiny page with no script that partners frame on their
//! own sites (`frame-ancestors *` on these routes only). Its links open the site in the
//! top window.

use leptos::prelude::*;

use super::view_model::hotline;
use crate::content::Content;
use crate::i18n::Tr;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Name, number, hours and languages.
    Full,
    /// The number alone.
    Compact,
}

impl Style {
    /// The frame size, in CSS pixels, the snippets give partners: room for the longest
    /// locale's text (French wraps the name and the number to two lines each; tested in
    /// end2end/tests/partners.spec.js), since a badge must never be cut off.
    pub fn size(self) -> (u32, u32) {
        match self {
            Style::Full => (320, 160),
            Style::Compact => (240, 64),
        }
    }
}

pub fn url(locale: &str, style: Style) -> String {
    match style {
        Style::Full => format!("/embed/{locale}/badge/"),
        Style::Compact => format!("/embed/{locale}/badge/compact/"),
    }
}

pub fn render(content: &Content, tr: &Tr, css_href: &str, style: Style) -> String {
    let h = hotline(content, tr);
    let home = format!("{}/{}/", content.config.base_url, tr.locale);
    let dir = if crate::config::SiteConfig::is_rtl(tr.locale) {
        "rtl"
    } else {
        "ltr"
    };
    let name = tr.get("site-name");
    let facts = format!("{} · {}", h.hours, h.languages);
    let class = match style {
        Style::Full => "badge",
        Style::Compact => "badge badge-compact",
    };
    let full = style == Style::Full;
    super::document(move || {
        view! {
            <html lang=tr.locale.to_string() dir=dir>
                <head>
                    <meta charset="utf-8" />
                    <meta name="viewport" content="width=device-width, initial-scale=1" />
                    <meta name="robots" content="noindex" />
                    <title>{name.clone()}</title>
                    <link rel="stylesheet" href=css_href.to_string() />
                </head>
                <body class=class>
                    {full.then(|| view! { <a class="badge-name" href=home.clone() target="_top">{name}</a> })}
                    <a class="badge-call" href=h.tel_href target="_top">{h.call}</a>
                    {full.then(|| view! { <p class="badge-facts">{facts}</p> })}
                </body>
            </html>
        }
    })
}
