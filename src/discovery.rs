//! How the site is found: `/robots.txt`, `/sitemap.xml` with `hreflang` alternates, and an
//! Atom feed of campaigns and updates per locale (`/<locale>/feed.xml`).

use percent_encoding::{utf8_percent_encode, AsciiSet, CONTROLS};
use time::Date;

use crate::content::{Content, Page, PageKind};
use crate::i18n::Translations;

/// Characters escaped in URLs we publish (non-ASCII bytes are always escaped).
pub const PATH: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'<')
    .add(b'>')
    .add(b'`')
    .add(b'{')
    .add(b'}');

/// `(URL, body, content type)` of every discovery file.
pub fn files(
    content: &Content,
    translations: &Translations,
) -> Vec<(String, String, &'static str)> {
    let mut out = vec![
        (
            "/robots.txt".to_string(),
            robots(content),
            "text/plain; charset=utf-8",
        ),
        (
            "/sitemap.xml".to_string(),
            sitemap(content, translations),
            "application/xml; charset=utf-8",
        ),
    ];
    for locale in &content.config.locales {
        out.push((
            feed_url(locale),
            feed(content, translations, locale),
            "application/atom+xml; charset=utf-8",
        ));
    }
    out
}

pub fn feed_url(locale: &str) -> String {
    format!("/{locale}/feed.xml")
}

/// An absolute, percent-encoded URL for a site path.
pub fn absolute(content: &Content, path: &str) -> String {
    format!(
        "{}{}",
        content.config.base_url,
        utf8_percent_encode(path, PATH)
    )
}

fn xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn robots(content: &Content) -> String {
    format!(
        "User-agent: *\nAllow: /\nDisallow: /embed/\nDisallow: /*/search/\nSitemap: {}/sitemap.xml\n",
        content.config.base_url
    )
}

fn sitemap(content: &Content, translations: &Translations) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for page in &content.pages {
        let alternates: Vec<(&str, &str)> = content
            .translations(page)
            .map(|t| (t.locale.as_str(), t.url.as_str()))
            .collect();
        let lastmod = page.updated.or(page.guide.as_ref().map(|g| g.reviewed));
        sitemap_entry(content, &mut out, &page.url, lastmod, &alternates);
    }
    directory_sitemap(content, translations, &mut out);
    out.push_str("</urlset>\n");
    out
}

/// One `<url>` of the sitemap: the page, when it last changed, and its `(locale, path)`
/// alternates.
fn sitemap_entry(
    content: &Content,
    out: &mut String,
    path: &str,
    lastmod: Option<Date>,
    alternates: &[(&str, &str)],
) {
    out.push_str(&format!(
        "<url><loc>{}</loc>",
        xml(&absolute(content, path))
    ));
    if let Some(date) = lastmod {
        out.push_str(&format!("<lastmod>{date}</lastmod>"));
    }
    for (locale, alternate) in alternates {
        out.push_str(&format!(
            "<xhtml:link rel=\"alternate\" hreflang=\"{locale}\" href=\"{}\"/>",
            xml(&absolute(content, alternate))
        ));
    }
    out.push_str("</url>\n");
}

/// The directory's listings (with the day each was verified) and the first page of each of
/// its filters, each with its alternates.
fn directory_sitemap(content: &Content, translations: &Translations, out: &mut String) {
    use crate::directory::urls;
    let sections: Vec<_> = content
        .config
        .locales
        .iter()
        .filter_map(|l| {
            let section = urls::section(content, l)?;
            let filters = urls::filters(content, &translations.for_locale(l), section);
            Some((l, section, filters))
        })
        .collect();
    let mut entry = |urls: Vec<(&String, String)>, lastmod: Option<Date>| {
        let alternates: Vec<(&str, &str)> =
            urls.iter().map(|(l, u)| (l.as_str(), u.as_str())).collect();
        for (_, url) in &urls {
            sitemap_entry(content, out, url, lastmod, &alternates);
        }
    };
    for org in &content.directory.orgs {
        let all = sections
            .iter()
            .map(|(l, section, _)| (*l, urls::listing(section, org)))
            .collect();
        entry(all, Some(org.verified));
    }
    if let Some((_, _, first)) = sections.first() {
        for filter in first {
            let all = sections
                .iter()
                .filter_map(|(l, _, filters)| {
                    let f = filters.iter().find(|f| f.filter == filter.filter)?;
                    Some((*l, f.url.clone()))
                })
                .collect();
            entry(all, None);
        }
    }
}

/// The date a page counts as published or changed, for the feed.
fn feed_date(page: &Page) -> Option<Date> {
    page.campaign.as_ref().map(|c| c.start).or(page.updated)
}

fn feed(content: &Content, translations: &Translations, locale: &str) -> String {
    let tr = translations.for_locale(locale);
    let mut entries: Vec<(&Page, Date)> = content
        .pages
        .iter()
        .filter(|p| p.locale == locale && p.kind == PageKind::Page)
        .filter_map(|p| feed_date(p).map(|d| (p, d)))
        .collect();
    entries.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.url.cmp(&b.0.url)));
    entries.truncate(50);
    // Directory listings, by the day each was verified: `(title, URL, summary, date)`.
    let mut listings: Vec<(String, String, String, Date)> = Vec::new();
    if let Some(section) = crate::directory::urls::section(content, locale) {
        let default = &content.config.default_locale;
        for org in &content.directory.orgs {
            listings.push((
                org.name_in(locale).to_string(),
                crate::directory::urls::listing(section, org),
                org.text(locale, default).description.clone(),
                org.verified,
            ));
        }
    }
    listings.sort_by(|a, b| b.3.cmp(&a.3).then(a.1.cmp(&b.1)));
    listings.truncate(50);
    let updated = entries
        .first()
        .map(|e| e.1)
        .max(listings.first().map(|l| l.3))
        .map_or_else(|| "2019-05-29".to_string(), |d| d.to_string());
    let home = absolute(content, &format!("/{locale}/"));
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{locale}\">\n<title>{}</title>\n<id>{}</id>\n<link rel=\"alternate\" href=\"{}\"/>\n<link rel=\"self\" href=\"{}\"/>\n<updated>{updated}T00:00:00Z</updated>\n<author><name>{}</name></author>\n",
        xml(&tr.get("site-name")),
        xml(&home),
        xml(&home),
        xml(&absolute(content, &feed_url(locale))),
        xml(&tr.get("site-name")),
    );
    let all = entries
        .into_iter()
        .map(|(page, date)| {
            (
                page.matter.title.clone(),
                page.url.clone(),
                page.matter.description.clone(),
                date,
            )
        })
        .chain(listings);
    for (title, path, summary, date) in all {
        let url = absolute(content, &path);
        out.push_str(&format!(
            "<entry><title>{}</title><id>{}</id><link rel=\"alternate\" href=\"{}\"/><updated>{date}T00:00:00Z</updated><summary>{}</summary></entry>\n",
            xml(&title),
            xml(&url),
            xml(&url),
            xml(&summary)
        ));
    }
    out.push_str("</feed>\n");
    out
}
