//! Sector toolkits of the bundled site: every toolkit in every locale, its staff-room poster
//! and wallet card open the sector guide of that locale, their words stay inside the image
//! and off the QR code, the flow diagram is a hidden drawing beside a real list, and guides,
//! the partners page and the campaigns index lead to the toolkits.

mod common;

use std::collections::BTreeSet;

use common::{bundled, href_of, png_size, qr_in_png, stored_body as body, stored_html as html};
use hotline_site::content::Page;
use hotline_site::material::raster::text_boxes;
use hotline_site::site::Site;

fn toolkits(site: &Site) -> Vec<&Page> {
    site.content
        .pages
        .iter()
        .filter(|p| p.toolkit.is_some())
        .collect()
}

/// The file a toolkit page offers under the download name `file`.
fn download(site: &Site, page: &Page, file: &str) -> Vec<u8> {
    let html = html(site, &page.url);
    body(site, href_of(&html, &format!("download=\"{file}\"")))
}

/// Every link target of a page, percent-decoded (Markdown links to pages with non-Latin
/// slugs are percent-encoded; component links are not).
fn links(html: &str) -> BTreeSet<String> {
    html.split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(|href| {
            percent_encoding::percent_decode_str(href)
                .decode_utf8_lossy()
                .into_owned()
        })
        .collect()
}

fn stem(page: &Page) -> String {
    format!("{}-{}", page.key.rsplit('/').next().unwrap(), page.locale)
}

#[test]
fn every_locale_has_every_sector_toolkit() {
    let site = bundled();
    let keys = |locale: &str| -> BTreeSet<&str> {
        toolkits(&site)
            .into_iter()
            .filter(|p| p.locale == locale)
            .map(|p| p.key.as_str())
            .collect()
    };
    let english = keys("en");
    assert!(english.len() >= 6, "{english:?}");
    for sector in [
        "hotels",
        "transport",
        "health-care",
        "schools",
        "farms",
        "finance",
    ] {
        assert!(
            toolkits(&site)
                .iter()
                .any(|p| p.toolkit.as_ref().unwrap().sector == sector),
            "no toolkit for {sector}"
        );
    }
    for locale in &site.content.config.locales {
        assert_eq!(keys(locale), english, "{locale}");
    }
}

#[test]
fn posters_and_wallet_cards_open_the_sector_guide_of_their_locale() {
    let site = bundled();
    let base = &site.content.config.base_url;
    let all = toolkits(&site);
    assert_eq!(all.len(), 6 * site.content.config.locales.len());
    for page in all {
        let guide_url = &page.toolkit.as_ref().unwrap().guide_url;
        let guide = site
            .content
            .page_by_url(guide_url)
            .expect("the guide is a page");
        assert_eq!(guide.locale, page.locale, "{}", page.url);
        assert!(guide.guide.is_some(), "{guide_url} is a guide");
        let want = format!("{base}{guide_url}");
        for (file, size) in [("poster", (1240, 1754)), ("card", (1050, 600))] {
            let png = download(&site, page, &format!("{}-{file}.png", stem(page)));
            assert_eq!(png_size(&png), size, "{} {file}", page.url);
            assert_eq!(
                qr_in_png(&png).as_deref(),
                Some(want.as_str()),
                "{} {file}",
                page.url
            );
        }
    }
}

/// Every line of every poster and wallet card, as resvg lays it out, stays inside the image
/// and clear of the QR code; on Arabic cards the QR code moves to the left.
#[test]
fn poster_and_card_words_stay_in_their_boxes_in_every_locale() {
    let site = bundled();
    for page in toolkits(&site) {
        for (file, (width, height), qr) in [
            ("poster", (1240.0, 1754.0), [410.0, 1130.0, 830.0, 1550.0]),
            ("card", (1050.0, 600.0), [640.0, 110.0, 1020.0, 490.0]),
        ] {
            let svg = download(&site, page, &format!("{}-{file}.svg", stem(page)));
            let svg = String::from_utf8(svg).unwrap();
            let mut qr = qr;
            if file == "card" && page.locale == "ar" {
                qr = [30.0, 110.0, 410.0, 490.0];
                assert!(svg.contains("translate(30 110)"), "the Arabic card mirrors");
            }
            let boxes = text_boxes(&svg).expect("valid SVG");
            assert!(boxes.len() >= 4, "{} {file}: {boxes:?}", page.url);
            for (words, [left, top, right, bottom]) in boxes {
                let at = format!(
                    "{} {file}: {words:?} at {left},{top}–{right},{bottom}",
                    page.url
                );
                assert!(left >= 0.0 && right <= width, "leaves the image: {at}");
                assert!(top >= 0.0 && bottom <= height, "leaves the image: {at}");
                let overlaps_qr = left < qr[2] && right > qr[0] && top < qr[3] && bottom > qr[1];
                assert!(!overlaps_qr, "runs into the QR code: {at}");
            }
        }
    }
}

#[test]
fn the_steps_are_a_list_and_the_flow_diagram_is_hidden_and_unstyled() {
    let site = bundled();
    for page in toolkits(&site) {
        let html = html(&site, &page.url);
        let toolkit = page.toolkit.as_ref().unwrap();
        let list = html
            .split("<ol class=\"steps\">")
            .nth(1)
            .and_then(|rest| rest.split("</ol>").next())
            .unwrap_or_else(|| panic!("{}: no list of steps", page.url));
        assert_eq!(list.matches("<li>").count(), toolkit.steps.len());
        let svg = html
            .split("<svg class=\"flow-diagram\"")
            .nth(1)
            .and_then(|rest| rest.split("</svg>").next())
            .unwrap_or_else(|| panic!("{}: no flow diagram", page.url));
        assert!(svg.contains("aria-hidden=\"true\""), "{}", page.url);
        assert!(!svg.contains("style"), "{}: no style in SVG", page.url);
        assert_eq!(svg.matches("<rect").count(), toolkit.steps.len());
        let rtl = page.locale == "ar";
        assert_eq!(
            svg.contains("cx=\"280\""),
            rtl,
            "{}: numbers on the reading side",
            page.url
        );
        // Briefing, questions and scenarios are on the page, and the minutes add up.
        assert_eq!(
            html.matches("class=\"minutes\"").count(),
            toolkit.briefing.len()
        );
        assert_eq!(
            html.matches("class=\"question\"").count(),
            toolkit.questions.len()
        );
        assert_eq!(
            html.matches("class=\"scenario\"").count(),
            toolkit.scenarios.len()
        );
        assert!(links(&html).contains(&toolkit.guide_url), "{}", page.url);
        assert!(html.contains("id=\"share-newsletter\"") && html.contains("id=\"share-intranet\""));
        assert!(html.contains("<iframe"), "{}: the badge snippet", page.url);
    }
}

#[test]
fn guides_partners_and_campaigns_lead_to_the_toolkits() {
    let site = bundled();
    for page in toolkits(&site) {
        let guide = &page.toolkit.as_ref().unwrap().guide_url;
        let html = html(&site, guide);
        assert!(
            html.contains("class=\"train-staff\"") && links(&html).contains(&page.url),
            "{guide} does not link to {}",
            page.url
        );
    }
    for locale in &site.content.config.locales {
        let index = site
            .content
            .page_by_key(locale, "toolkits/_index")
            .unwrap_or_else(|| panic!("{locale} has a toolkit index"));
        for key in ["partners", "campaigns/_index"] {
            let from = site.content.page_by_key(locale, key).unwrap();
            assert!(
                links(&html(&site, &from.url)).contains(&index.url),
                "{} does not link to {}",
                from.url,
                index.url
            );
        }
    }
}
