//! Whole-site behaviour: export matches serve, reload keeps the last good site, the exit
//! destination comes from site.toml, aliases redirect, and `check` passes on the bundled site.

mod common;

use std::process::Command;

use common::{page, Fixture};
use hotline_site::server::{watch, SharedSite};
use hotline_site::site::Purpose;

#[tokio::test]
async fn export_writes_the_bytes_serve_sends() {
    let out = tempfile::tempdir().unwrap();
    let (site, _) =
        hotline_site::site::Site::build(&common::bundled_sources(), Purpose::Export).unwrap();
    hotline_site::export::export(&site, out.path()).unwrap();
    for (url, file) in [
        ("/en/", "en/index.html"),
        ("/fr/indicateurs/", "fr/indicateurs/index.html"),
        (
            "/en/indicators/labour-trafficking/",
            "en/indicators/labour-trafficking/index.html",
        ),
        ("/robots.txt", "robots.txt"),
    ] {
        let served = common::get(url).await;
        let written = std::fs::read(out.path().join(file)).unwrap();
        assert_eq!(served.body, written, "{url} differs from {file}");
    }
    let not_found = std::fs::read_to_string(out.path().join("fr/404.html")).unwrap();
    assert!(not_found.contains("lang=\"fr\""));
    assert!(out.path().join("404.html").exists());
    let css = std::fs::read_dir(out.path().join("assets"))
        .unwrap()
        .count();
    assert!(css >= 2, "assets exported");
}

#[tokio::test]
async fn a_broken_reload_keeps_the_last_good_site_serving() {
    let f = Fixture::new();
    let (site, _) = hotline_site::site::Site::build(&f.sources(), Purpose::Serve).unwrap();
    let shared = SharedSite::new(site);
    assert!(shared.current().files.contains_key("/en/help/"));

    f.write("content/en/help.md", "+++\ntitle = broken\n+++\n");
    assert!(
        !watch::rebuild(&f.sources(), &shared),
        "a broken change is refused"
    );
    let still = common::send(shared.clone(), get("/en/help/")).await;
    assert_eq!(still.status, 200);
    assert!(still.text().contains("Some text about Help."));

    f.write(
        "content/en/help.md",
        &page("Help", "").replace("Some text", "New text"),
    );
    assert!(watch::rebuild(&f.sources(), &shared));
    let fresh = common::send(shared, get("/en/help/")).await;
    assert!(fresh.text().contains("New text about Help."));
}

#[tokio::test]
async fn the_exit_destination_comes_from_site_toml_only() {
    let f = Fixture::new();
    let site = f.build().unwrap();
    let html = common::send(SharedSite::new(site), get("/fr/aide/"))
        .await
        .text();
    let exits: Vec<&str> = html
        .match_indices("data-quick-exit=\"\"")
        .map(|(i, _)| &html[..i])
        .collect();
    assert_eq!(
        exits.len(),
        2,
        "the sticky control and the hidden second link"
    );
    for before in exits {
        let tag_start = before.rfind("<a ").unwrap();
        assert!(
            before[tag_start..].contains("href=\"https://neutral.example.net/weather\""),
            "{}",
            &before[tag_start..]
        );
        assert!(before[tag_start..].contains("rel=\"noreferrer nofollow\""));
    }
    assert!(
        !html.contains("weather.gc.ca"),
        "no destination is hard-coded"
    );
    assert!(
        html.contains("href=\"tel:+18005550100\""),
        "the hotline comes from site.toml too"
    );
}

#[tokio::test]
async fn aliases_answer_301_to_the_page() {
    let f = Fixture::new();
    f.write(
        "content/fr/help.md",
        &page(
            "Aide",
            "slug = \"aide\"\naliases = [\"/fr/ancienne-aide/\"]\n",
        ),
    );
    let shared = SharedSite::new(f.build().unwrap());
    let r = common::send(shared.clone(), get("/fr/ancienne-aide/")).await;
    assert_eq!(r.status, 301);
    assert_eq!(r.header("location"), Some("/fr/aide/"));
    let r = common::send(shared, get("/fr/ancienne-aide")).await;
    assert_eq!(r.status, 308, "the slash-less alias first gains its slash");
}

#[test]
fn check_passes_on_the_bundled_content_and_fails_on_broken_content() {
    let bin = env!("CARGO_BIN_EXE_hotline-site");
    let ok = Command::new(bin)
        .arg("check")
        .current_dir(common::repo())
        .output()
        .unwrap();
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let stdout = String::from_utf8_lossy(&ok.stdout);
    assert!(stdout.lines().any(|l| l.starts_with("ok: ")), "{stdout}");
    assert!(stdout.contains("translation coverage"), "{stdout}");
    assert!(
        stdout
            .lines()
            .any(|l| l.starts_with("fr ") && l.ends_with("100%")),
        "{stdout}"
    );

    let f = Fixture::new();
    f.write("content/en/help.md", &page("Help", "colour = 1\n"));
    let bad = Command::new(bin)
        .args([
            "check",
            "--content",
            "content",
            "--locales",
            "locales",
            "--style",
            "style",
            "--public",
            "public",
        ])
        .current_dir(f.dir.path())
        .output()
        .unwrap();
    assert!(!bad.status.success());
    let stderr = String::from_utf8_lossy(&bad.stderr);
    assert!(
        stderr.contains("content/en/help.md:4:1: error: unknown field `colour`"),
        "{stderr}"
    );
}

fn get(uri: &str) -> axum::http::Request<axum::body::Body> {
    axum::http::Request::builder()
        .uri(uri)
        .body(axum::body::Body::empty())
        .unwrap()
}

#[tokio::test]
async fn watch_picks_up_a_change_and_ignores_a_broken_one() {
    let f = Fixture::new();
    let (site, _) = hotline_site::site::Site::build(&f.sources(), Purpose::Serve).unwrap();
    let shared = SharedSite::new(site);
    watch::spawn(f.sources(), shared.clone()).unwrap();
    let body = |shared: &SharedSite| {
        let site = shared.current();
        String::from_utf8(site.files["/en/help/"].body().to_vec()).unwrap()
    };
    f.write(
        "content/en/help.md",
        &page("Help", "").replace("Some text", "Watched text"),
    );
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !body(&shared).contains("Watched text") {
        assert!(
            std::time::Instant::now() < deadline,
            "the change was not picked up"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    f.write("content/en/help.md", "+++\nbroken\n");
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    assert!(
        body(&shared).contains("Watched text"),
        "the last good site keeps serving"
    );
}
