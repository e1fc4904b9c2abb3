//! The tip form over HTTP, in-process: every rule of the form, each with a store behind it.

mod common;

use common::tips::{aged_token, encode, get, opened, post, server, sqlite_location, token_of};
use hotline_site::server::SharedSite;

const PATH: &str = "/en/report/";

/// Keeps a page for the Nu HTML checker, which `.ci/run` runs on `target/tmp/tip-pages/`.
fn keep_for_vnu(name: &str, html: &str) {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("tip-pages");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(format!("{name}.html")), html).unwrap();
}

/// A server with the form on, its own SQLite store and the default caps.
async fn fresh() -> (tempfile::TempDir, SharedSite) {
    let (dir, db) = sqlite_location();
    (dir, server(&db, 10, 1000).await)
}

fn store(shared: &SharedSite) -> hotline_site::tips::Store {
    shared.tips().expect("tips on").store.clone()
}

async fn count(shared: &SharedSite) -> i64 {
    store(shared).count().await.expect("count")
}

#[tokio::test]
async fn every_locale_has_the_form_with_a_fresh_token_and_nothing_kept() {
    let (_dir, shared) = fresh().await;
    let site = shared.current();
    for locale in &site.locales {
        let page = site
            .content
            .page_by_key(locale, "report")
            .unwrap_or_else(|| panic!("{locale} has a report page"));
        // As a browser sends it: percent-encoded (Arabic, Chinese, Punjabi, Ukrainian slugs).
        let encoded: String = page
            .url
            .bytes()
            .map(|b| {
                if b.is_ascii() {
                    (b as char).to_string()
                } else {
                    format!("%{b:02X}")
                }
            })
            .collect();
        let reply = get(&shared, &encoded).await;
        assert_eq!(reply.status, 200, "{}", page.url);
        assert_eq!(reply.header("cache-control"), Some("no-store"));
        let html = reply.text();
        keep_for_vnu(&format!("form-{locale}"), &html);
        // Served from the template made when content loaded: the same bytes as rendering
        // the form afresh with that token.
        let token = token_of(&html);
        let tr = site.translations.for_locale(locale);
        let fresh = hotline_site::render::report::render(
            &site.content,
            &tr,
            &site.shell_assets,
            page,
            hotline_site::render::report::State::Form {
                fields: None,
                problems: &[],
                notice: None,
                token: Some(&token),
                action: &page.url,
            },
        );
        assert_eq!(html, fresh, "{locale}");
        assert!(html.contains("<form method=\"post\""), "{}", page.url);
        assert!(html.contains("autocomplete=\"off\" novalidate"));
        assert!(html.contains(&format!("action=\"{}\"", page.url)));
        assert!(!html.contains("type=\"file\""), "no upload");
        for name in [
            "details",
            "town",
            "region",
            "day",
            "ongoing",
            "concern",
            "minors",
            "connection",
            "reply",
            "alias",
            "reach",
            "times",
            "message",
            "language",
        ] {
            assert!(
                html.contains(&format!("name=\"{name}\"")),
                "{locale}: field {name}"
            );
        }
        // The intro: 911 and the hotline above the form.
        let form_at = html.find("<form method=\"post\"").unwrap();
        assert!(html[..form_at].contains("tel:911") || html[..form_at].contains(">911<"));
        assert!(html[..form_at].contains("tel:+18339001010"));
    }
    let a = token_of(&get(&shared, PATH).await.text());
    let b = token_of(&get(&shared, PATH).await.text());
    assert_ne!(a, b, "each form page has its own token");
}

#[tokio::test]
async fn a_tip_is_sealed_stored_once_and_confirmed_with_its_receipt() {
    let (dir, db) = sqlite_location();
    let shared = server(&db, 10, 1000).await;
    let token = aged_token(&shared, PATH).await;
    let body = encode(&[
        ("form", &token),
        (
            "details",
            "A van with plate TIPTEST 42 picks workers up at 5 am.",
        ),
        ("town", "Leamington"),
        ("region", "ON"),
        ("concern", "work"),
        ("reply", "receipt"),
        ("reference", ""),
    ]);
    let reply = post(&shared, PATH, body.clone(), &[]).await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.header("cache-control"), Some("no-store"));
    assert_eq!(reply.header("clear-site-data"), Some("\"cache\""));
    let html = reply.text();
    keep_for_vnu("received", &html);
    assert!(html.contains("Your tip was received"));
    assert!(
        !html.contains("TIPTEST"),
        "the confirmation does not echo the tip"
    );
    let marker = "dir=\"ltr\" class=\"tip-receipt\">";
    let start = html.find(marker).expect("receipt shown") + marker.len();
    let receipt = &html[start..start + 19];
    assert!(
        receipt
            .split(' ')
            .all(|g| g.len() == 4 && g.bytes().all(|b| b.is_ascii_digit())),
        "{receipt}"
    );

    let tips = opened(&store(&shared)).await;
    assert_eq!(tips.len(), 1);
    assert!(tips[0].contains("plate TIPTEST 42"));
    assert!(tips[0].contains("Town: Leamington\n"));
    assert!(tips[0].contains("Province or territory: ON\n"));
    assert!(tips[0].contains(&format!("Receipt code: {receipt}\n")));
    assert!(tips[0].contains("Form language: en\n"));

    // The row holds ciphertext only: no tip words, no receipt, in the database files.
    let mut raw = Vec::new();
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        raw.extend(std::fs::read(entry.unwrap().path()).unwrap());
    }
    let raw = String::from_utf8_lossy(&raw);
    assert!(!raw.contains("TIPTEST") && !raw.contains("Leamington") && !raw.contains(receipt));

    // The same form again (a replay, or a second click): told so, stored once.
    let again = post(&shared, PATH, body, &[]).await;
    assert_eq!(again.status, 200);
    assert!(again.text().contains("This tip was already received"));
    assert!(!again.text().contains("tip-receipt"));
    assert_eq!(count(&shared).await, 1);
}

#[tokio::test]
async fn invalid_input_comes_back_with_what_was_typed_and_a_summary() {
    let (_dir, shared) = fresh().await;
    let token = aged_token(&shared, PATH).await;
    let body = encode(&[
        ("form", &token),
        ("details", ""),
        ("town", "Brandon <b>&"),
        ("region", "XX"),
        ("day", "2999-01-01"),
        ("reply", "contact"),
        ("alias", "Sam"),
    ]);
    let reply = post(&shared, PATH, body, &[]).await;
    assert_eq!(reply.status, 422);
    let html = reply.text();
    keep_for_vnu("errors", &html);
    assert!(html.contains("<title>There is a problem: Report a concern online"));
    let summary = &html[html.find("class=\"error-summary\"").expect("summary")..];
    let summary = &summary[..summary.find("</div>").unwrap()];
    for (href, message) in [
        ("#details", "Write what you saw or heard."),
        ("#region", "Choose one of the options shown."),
        ("#day", "The date cannot be in the future."),
        ("#reach", "Give a phone number or email address"),
    ] {
        assert!(summary.contains(&format!("href=\"{href}\"")), "{href}");
        assert!(summary.contains(message), "{message}");
    }
    assert!(
        html.find("class=\"error-summary\"") < html.find("<h1>"),
        "the summary comes first"
    );
    // What was typed is kept (escaped), and the same token goes back.
    assert!(html.contains("value=\"Brandon &lt;b&gt;&amp;\""));
    assert!(html.contains("value=\"Sam\""));
    assert!(html.contains("value=\"contact\" checked"));
    assert_eq!(token_of(&html), token);
    assert!(html.contains("aria-describedby=\"details-hint details-error\""));
    assert_eq!(count(&shared).await, 0);
}

#[tokio::test]
async fn cross_site_posts_are_refused_with_the_hotline() {
    let (_dir, shared) = fresh().await;
    let token = aged_token(&shared, PATH).await;
    let body = encode(&[("form", &token), ("details", "seen")]);
    for headers in [
        &[("sec-fetch-site", "cross-site")][..],
        &[
            ("sec-fetch-site", "same-site"),
            ("origin", "https://evil.example"),
        ][..],
        &[("origin", "https://evil.example")][..],
        &[("origin", "null")][..],
    ] {
        let reply = post(&shared, PATH, body.clone(), headers).await;
        assert_eq!(reply.status, 403, "{headers:?}");
        assert!(reply.text().contains("tel:+18339001010"));
    }
    assert_eq!(count(&shared).await, 0);
    // The published site itself may post here (an exported page, `[tips] post_url`).
    let base = shared.current().content.config.base_url.clone();
    let reply = post(
        &shared,
        PATH,
        body,
        &[("sec-fetch-site", "cross-site"), ("origin", &base)],
    )
    .await;
    assert_eq!(reply.status, 200);
    assert_eq!(count(&shared).await, 1);
}

#[tokio::test]
async fn bots_get_the_confirmation_and_nothing_is_stored() {
    let (_dir, shared) = fresh().await;
    // The honeypot filled.
    let token = aged_token(&shared, PATH).await;
    let body = encode(&[
        ("form", &token),
        ("details", "buy now"),
        ("reference", "http://spam.example"),
    ]);
    let reply = post(&shared, PATH, body, &[]).await;
    assert_eq!(reply.status, 200);
    assert!(reply.text().contains("Your tip was received"));
    // Sent under 3 seconds after the form was issued.
    let fast = token_of(&get(&shared, PATH).await.text());
    let reply = post(
        &shared,
        PATH,
        encode(&[("form", &fast), ("details", "fast")]),
        &[],
    )
    .await;
    assert_eq!(reply.status, 200);
    assert!(reply.text().contains("Your tip was received"));
    assert_eq!(count(&shared).await, 0);
    // That token was not spent: a person who really was that fast can send again.
    tokio::time::sleep(std::time::Duration::from_millis(3100)).await;
    let reply = post(
        &shared,
        PATH,
        encode(&[("form", &fast), ("details", "fast")]),
        &[],
    )
    .await;
    assert_eq!(reply.status, 200);
    assert_eq!(count(&shared).await, 1);
}

#[tokio::test]
async fn a_missing_altered_or_foreign_token_returns_the_form_to_send_again() {
    let (_dir, shared) = fresh().await;
    for token in [
        "",
        "garbage",
        "AAAAAGsOPszEoboDc0CT-LDNvlIl0EEzjjL1_sfvJnKk6ixN4hdIGg",
    ] {
        let reply = post(
            &shared,
            PATH,
            encode(&[("form", token), ("details", "kept text")]),
            &[],
        )
        .await;
        assert_eq!(reply.status, 422, "{token}");
        let html = reply.text();
        assert!(html.contains("Your tip has not been sent yet."));
        assert!(html.contains(">kept text</textarea>"));
        assert_ne!(token_of(&html), token, "a fresh token");
    }
    assert_eq!(count(&shared).await, 0);
}

#[tokio::test]
async fn caps_per_client_and_for_everyone_answer_429_with_the_hotline() {
    use axum::body::Body;
    use axum::http::Request;
    use hotline_site::server::report::ClientAddr;
    let (_dir, db) = sqlite_location();
    let shared = server(&db, 2, 3).await;
    let token = aged_token(&shared, PATH).await;
    let from = |ip: &str| {
        let body = encode(&[("form", &token), ("details", "")]);
        let mut request = Request::builder()
            .method("POST")
            .uri(PATH)
            .header("content-type", "application/x-www-form-urlencoded")
            .header("sec-fetch-site", "same-origin")
            .body(Body::from(body))
            .unwrap();
        request
            .extensions_mut()
            .insert(ClientAddr(ip.parse().unwrap()));
        common::send(shared.clone(), request)
    };
    assert_eq!(from("192.0.2.1").await.status, 422);
    assert_eq!(from("192.0.2.1").await.status, 422);
    let over = from("192.0.2.1").await;
    assert_eq!(over.status, 429);
    assert!(over.text().contains("Too many tips right now"));
    assert!(over.text().contains("tel:+18339001010"));
    assert_eq!(over.header("retry-after"), Some("3600"));
    assert_eq!(from("192.0.2.2").await.status, 422);
    assert_eq!(from("192.0.2.3").await.status, 429, "the global cap");
}

#[tokio::test]
async fn full_length_chinese_and_arabic_tips_fit_and_larger_bodies_get_413() {
    let (_dir, shared) = fresh().await;
    let site = shared.current();
    for (locale, ch) in [("zh-Hans", "报"), ("ar", "ب")] {
        let path = site
            .content
            .page_by_key(locale, "report")
            .unwrap()
            .url
            .clone();
        let token = aged_token(&shared, &path).await;
        let details = ch.repeat(10_000);
        let long_short = "字".repeat(200);
        let body = encode(&[
            ("form", &token),
            ("details", &details),
            ("town", &long_short),
            ("alias", &long_short),
            ("reach", &long_short),
            ("times", &long_short),
            ("language", &long_short),
        ]);
        let reply = post(&shared, &path, body, &[]).await;
        assert_eq!(reply.status, 200, "{locale}: a full-length tip is taken");
    }
    let tips = opened(&store(&shared)).await;
    assert_eq!(tips.len(), 2);
    assert!(tips.iter().any(|t| t.contains(&"报".repeat(10_000))));
    assert!(tips.iter().any(|t| t.contains(&"ب".repeat(10_000))));
    // One character over the limit: the form says so.
    let token = aged_token(&shared, PATH).await;
    let over = "x".repeat(10_001);
    let reply = post(
        &shared,
        PATH,
        encode(&[("form", &token), ("details", &over)]),
        &[],
    )
    .await;
    assert_eq!(reply.status, 422);
    assert!(reply
        .text()
        .contains("Shorten what you wrote to 10,000 characters or fewer."));
    // A body larger than any valid form: a page with the hotline, nothing read further.
    let huge = "x".repeat(hotline_site::server::report::MAX_BODY + 1);
    let reply = post(
        &shared,
        PATH,
        encode(&[("form", &token), ("details", &huge)]),
        &[],
    )
    .await;
    assert_eq!(reply.status, 413);
    assert!(reply.text().contains("Your tip is too long"));
    assert!(reply.text().contains("tel:+18339001010"));
    assert_eq!(count(&shared).await, 2);
}

#[tokio::test]
async fn a_store_that_fails_keeps_the_text_and_never_says_received() {
    let (_dir, shared) = fresh().await;
    let token = aged_token(&shared, PATH).await;
    store(&shared).close().await;
    let body = encode(&[("form", &token), ("details", "please keep this text")]);
    let reply = post(&shared, PATH, body, &[]).await;
    assert_eq!(reply.status, 503);
    let html = reply.text();
    assert!(!html.contains("Your tip was received"));
    assert!(html.contains("your tip was not received"));
    assert!(html.contains(">please keep this text</textarea>"));
    assert!(html.contains("tel:+18339001010"));
    assert_eq!(
        token_of(&html),
        token,
        "the same, unspent token to try again"
    );
}

#[tokio::test]
async fn without_recipients_the_page_offers_other_channels_and_takes_no_post() {
    let reply = common::get("/en/report/").await;
    assert_eq!(reply.status, 200);
    let html = reply.text();
    assert!(!html.contains("<form method=\"post\""));
    assert!(html.contains("Tips cannot be sent online from this site."));
    assert!(html.contains("tel:+18339001010"));
    assert!(html.contains("mailto:hotline@ccteht.ca"));
    let shared = SharedSite::from_arc(common::bundled());
    let reply = post(&shared, PATH, encode(&[("details", "x")]), &[]).await;
    assert_eq!(reply.status, 405);
}

#[tokio::test]
async fn the_report_page_is_linked_from_help_guides_404_and_empty_searches() {
    for (path, status) in [
        ("/en/get-help/", 200),
        ("/en/indicators/recognising-human-trafficking/", 200),
        ("/en/no-such-page/", 404),
        ("/en/search/?q=zzqqxxnothing", 200),
        ("/fr/signaler-nulle-part/", 404),
    ] {
        let reply = common::get(path).await;
        assert_eq!(reply.status, status, "{path}");
        let report = if path.starts_with("/fr/") {
            "/fr/signaler/"
        } else {
            PATH
        };
        assert!(
            reply.text().contains(&format!("href=\"{report}\"")),
            "{path} links the report page"
        );
    }
}

#[test]
fn an_exported_report_page_posts_to_post_url_or_offers_other_channels() {
    use hotline_site::site::{Purpose, Site};
    let content = common::tips::content_with_tips("post_url = \"https://tips.example.org\"");
    let (site, _) = Site::build(&common::tips::sources(content), Purpose::Export).unwrap();
    let html = String::from_utf8(site.files["/en/report/"].body().to_vec()).unwrap();
    assert!(html.contains("action=\"https://tips.example.org/en/report/\""));
    assert!(
        !html.contains("name=\"form\""),
        "a static page carries no token"
    );
    let bundled = common::bundled();
    let html = String::from_utf8(bundled.files["/en/report/"].body().to_vec()).unwrap();
    assert!(!html.contains("<form method=\"post\""));
    assert!(html.contains("Tips cannot be sent online from this site."));
}
