//! The image cache shared by serve, export and --watch: a changed input is never served an
//! old image, a damaged entry is redrawn, and processes sharing the folder do not corrupt it.

mod common;

use std::path::Path;
use std::process::Command;

use common::{page, Fixture};
use hotline_site::material::ImageCache;
use hotline_site::site::{Purpose, Site};

/// Every cache entry under `dir` (not the temporary files writers rename into place).
fn entries(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    for sub in std::fs::read_dir(dir).unwrap().flatten() {
        if sub.path().is_dir() {
            for file in std::fs::read_dir(sub.path()).unwrap().flatten() {
                found.push(file.path());
            }
        }
    }
    found.sort();
    found
}

fn built(f: &Fixture, cache: &ImageCache) -> Site {
    let mut sources = f.sources();
    sources.image_cache = cache.clone();
    Site::build(&sources, Purpose::Export).expect("builds").0
}

/// The PNG of the social card of the page at `url`.
fn card_of(site: &Site, url: &str) -> Vec<u8> {
    let html = String::from_utf8(site.files[url].body().to_vec()).unwrap();
    let path = common::og_image(&html)
        .strip_prefix("https://hotline.example.org")
        .unwrap();
    site.cards[path].png().to_vec()
}

#[test]
fn a_changed_title_gets_a_new_card_and_the_rest_come_from_the_cache() {
    let f = Fixture::new();
    let dir = tempfile::tempdir().unwrap();
    let cache = ImageCache::in_dir(dir.path());
    let site = built(&f, &cache);
    let before = card_of(&site, "/en/help/");
    let home_before = card_of(&site, "/en/");
    assert_eq!(
        cache.stats.drawn.load(std::sync::atomic::Ordering::Relaxed),
        2
    );

    // One word of one title changes: that card is drawn again, the other is read back.
    f.write("content/en/help.md", &page("Helping", ""));
    let cache = ImageCache::in_dir(dir.path());
    let site = built(&f, &cache);
    let after = card_of(&site, "/en/help/");
    assert_ne!(before, after, "a stale card was served for a changed title");
    assert_eq!(card_of(&site, "/en/"), home_before);
    let stats = &cache.stats;
    assert_eq!(stats.drawn.load(std::sync::atomic::Ordering::Relaxed), 1);
    assert_eq!(stats.hits.load(std::sync::atomic::Ordering::Relaxed), 1);
    // The redrawn card is the one a cache-less build draws.
    let fresh = built(&f, &ImageCache::none());
    assert_eq!(card_of(&fresh, "/en/help/"), after);
}

#[test]
fn a_corrupt_or_truncated_entry_is_redrawn_not_served() {
    let f = Fixture::new();
    let dir = tempfile::tempdir().unwrap();
    let good = card_of(&built(&f, &ImageCache::in_dir(dir.path())), "/en/help/");
    for damage in [
        |b: &mut Vec<u8>| b.truncate(b.len() / 2),
        |b: &mut Vec<u8>| {
            let n = b.len();
            b[n - 10] ^= 0xff
        },
    ] {
        for entry in entries(dir.path()) {
            let mut bytes = std::fs::read(&entry).unwrap();
            damage(&mut bytes);
            std::fs::write(&entry, bytes).unwrap();
        }
        let cache = ImageCache::in_dir(dir.path());
        let card = card_of(&built(&f, &cache), "/en/help/");
        assert_eq!(card, good, "a damaged entry was served");
        assert!(
            cache
                .stats
                .rejected
                .load(std::sync::atomic::Ordering::Relaxed)
                >= 1
        );
    }
}

#[test]
fn two_exports_sharing_the_cache_folder_do_not_corrupt_it() {
    let f = Fixture::new();
    let cache = tempfile::tempdir().unwrap();
    let export = |out: &str| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_hotline-site"));
        command
            .args(["export", "--out", out, "--cache-dir"])
            .arg(cache.path())
            .args(["--content", "content", "--locales", "locales"])
            .args(["--style", "style", "--public", "public"])
            .current_dir(f.dir.path())
            .stdout(std::process::Stdio::null());
        command
    };
    // Both start with an empty folder, so both draw and store every image at once.
    let (mut a, mut b) = (
        export("out-a").spawn().unwrap(),
        export("out-b").spawn().unwrap(),
    );
    assert!(a.wait().unwrap().success() && b.wait().unwrap().success());
    assert!(export("out-c").status().unwrap().success());
    let cards = |out: &str| {
        let dir = f.path(out).join("assets/cards");
        let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
            .unwrap()
            .flatten()
            .map(|e| {
                let name = e.file_name().to_string_lossy().to_string();
                (name, std::fs::read(e.path()).unwrap())
            })
            .collect();
        files.sort();
        files
    };
    let a = cards("out-a");
    assert!(a.len() >= 4, "{} cards", a.len());
    assert_eq!(a, cards("out-b"));
    assert_eq!(a, cards("out-c"), "the export that read the cache differs");
    let stored = entries(cache.path());
    assert_eq!(stored.len(), a.len(), "{stored:?}");
    assert!(
        stored
            .iter()
            .all(|p| !p.file_name().unwrap().to_string_lossy().starts_with(".tmp")),
        "a temporary file was left: {stored:?}"
    );
}

#[test]
fn cards_drawn_over_their_locale_s_background_match_cards_drawn_whole() {
    let f = Fixture::new();
    f.write(
        "content/fr/help.md",
        &page(
            "Aide et écoute: une page au titre assez long pour deux lignes",
            "slug = \"aide\"\n",
        ),
    );
    let whole = built(&f, &ImageCache::none());
    let layered = built(&f, &ImageCache::none());
    let cards: Vec<_> = layered.cards.iter().collect();
    let drawn: std::collections::HashMap<String, Vec<u8>> =
        hotline_site::material::for_each_card_png(&cards, |i, png| {
            (cards[i].0.to_string(), png.to_vec())
        })
        .into_iter()
        .collect();
    assert_eq!(drawn.len(), whole.cards.len());
    for (url, card) in &whole.cards {
        assert!(!drawn[url].is_empty(), "{url} was not drawn");
        assert!(
            card.png() == drawn[url],
            "{url} differs when drawn in layers"
        );
    }
}
