//! Campaigns and partner material: QR codes that decode to the page, images of the stated
//! sizes, a framable badge (and nothing else framable), sitemap and feeds that parse and list
//! every page, and links that never break.

mod common;

use common::{page, Fixture};
use hotline_site::server::SharedSite;
use hotline_site::site::{Purpose, Site};

const CAMPAIGN: &str = r##"+++
title = "Know the signs"
description = "A campaign."
slug = "know-the-signs"

[campaign]
start = 2026-01-01
end = 2099-12-31
hashtag = "#KnowTheSigns"
share_short = "Know the signs. Call 1-800-555-0100. #KnowTheSigns"
share_long = "A longer text for newsletters. Call 1-800-555-0100."
poster_headline = "Know the signs"
poster_text = "Help is one call away, day and night."
+++

Body.
"##;

fn campaign_site() -> (Fixture, Site) {
    let f = Fixture::new();
    f.write("content/en/campaigns/_index.md", &page("Campaigns", ""));
    f.write("content/en/campaigns/know.md", CAMPAIGN);
    let (site, _) = Site::build(&f.sources(), Purpose::Serve).expect("builds");
    (f, site)
}

async fn fetch(site: &SharedSite, uri: &str) -> common::Reply {
    let req = axum::http::Request::builder()
        .uri(uri)
        .body(axum::body::Body::empty())
        .unwrap();
    common::send(site.clone(), req).await
}

use common::{href_of, png_size};

#[tokio::test]
async fn the_qr_code_decodes_to_the_canonical_url() {
    let (_f, site) = campaign_site();
    let shared = SharedSite::new(site);
    let html = fetch(&shared, "/en/campaigns/know-the-signs/").await.text();
    let qr = href_of(&html, "download=\"know-en-qr.png\"");
    let content = common::qr_in_png(&fetch(&shared, qr).await.body);
    assert_eq!(
        content.as_deref(),
        Some("https://hotline.example.org/en/campaigns/know-the-signs/")
    );
}

#[tokio::test]
async fn posters_cards_and_social_cards_are_images_of_the_stated_sizes() {
    let (_f, site) = campaign_site();
    let shared = SharedSite::new(site);
    let html = fetch(&shared, "/en/campaigns/know-the-signs/").await.text();
    for (file, size) in [
        ("know-en-poster.png", (1240, 1754)),
        ("know-en-card.png", (1050, 600)),
    ] {
        let r = fetch(&shared, href_of(&html, &format!("download=\"{file}\""))).await;
        assert_eq!(r.header("content-type"), Some("image/png"));
        assert_eq!(png_size(&r.body), size, "{file}");
    }
    let svg = fetch(&shared, href_of(&html, "download=\"know-en-poster.svg\""))
        .await
        .text();
    assert!(
        svg.starts_with("<svg") && svg.contains("1-800-555-0100"),
        "the poster shows the hotline"
    );
    // Every page has a social card, referenced with its size and alt text.
    for url in ["/en/", "/fr/aide/", "/en/campaigns/know-the-signs/"] {
        let page = fetch(&shared, url).await.text();
        let image = common::og_image(&page);
        assert!(page.contains("property=\"og:image:width\" content=\"1200\""));
        assert!(page.contains("property=\"og:image:alt\""));
        assert!(page.contains("name=\"twitter:card\" content=\"summary_large_image\""));
        let path = image.strip_prefix("https://hotline.example.org").unwrap();
        let card = fetch(&shared, path).await;
        assert_eq!(card.status, 200, "{path}");
        assert_eq!(png_size(&card.body), (1200, 630), "{path}");
    }
}

#[tokio::test]
async fn the_badge_is_framable_and_nothing_else_is() {
    let (_f, site) = campaign_site();
    let shared = SharedSite::new(site);
    for url in ["/embed/en/badge/", "/embed/fr/badge/compact/"] {
        let r = fetch(&shared, url).await;
        assert_eq!(r.status, 200, "{url}");
        let csp = r.header("content-security-policy").unwrap();
        assert!(csp.contains("frame-ancestors *"), "{csp}");
        let html = r.text();
        assert!(!html.contains("<script"), "the badge has no script");
        assert!(html.contains("target=\"_top\""));
        assert!(html.contains("tel:+18005550100"));
    }
    for url in ["/en/", "/en/campaigns/know-the-signs/", "/en/nope/"] {
        let csp = fetch(&shared, url)
            .await
            .header("content-security-policy")
            .unwrap()
            .to_string();
        assert!(csp.contains("frame-ancestors 'none'"), "{url}: {csp}");
    }
    let partners = fetch(&shared, "/en/campaigns/know-the-signs/").await.text();
    assert!(
        partners.contains("&lt;iframe src=\"https://hotline.example.org/embed/en/badge/\""),
        "a copy-ready snippet"
    );
}

#[tokio::test]
async fn the_sitemap_and_feeds_parse_and_list_every_page() {
    let (_f, site) = campaign_site();
    let pages: Vec<(String, String, String)> = site
        .content
        .pages
        .iter()
        .map(|p| (p.url.clone(), p.locale.clone(), p.key.clone()))
        .collect();
    let shared = SharedSite::new(site);
    let sitemap = fetch(&shared, "/sitemap.xml").await.text();
    let doc = roxmltree::Document::parse(&sitemap).expect("sitemap parses");
    let locs: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("loc"))
        .filter_map(|n| n.text())
        .collect();
    for (url, _, _) in &pages {
        assert!(
            locs.contains(&format!("https://hotline.example.org{url}").as_str()),
            "{url} missing from the sitemap"
        );
    }
    let help_alternates = doc
        .descendants()
        .filter(|n| n.has_tag_name("url"))
        .find(|n| {
            n.descendants().any(|c| {
                c.has_tag_name("loc") && c.text() == Some("https://hotline.example.org/en/help/")
            })
        })
        .unwrap()
        .children()
        .filter(|c| c.has_tag_name("link"))
        .count();
    assert_eq!(help_alternates, 2, "en and fr alternates");
    for locale in ["en", "fr"] {
        let feed = fetch(&shared, &format!("/{locale}/feed.xml")).await;
        assert_eq!(
            feed.header("content-type"),
            Some("application/atom+xml; charset=utf-8")
        );
        let text = feed.text();
        let doc = roxmltree::Document::parse(&text).expect("feed parses");
        assert_eq!(doc.root_element().tag_name().name(), "feed");
        if locale == "en" {
            assert!(
                text.contains("<title>Know the signs</title>"),
                "campaigns are in the feed"
            );
        }
    }
    let robots = fetch(&shared, "/robots.txt").await.text();
    assert!(robots.contains("Sitemap: https://hotline.example.org/sitemap.xml"));
}

#[test]
fn a_renamed_slug_without_an_alias_fails_the_build_and_an_alias_mends_it() {
    let f = Fixture::new();
    f.write(
        "content/published-urls.txt",
        "# published\n/en/\n/en/help/\n/fr/aide/\n",
    );
    assert!(f.build().is_ok());
    f.write("content/en/help.md", &page("Help", "slug = \"get-help\"\n"));
    let errors = f.errors();
    assert!(
        errors.iter().any(
            |e| e.starts_with("content/published-urls.txt:3:1: error: /en/help/ was published")
        ),
        "{errors:?}"
    );
    f.write(
        "content/en/help.md",
        &page("Help", "slug = \"get-help\"\naliases = [\"/en/help/\"]\n"),
    );
    assert!(f.build().is_ok());
}

#[test]
fn text_no_installed_font_can_draw_is_reported_once_per_locale() {
    let f = Fixture::new();
    // U+E000 is a private-use character: no font on any machine draws it.
    f.write(
        "content/fr/help.md",
        &page("Aide \u{E000}", "slug = \"aide\"\n"),
    );
    let lines: Vec<String> = f
        .warnings()
        .into_iter()
        .filter(|l| l.contains("no installed font"))
        .collect();
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].starts_with("content/fr/help.md:"), "{}", lines[0]);
    assert!(lines[0].contains("U+E000") && lines[0].contains("`fr`"));
}

#[test]
fn the_font_library_s_warnings_per_character_stay_out_of_the_log() {
    let f = Fixture::new();
    f.write("content/en/campaigns/_index.md", &page("Campaigns", ""));
    // Private-use characters: no font on any machine draws them, so the poster drawn for
    // this campaign makes the font library warn for each one.
    f.write(
        "content/en/campaigns/know.md",
        &CAMPAIGN.replace(
            "poster_headline = \"Know the signs\"",
            "poster_headline = \"Know \u{E000}\u{E001}\u{E002} signs\"",
        ),
    );
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_hotline-site"))
        .args(["check", "--content", "content", "--locales", "locales"])
        .args(["--style", "style", "--public", "public"])
        .env_remove("RUST_LOG")
        .current_dir(f.dir.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(!stderr.contains("No fonts with"), "{stderr}");
    let reports = format!("{stdout}{stderr}")
        .lines()
        .filter(|l| l.contains("no installed font draws"))
        .count();
    assert_eq!(
        reports, 1,
        "check reports the locale once: {stdout}{stderr}"
    );
}

/// The Arabic posters, wallet cards and social cards of the bundled site, as resvg lays
/// them out: every line reads from the right, the hotline number and URLs read left to
/// right inside it, and no line starts (on its right) with sentence punctuation.
#[test]
fn arabic_images_are_laid_out_right_to_left_with_numbers_left_to_right() {
    use hotline_site::material::raster::glyph_lines;
    let site = common::bundled();
    let mut svgs: Vec<(String, String)> = site
        .files
        .iter()
        .filter(|(url, _)| url.starts_with("/assets/campaigns/") && url.contains("-ar-"))
        .filter(|(url, _)| url.ends_with(".svg") && !url.contains("-qr."))
        .map(|(url, stored)| {
            (
                url.clone(),
                String::from_utf8(stored.body().to_vec()).unwrap(),
            )
        })
        .collect();
    svgs.extend(
        site.cards
            .iter()
            .filter(|(url, _)| url.contains("-ar."))
            .map(|(url, card)| (url.clone(), card.svg())),
    );
    assert!(
        svgs.len() >= 10,
        "posters, cards and social cards: {}",
        svgs.len()
    );
    let phone = &site.content.config.hotline.phone;
    let is_arabic = |t: &str| t.chars().any(|c| ('\u{600}'..='\u{6ff}').contains(&c));
    let mut lines_with_phone = 0;
    for (url, svg) in &svgs {
        for glyphs in glyph_lines(svg).expect("valid SVG") {
            let mut by_x = glyphs.clone();
            by_x.sort_by(|a, b| a.1.total_cmp(&b.1));
            let logical: String = glyphs.iter().map(|g| g.0.as_str()).collect();
            if !is_arabic(&logical) {
                continue;
            }
            let ascii_left_to_right: String = by_x
                .iter()
                .map(|g| g.0.as_str())
                .filter(|t| t.is_ascii())
                .collect();
            if logical.contains(phone.as_str()) {
                lines_with_phone += 1;
                assert!(
                    ascii_left_to_right.contains(phone.as_str()),
                    "{url}: the number reads {ascii_left_to_right:?} in {logical:?}"
                );
            }
            if let Some(at) = logical.find("https://") {
                let url_ascii: String = logical[at..]
                    .split_whitespace()
                    .next()
                    .unwrap()
                    .chars()
                    .filter(char::is_ascii)
                    .collect();
                assert!(
                    ascii_left_to_right.contains(&url_ascii),
                    "{url}: the address reads {ascii_left_to_right:?}"
                );
            }
            let rightmost = by_x
                .iter()
                .rev()
                .map(|g| g.0.trim())
                .find(|t| {
                    !t.is_empty()
                        && !t
                            .chars()
                            .all(|c| c.is_control() || ('\u{200e}'..='\u{206f}').contains(&c))
                })
                .unwrap();
            assert!(
                !matches!(rightmost, "." | "،" | "؟" | ":" | "؛" | "!"),
                "{url}: a line starts with {rightmost:?}: {logical:?}"
            );
        }
    }
    assert!(
        lines_with_phone >= 6,
        "{lines_with_phone} lines with the number"
    );
}
