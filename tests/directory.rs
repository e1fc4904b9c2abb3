//! The referral directory on the bundled site: the postal-code box, filter pages, listing
//! pages, search, sitemap and feeds; and HSDS out (validated against the official schemas)
//! and in (the official examples, and a round trip).

mod common;

use common::{bundled, get, stored_html};
use hotline_site::directory::{hsds, urls, Reach};

/// The official HSDS 3.1 files the tests use, copied with their licence.
fn hsds_dir() -> std::path::PathBuf {
    common::repo().join("tests/fixtures/hsds-3.1")
}

/// Keeps a page that exists only per request for the Nu HTML checker (`.ci/run` checks
/// `target/tmp/tip-pages/`).
fn keep_for_vnu(name: &str, html: &str) {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("tip-pages");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(format!("{name}.html")), html).unwrap();
}

fn schema(name: &str) -> serde_json::Value {
    let path = hsds_dir().join("schema/compiled").join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap()
}

#[tokio::test]
async fn a_postal_code_opens_its_province_for_every_first_letter() {
    let cases = [
        ("A1C", "newfoundland-and-labrador"),
        ("B3H", "nova-scotia"),
        ("C1A", "prince-edward-island"),
        ("E1C", "new-brunswick"),
        ("G1R", "quebec"),
        ("H2X", "quebec"),
        ("J8Y", "quebec"),
        ("K1A", "ontario"),
        ("L5B", "ontario"),
        ("M5V", "ontario"),
        ("N2L", "ontario"),
        ("P3E", "ontario"),
        ("R3C", "manitoba"),
        ("S4P", "saskatchewan"),
        ("T5J", "alberta"),
        ("V6B", "british-columbia"),
        ("Y1A", "yukon"),
        ("X0A", "northwest-territories-and-nunavut"),
        ("X1A", "northwest-territories-and-nunavut"),
        // Lower case, spaces, a whole code: only the first three characters are read.
        ("m5v%203l9", "ontario"),
        ("%20%20k%201%20a", "ontario"),
        ("v", "british-columbia"),
    ];
    for (code, slug) in cases {
        let reply = get(&format!("/en/directory/?postal={code}")).await;
        assert_eq!(reply.status, 303, "{code}");
        assert_eq!(
            reply.header("location"),
            Some(format!("/en/directory/{slug}/").as_str()),
            "{code}"
        );
        assert_eq!(reply.header("cache-control"), Some("no-store"), "{code}");
        // The page the redirect names exists.
        assert_eq!(
            get(&format!("/en/directory/{slug}/")).await.status,
            200,
            "{slug}"
        );
    }
}

#[tokio::test]
async fn garbage_in_the_postal_box_gets_a_clear_message_never_a_500() {
    let cases = [
        ("", "Type a postal code"),
        ("%20%20", "Type a postal code"),
        ("90210", "does not look like a Canadian postal code"),
        ("W1A", "does not look like a Canadian postal code"),
        ("%3Cscript%3E", "does not look like a Canadian postal code"),
        ("%D9%83", "does not look like a Canadian postal code"),
        ("KKK", "Check the postal code"),
        ("%FF%FE", "does not look like a Canadian postal code"),
    ];
    for (code, words) in cases {
        let reply = get(&format!("/en/directory/?postal={code}")).await;
        assert_eq!(reply.status, 400, "{code}");
        let html = reply.text();
        assert!(html.contains(words), "{code}: {words}");
        assert!(html.contains("aria-invalid=\"true\""), "{code}");
        // The code is not echoed back into the page.
        assert!(!html.contains("value=\""), "{code}");
        keep_for_vnu("directory-postal-en", &html);
    }
    let arabic =
        get("/ar/%D8%AF%D9%84%D9%8A%D9%84-%D8%A7%D9%84%D8%AE%D8%AF%D9%85%D8%A7%D8%AA/?postal=D")
            .await;
    assert_eq!(arabic.status, 400);
    keep_for_vnu("directory-postal-ar", &arabic.text());
    let long = "K".repeat(5000);
    assert_eq!(
        get(&format!("/en/directory/?postal={long}")).await.status,
        400
    );
    // Other queries on the directory are the page itself.
    assert_eq!(get("/en/directory/?utm_source=x").await.status, 200);
}

#[tokio::test]
async fn every_locale_answers_the_box_even_percent_encoded() {
    let site = bundled();
    for locale in &site.locales {
        let section = urls::section(&site.content, locale).expect("every locale has the directory");
        let encoded =
            percent_encoding::utf8_percent_encode(&section.url, percent_encoding::NON_ALPHANUMERIC)
                .to_string()
                .replace("%2F", "/");
        let reply = get(&format!("{encoded}?postal=T5J")).await;
        assert_eq!(reply.status, 303, "{locale}");
        let location = reply.header("location").unwrap();
        let decoded = percent_encoding::percent_decode_str(location)
            .decode_utf8()
            .unwrap();
        assert!(decoded.starts_with(&section.url), "{locale}: {decoded}");
        assert!(
            site.files.contains_key(decoded.as_ref()),
            "{locale}: {decoded}"
        );
        assert_eq!(
            get(&format!("{encoded}?postal=Q")).await.status,
            400,
            "{locale}"
        );
    }
}

#[test]
fn a_province_page_lists_its_own_services_then_national_ones_marked() {
    let site = bundled();
    let html = stored_html(&site, "/en/directory/alberta/");
    let list = &html[html.find("dir-list").unwrap()..];
    let one_line = list
        .find("Alberta's One Line")
        .expect("an Alberta service is listed");
    let national = list
        .find("Kids Help Phone")
        .expect("a national service is listed");
    assert!(one_line < national, "Alberta's own services come first");
    assert!(list.contains("<span class=\"dir-tag\">National</span>"));
    // Nothing from another province only.
    assert!(!list.contains("Legal Aid Ontario"));
    assert!(!list.contains("VictimLinkBC"));
}

#[test]
fn filter_pages_keep_what_they_say() {
    let site = bundled();
    let legal = stored_html(&site, "/en/directory/legal-help/");
    assert!(legal.contains("Legal Aid BC") && legal.contains("Legal Aid Alberta"));
    assert!(!legal.contains("Kids Help Phone"));
    let text = stored_html(&site, "/en/directory/text-chat-or-tty/");
    assert!(text.contains("Kids Help Phone"), "texts 686868");
    assert!(text.contains("Manitoba"), "has a TTY line");
    assert!(!text.contains("Legal Aid Alberta"), "voice only");
    let open = stored_html(&site, "/en/directory/open-24-7/");
    assert!(open.contains("9-8-8") || open.contains("988"));
    assert!(!open.contains("Legal Aid Alberta"));
    let cree = stored_html(&site, "/en/directory/cree/");
    assert!(cree.contains("Hope for Wellness"));
    // The current filter is marked for screen readers.
    assert!(legal.contains("aria-current=\"page\">Legal help<"));
}

#[test]
fn a_listing_shows_how_to_reach_it_safely_with_links_only_where_offered() {
    let site = bundled();
    let html = stored_html(&site, "/en/directory/kids-help-phone/");
    let hotline = html.find("tel:+18339001010").unwrap();
    let article = html.find("<article").unwrap();
    assert!(hotline < article, "the hotline comes first");
    assert!(html.contains("href=\"tel:+18006686868\""));
    assert!(html.contains("href=\"sms:686868\""));
    assert!(html.contains("How to reach them safely"));
    assert!(html.contains("Last verified: "));
    assert!(html.contains("rel=\"noreferrer noopener\""));
    // A service with no text line gets no sms: link.
    let legal = stored_html(&site, "/en/directory/legal-aid-alberta/");
    assert!(!legal.contains("sms:"));
    assert!(legal.contains("tel:+18668453425"));
}

#[test]
fn no_service_reaches_a_page_with_a_place_it_may_not_show() {
    let site = bundled();
    for org in &site.content.directory.orgs {
        for service in &org.services {
            assert!(
                matches!(service.reach, Reach::Phone | Reach::Area { .. })
                    || service.reach.address().is_none(),
                "{}: the bundled directory lists no address",
                org.name
            );
        }
    }
}

#[tokio::test]
async fn listings_are_in_search_the_sitemap_and_the_feeds() {
    let reply = get("/en/search/?q=Kids+Help+Phone").await;
    assert!(reply.text().contains("/en/directory/kids-help-phone/"));
    let reply = get("/fr/search/?q=Jeunesse").await;
    assert!(
        reply.text().contains("/fr/repertoire/jeunesse-j-ecoute/"),
        "{}",
        reply.text().len()
    );
    let site = bundled();
    let sitemap = String::from_utf8(common::stored_body(&site, "/sitemap.xml")).unwrap();
    assert!(sitemap.contains("https://hotline.example.ca/en/directory/kids-help-phone/</loc><lastmod>2026-11-30</lastmod>"));
    assert!(sitemap.contains(
        "hreflang=\"fr\" href=\"https://hotline.example.ca/fr/repertoire/jeunesse-j-ecoute/\""
    ));
    assert!(sitemap.contains("/en/directory/alberta/"));
    let feed = String::from_utf8(common::stored_body(&site, "/en/feed.xml")).unwrap();
    assert!(feed.contains("<title>Kids Help Phone</title>"));
}

#[test]
fn hsds_export_validates_against_the_official_schemas() {
    let site = bundled();
    // `organization_package.json` of the official schemas: an array of organizations.
    let package = serde_json::json!({"type": "array", "items": schema("organization.json")});
    let validator = jsonschema::draft202012::new(&package).expect("the official schema compiles");
    let files = hsds::export(&site.content.directory, &site.content.config.locales);
    assert_eq!(files.len(), 1 + site.locales.len());
    for (name, json) in files.iter().skip(1) {
        let errors: Vec<String> = validator
            .iter_errors(json)
            .map(|e| format!("{} at {}", e, e.instance_path))
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:#?}");
        assert_eq!(
            json.as_array().unwrap().len(),
            site.content.directory.orgs.len()
        );
    }
    // Each organisation also validates on its own against `organization.json`.
    let one = jsonschema::draft202012::new(&schema("organization.json")).unwrap();
    for org in files[1].1.as_array().unwrap() {
        assert!(one.is_valid(org), "{}", org["name"]);
    }
    // The schema is not a rubber stamp: a service without a status fails it.
    let mut broken = files[1].1.clone();
    broken[0]["services"][0]
        .as_object_mut()
        .unwrap()
        .remove("status");
    assert!(!validator.is_valid(&broken));
    // No address, postal code or coordinates anywhere: every bundled service is phone-only.
    let text = serde_json::to_string(&files).unwrap();
    for word in [
        "address_1",
        "latitude",
        "postal_code",
        "service_at_locations",
    ] {
        assert!(!text.contains(word), "{word}");
    }
}

#[test]
fn a_round_trip_through_hsds_keeps_every_field() {
    let site = bundled();
    let out = tempfile::tempdir().unwrap();
    let content = common::repo().join("content");
    hotline_site::directory::commands::export(&content, &out.path().join("hsds")).unwrap();
    let imported = out.path().join("directory");
    let defaults = hsds::ImportDefaults {
        visibility: "phone".into(),
        area: "CA".into(),
        service_type: "information".into(),
        verified: "2026-01-01".into(),
    };
    let report = hotline_site::directory::commands::import(
        &out.path().join("hsds"),
        &imported,
        &site.content.config.locales,
        &defaults,
    )
    .expect("the export imports");
    assert_eq!(report.written.len(), site.content.directory.orgs.len());
    // Load the imported files as content would.
    let mut diags = hotline_site::diagnostics::Diagnostics::default();
    let copy = out.path().join("content");
    std::fs::create_dir_all(&copy).unwrap();
    std::fs::rename(&imported, copy.join("directory")).unwrap();
    let again = hotline_site::directory::load(
        &copy,
        &site.content.config.locales,
        time::OffsetDateTime::now_utc().date(),
        &mut diags,
    );
    assert!(!diags.has_errors(), "{:?}", diags.sorted());
    assert_eq!(again.orgs.len(), site.content.directory.orgs.len());
    for (a, b) in site.content.directory.orgs.iter().zip(&again.orgs) {
        let mut b = b.clone();
        b.file = a.file.clone();
        assert_eq!(*a, b, "{}", a.name);
    }
}

#[test]
fn the_official_hsds_example_imports_and_its_addresses_are_refused_unless_public() {
    let example = hsds_dir().join("examples/organization_full.json");
    let out = tempfile::tempdir().unwrap();
    let locales = vec!["en".to_string(), "fr".to_string()];
    let mut defaults = hsds::ImportDefaults {
        visibility: "phone".into(),
        area: "ON".into(),
        service_type: "information".into(),
        verified: "2026-01-01".into(),
    };
    let refused =
        hotline_site::directory::commands::import(&example, out.path(), &locales, &defaults)
            .expect_err("an address under phone visibility is refused");
    assert!(
        refused
            .iter()
            .any(|p| p.contains("address") && p.contains("refused")),
        "{refused:#?}"
    );
    assert_eq!(
        std::fs::read_dir(out.path()).unwrap().count(),
        0,
        "nothing written"
    );
    defaults.visibility = "public".into();
    let report =
        hotline_site::directory::commands::import(&example, out.path(), &locales, &defaults)
            .expect("with consent to publish, the example imports");
    assert_eq!(report.written.len(), 1);
    let text = std::fs::read_to_string(&report.written[0]).unwrap();
    assert!(text.contains("id = \"d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610\""));
    assert!(text.contains("[services.address]"), "{text}");
    assert!(
        !report.notes.is_empty(),
        "what the example did not say is reported"
    );
    // Importing again never overwrites.
    assert!(
        hotline_site::directory::commands::import(&example, out.path(), &locales, &defaults)
            .is_err()
    );
    // A list page of organisations without services is refused with a reason.
    let list = hsds_dir().join("examples/organization_list.json");
    let other = tempfile::tempdir().unwrap();
    let refused =
        hotline_site::directory::commands::import(&list, other.path(), &locales, &defaults)
            .unwrap_err();
    assert!(
        refused
            .iter()
            .any(|p| p.contains("at least one `[[services]]`")),
        "{refused:#?}"
    );
}
