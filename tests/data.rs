//! Data pages: tables whose numbers are text in the locale's form, bars that are decoration
//! (no `style` anywhere, mirrored in Arabic), small counts never shown exactly, a CSV that
//! reads back to the same rows, a source and date beside every table, and a headline
//! figure on every home page.

mod common;

use common::{stored_html as html, write_dataset, Fixture};
use hotline_site::content::Page;
use hotline_site::site::{Purpose, Site};

fn data_pages(site: &Site) -> Vec<&Page> {
    site.content
        .pages
        .iter()
        .filter(|p| p.data.is_some())
        .collect()
}

/// The CSV a data page offers, as records of fields (quotes undone).
fn csv_of(site: &Site, page: &Page) -> (String, Vec<Vec<String>>) {
    let html = html(site, &page.url);
    let href = common::href_of(&html, ".csv\">");
    let stored = site.files.get(href).unwrap_or_else(|| panic!("{href}"));
    assert_eq!(stored.content_type, "text/csv; charset=utf-8");
    let text = String::from_utf8(stored.body().to_vec()).unwrap();
    (text.clone(), parse_csv(&text))
}

/// A small CSV reader (RFC 4180: quoted fields, doubled quotes, CRLF).
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (mut records, mut record, mut field) = (Vec::new(), Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, c) => field.push(c),
        }
    }
    records
}

#[test]
fn every_data_page_has_a_captioned_table_a_source_a_date_and_no_style() {
    let site = common::bundled();
    let pages = data_pages(&site);
    assert_eq!(pages.len(), 3 * site.content.config.locales.len());
    for page in pages {
        let html = html(&site, &page.url);
        let table = html
            .split("<table class=\"data-table\">")
            .nth(1)
            .and_then(|t| t.split("</table>").next())
            .unwrap_or_else(|| panic!("{}: no table", page.url));
        assert!(table.contains("<caption"), "{}", page.url);
        assert!(
            !table.contains("{"),
            "{}: a reference left unfilled",
            page.url
        );
        assert!(table.contains("<th scope=\"col\">") && table.contains("<th scope=\"row\">"));
        assert!(html.contains("class=\"data-source\"") && html.contains("<time datetime="));
        assert!(html.contains("class=\"data-caveat\""), "{}", page.url);
        // Inline SVG is allowed presentation attributes, never styles (the CSP forbids them).
        for svg in html.split("<svg").skip(1) {
            let svg = svg.split("</svg>").next().unwrap();
            assert!(!svg.contains("style"), "{}: {svg}", page.url);
        }
        // Each bar starts on the reading side: at x = 0, or ending at 100 right to left.
        let rtl = page.locale == "ar";
        let attr = |rect: &str, name: &str| -> f64 {
            rect.split(&format!(" {name}=\""))
                .nth(1)
                .or_else(|| rect.strip_prefix(&format!("{name}=\"")))
                .and_then(|v| v.split('"').next())
                .and_then(|v| v.parse().ok())
                .unwrap_or_else(|| panic!("{name} in {rect}"))
        };
        let rects: Vec<&str> = table.split("<rect ").skip(1).collect();
        assert!(!rects.is_empty(), "{}: bars", page.url);
        for rect in rects {
            let (x, width) = (attr(rect, "x"), attr(rect, "width"));
            let end = if rtl { x + width } else { x };
            let want = if rtl { 100.0 } else { 0.0 };
            assert!((end - want).abs() < 0.01, "{}: {rect}", page.url);
        }
    }
}

#[test]
fn numbers_read_the_locale_s_way_in_tables_and_on_home_pages() {
    let site = common::bundled();
    for (locale, cases) in [
        ("en", "2,311"),
        ("fr", "2\u{a0}311"),
        ("es", "2,311"),
        ("uk", "2\u{a0}311"),
        ("ar", "2,311"),
    ] {
        let page = site
            .content
            .page_by_key(locale, "data/hotline-reports")
            .unwrap();
        let html = html(&site, &page.url);
        assert!(html.contains(cases), "{locale}: {cases} in the table");
        assert!(!html.contains(">2311<"), "{locale}: an ungrouped count");
        // Years are text: the date beside the table is never grouped like a count.
        assert!(html.contains("2025"), "{locale}: the date's year");
        for grouped in ["2,025", "2\u{a0}025", "2.025", "2,024", "2\u{a0}024"] {
            assert!(
                !html.contains(grouped),
                "{locale}: a year written as {grouped}"
            );
        }
        let home = common::stored_html(&site, &format!("/{locale}/"));
        assert!(home.contains("class=\"home-figure\""), "{locale}");
        assert!(home.contains(cases), "{locale}: the home page's figure");
        assert!(
            home.contains(&page.url),
            "{locale}: the figure links to its table"
        );
    }
}

#[test]
fn the_csv_download_reads_back_to_the_same_rows() {
    let site = common::bundled();
    for page in data_pages(&site) {
        let (text, records) = csv_of(&site, page);
        assert!(text.starts_with('\u{feff}'), "a byte order mark");
        let d = &site.content.datasets[page.data.as_ref().unwrap().0];
        assert_eq!(records.len(), 1 + d.rows.len(), "{}", page.url);
        assert_eq!(records[0].len(), d.columns.len() + 2);
        for (row, record) in d.rows.iter().zip(&records[1..]) {
            for (c, column) in d.columns.iter().enumerate() {
                let field = &record[c + 1];
                match row.values[c].filter(|v| !d.suppressed(c, v)) {
                    Some(v) => assert_eq!(
                        field.parse::<f64>().ok(),
                        Some(v.number),
                        "{} {} {}",
                        page.url,
                        row.id,
                        column.id
                    ),
                    None => assert!(field.is_empty(), "{}: {field}", page.url),
                }
            }
        }
    }
}

#[test]
fn counts_under_the_threshold_are_never_shown_exactly() {
    let f = Fixture::new();
    write_dataset(&f);
    let (site, _) = Site::build(&f.sources(), Purpose::Export).expect("builds");
    let page = site.content.page_by_key("en", "data/d").unwrap();
    let html = html(&site, &page.url);
    assert!(html.contains("fewer than 5"), "the 3 of `north`");
    assert!(!html.contains(">3<"), "never the exact small count");
    assert!(html.contains("about 1.4"), "a rounded rate keeps its word");
    assert!(
        html.contains("There were 2,311 cases."),
        "the caption's figure"
    );
    let (_, records) = csv_of(&site, page);
    assert_eq!(records[1][0], "North");
    assert_eq!(records[1][1], "", "suppressed in the download too");
    assert_eq!(
        records[2][0], "South, \"far\"",
        "quotes survive the round trip"
    );
    assert_eq!(records[2][1], "2308");
    assert!(records[1][3].contains("fewer than 5"), "{:?}", records[1]);
    let fr = site.content.page_by_key("fr", "data/d").unwrap();
    assert!(common::stored_html(&site, &fr.url).contains("2\u{a0}311"));
}

/// The CSP forbids `style` attributes and elements: no inline SVG on any page may use them
/// (bars, flow diagrams, anything drawn later).
#[test]
fn no_page_draws_with_styles() {
    let site = common::bundled();
    let mut svgs = 0;
    for (url, stored) in &site.files {
        if !stored.content_type.starts_with("text/html") {
            continue;
        }
        let page = String::from_utf8(stored.body().to_vec()).unwrap();
        for svg in page.split("<svg").skip(1) {
            let svg = svg.split("</svg>").next().unwrap();
            assert!(!svg.contains("style"), "{url}: {svg}");
            svgs += 1;
        }
    }
    assert!(svgs > 100, "bars and diagrams were checked: {svgs}");
}
