//! Exports into a folder an earlier export filled: only what changed is written, what is gone
//! is removed, the result is byte for byte a fresh export, and the manifest that makes this
//! possible can neither hide an edited file nor reach outside the folder.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use common::{page, Fixture};
use hotline_site::export::{export, Summary, MANIFEST};
use hotline_site::site::{Purpose, Site};

fn export_into(f: &Fixture, out: &Path) -> Summary {
    let (site, _) = Site::build(&f.sources(), Purpose::Export).expect("builds");
    export(&site, out).expect("exports")
}

/// Every file under `dir` but the manifest, with its bytes.
fn tree(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else if path.file_name().unwrap() != MANIFEST {
                let rel = path.strip_prefix(dir).unwrap().to_path_buf();
                files.insert(rel, std::fs::read(&path).unwrap());
            }
        }
    }
    files
}

fn fresh_export(f: &Fixture) -> BTreeMap<PathBuf, Vec<u8>> {
    let out = tempfile::tempdir().unwrap();
    export_into(f, out.path());
    tree(out.path())
}

#[test]
fn a_re_export_writes_what_changed_removes_what_is_gone_and_equals_a_fresh_export() {
    let f = Fixture::new();
    f.write("content/en/guides/extra.md", &page("Extra", ""));
    let out = tempfile::tempdir().unwrap();
    let first = export_into(&f, out.path());
    assert_eq!(
        first.written, first.files,
        "an empty folder gets every file"
    );
    assert!(out.path().join("en/guides/extra/index.html").exists());

    let again = export_into(&f, out.path());
    assert_eq!(again.files, first.files);
    assert_eq!(again.written, 0, "nothing changed, nothing written");

    // One title changes and one page goes: its page and card are written, the pages that
    // list it (home, section, sitemap, feeds) change, and the removed page's files go.
    f.write("content/en/help.md", &page("Helping hands", ""));
    std::fs::remove_file(f.path("content/en/guides/extra.md")).unwrap();
    let changed = export_into(&f, out.path());
    assert!(
        changed.written > 0 && changed.written < first.files / 2,
        "{changed:?}"
    );
    assert!(changed.removed >= 2, "the page and its card: {changed:?}");
    assert!(
        !out.path().join("en/guides/extra").exists(),
        "its empty folder is gone too"
    );
    let help = std::fs::read_to_string(out.path().join("en/help/index.html")).unwrap();
    assert!(help.contains("Helping hands"));
    assert_eq!(
        tree(out.path()),
        fresh_export(&f),
        "differs from a fresh export"
    );
}

#[test]
fn a_file_edited_or_deleted_after_an_export_is_written_again() {
    let f = Fixture::new();
    let out = tempfile::tempdir().unwrap();
    export_into(&f, out.path());
    let home = out.path().join("en/index.html");
    let original = std::fs::read(&home).unwrap();
    std::fs::write(&home, b"defaced").unwrap();
    let card = tree(out.path())
        .into_keys()
        .find(|p| p.extension().is_some_and(|e| e == "png"))
        .expect("a social card was exported");
    std::fs::remove_file(out.path().join(&card)).unwrap();

    let again = export_into(&f, out.path());
    assert_eq!(again.written, 2, "{again:?}");
    assert_eq!(std::fs::read(&home).unwrap(), original);
    assert!(out.path().join(&card).exists());
}

#[test]
fn a_manifest_cannot_make_an_export_remove_files_outside_its_folder() {
    let f = Fixture::new();
    let parent = tempfile::tempdir().unwrap();
    let out = parent.path().join("out");
    export_into(&f, &out);
    let outside = parent.path().join("keep.txt");
    std::fs::write(&outside, b"not the export's").unwrap();
    let meta = std::fs::metadata(&outside).unwrap();
    let nanos = meta
        .modified()
        .unwrap()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    // A manifest that names the outside file exactly as it is, by a path that climbs out.
    let manifest = out.join(MANIFEST);
    let mut text = std::fs::read_to_string(&manifest).unwrap();
    text.push_str(&format!("x\t{}\t{nanos}\t../keep.txt\n", meta.len()));
    std::fs::write(&manifest, text).unwrap();

    let again = export_into(&f, &out);
    assert_eq!(again.removed, 0);
    assert!(
        outside.exists(),
        "an export removed a file outside its folder"
    );
}
