//! `export --out DIR`: the built site as static files, byte for byte what `serve` sends.
//!
//! `/en/` becomes `en/index.html`, assets keep their fingerprinted paths, each locale's 404
//! page is `<locale>/404.html` (and the default locale's is also `404.html`), and each alias
//! becomes a small page that sends the reader on to the new URL.

mod manifest;

use std::collections::HashMap;
use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

use bytes::Bytes;
use sha2::{Digest, Sha256};

use crate::site::Site;
pub use manifest::FILE_NAME as MANIFEST;
use manifest::{Entry, Manifest};

/// What the export holds, for the summary line.
#[derive(Debug, Default)]
pub struct Summary {
    /// Files in the export, and their bytes.
    pub files: usize,
    pub bytes: u64,
    /// Files written by this run: the rest were already there, as this export would write them.
    pub written: usize,
    /// Files an earlier export wrote that this one no longer has.
    pub removed: usize,
}

/// Writes the site into `out`. Into a folder an earlier export filled, only files whose
/// content changed are written and files no longer in the site are removed (see
/// [`manifest`]); social cards already in place are not even drawn or read from the cache.
pub fn export(site: &Site, out: &Path) -> io::Result<Summary> {
    fs::create_dir_all(out)?;
    let previous = Manifest::read(out);
    let pages = files_of(site)?;
    let written = crate::parallel::map(&pages, |(path, hash, body)| {
        put(out, &previous, path, hash, body)
    });
    let mut entries = HashMap::with_capacity(pages.len() + site.cards.len());
    let mut summary = Summary::default();
    for ((path, _, _), result) in pages.iter().zip(written) {
        let (entry, wrote) = result?;
        summary.add(&entry, wrote);
        entries.insert(path.clone(), entry);
    }
    // Social cards are drawn on first request when serving; an export draws those that are
    // not already in place, writing each as it is drawn.
    let mut cards = Vec::new();
    for (url, card) in &site.cards {
        let path = file_for(url)?;
        let key = card.key();
        if previous.unchanged(out, &path, &key) {
            let entry = previous.entries[&path].clone();
            summary.add(&entry, false);
            entries.insert(path, entry);
        } else {
            cards.push((url, card, path, key));
        }
    }
    let drawn: Vec<(&String, &crate::material::Card)> = cards
        .iter()
        .map(|(url, card, _, _)| (*url, *card))
        .collect();
    let results = crate::material::for_each_card_png(&drawn, |i, png| {
        let (_, _, path, key) = &cards[i];
        put(out, &Manifest::default(), path, key, png)
    });
    for ((_, _, path, _), result) in cards.iter().zip(results) {
        let (entry, wrote) = result?;
        summary.add(&entry, wrote);
        entries.insert(path.clone(), entry);
    }
    for (path, entry) in &previous.entries {
        if !entries.contains_key(path) && remove_stale(out, path, entry) {
            summary.removed += 1;
        }
    }
    Manifest { entries }.write(out)?;
    Ok(summary)
}

impl Summary {
    fn add(&mut self, entry: &Entry, written: bool) {
        self.files += 1;
        self.bytes += entry.len;
        self.written += usize::from(written);
    }
}

/// Every page, asset, 404 page and redirect of the site: where it goes, a hash of its bytes,
/// and the bytes.
fn files_of(site: &Site) -> io::Result<Vec<(PathBuf, String, Bytes)>> {
    let mut files = Vec::with_capacity(site.files.len() + site.redirects.len() + 16);
    for (url, stored) in &site.files {
        files.push((file_for(url)?, stored.etag.clone(), stored.body()));
    }
    for (locale, page) in &site.not_found {
        files.push((
            PathBuf::from(locale).join("404.html"),
            page.etag.clone(),
            page.body(),
        ));
        if *locale == site.default_locale {
            files.push((PathBuf::from("404.html"), page.etag.clone(), page.body()));
        }
    }
    for (from, to) in &site.redirects {
        let page = Bytes::from(redirect_page(to));
        let hash = crate::assets::hex_prefix(&Sha256::digest(&page), 16);
        files.push((file_for(from)?, hash, page));
    }
    Ok(files)
}

/// Writes `body` to `path` inside `out` unless it is already there; returns what the
/// manifest should say of it, and whether it was written.
fn put(
    out: &Path,
    previous: &Manifest,
    path: &Path,
    hash: &str,
    body: &[u8],
) -> io::Result<(Entry, bool)> {
    if previous.unchanged(out, path, hash) {
        return Ok((previous.entries[path].clone(), false));
    }
    let full = out.join(path);
    if let Some(parent) = full.parent() {
        fs::create_dir_all(parent)?;
    }
    manifest::replace_file(&full, body)?;
    let (len, modified_nanos) = manifest::state(&full)
        .ok_or_else(|| io::Error::other(format!("{} vanished once written", full.display())))?;
    let entry = Entry {
        hash: hash.to_string(),
        len,
        modified_nanos,
    };
    Ok((entry, true))
}

/// Removes a file an earlier export wrote, if it is still as that export left it and lies
/// inside `out` (a manifest is only a file: it must not be able to point elsewhere). Empty
/// folders left behind go too.
fn remove_stale(out: &Path, path: &Path, entry: &Entry) -> bool {
    if !is_inside(path) {
        return false;
    }
    let full = out.join(path);
    let (Ok(root), Some(Ok(parent))) =
        (out.canonicalize(), full.parent().map(|p| p.canonicalize()))
    else {
        return false;
    };
    if !parent.starts_with(&root)
        || manifest::state(&full) != Some((entry.len, entry.modified_nanos))
        || fs::remove_file(&full).is_err()
    {
        return false;
    }
    let mut folder = parent.as_path();
    while folder != root && fs::remove_dir(folder).is_ok() {
        match folder.parent() {
            Some(up) => folder = up,
            None => break,
        }
    }
    true
}

fn is_inside(path: &Path) -> bool {
    path.components().all(|c| matches!(c, Component::Normal(_)))
}

/// The file a URL is stored in: `/en/` -> `en/index.html`. Refuses anything that could
/// step outside the output folder.
pub fn file_for(url: &str) -> io::Result<PathBuf> {
    let mut rel = url.trim_start_matches('/').to_string();
    if rel.is_empty() || rel.ends_with('/') {
        rel.push_str("index.html");
    }
    let path = PathBuf::from(&rel);
    if !is_inside(&path) {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("refusing to write URL {url}"),
        ));
    }
    Ok(path)
}

/// A page for static hosts that cannot send a 301: it names the new URL and refreshes to it.
fn redirect_page(to: &str) -> String {
    let to = to
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;");
    format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Moved</title>\
         <meta name=\"robots\" content=\"noindex\"><link rel=\"canonical\" href=\"{to}\">\
         <meta http-equiv=\"refresh\" content=\"0; url={to}\"></head>\
         <body><p><a href=\"{to}\">{to}</a></p></body></html>\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_map_to_files_inside_the_output() {
        assert_eq!(file_for("/en/").unwrap(), PathBuf::from("en/index.html"));
        assert_eq!(
            file_for("/assets/site.abc.css").unwrap(),
            PathBuf::from("assets/site.abc.css")
        );
        assert!(file_for("/en/../../etc/").is_err());
    }
}
