//! Links that never break: `content/published-urls.txt` lists every page URL the site has
//! ever published. A URL in it that no page, filter or alias answers any more is an error,
//! so renaming a slug without keeping the old URL in `aliases` cannot slip through.
//! `hotline-site check --update-published` adds the URLs of today's site to the list
//! (it never removes one).

use std::collections::BTreeSet;
use std::path::Path;

use crate::diagnostics::{Diagnostics, Position};

pub const FILE: &str = "published-urls.txt";

/// Reports every published URL that `answers` does not answer any more, unless its path
/// with Latin letters folded to ASCII does (a slug made before slugs were folded, such as
/// `/fr/indicateurs/où-hôtels/`): those are returned as `(published, current)` redirects.
pub fn check(
    content_dir: &Path,
    answers: &dyn Fn(&str) -> bool,
    diags: &mut Diagnostics,
) -> Vec<(String, String)> {
    let path = content_dir.join(FILE);
    let Ok(text) = std::fs::read_to_string(&path) else {
        return Vec::new();
    };
    let mut folded_redirects = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let url = line.trim();
        if url.is_empty() || url.starts_with('#') || answers(url) {
            continue;
        }
        let folded = crate::content::slug::fold_latin(url);
        if folded != url && answers(&folded) {
            folded_redirects.push((url.to_string(), folded));
        } else {
            diags.error(
                &path,
                Position::new(i + 1, 1),
                format!("{url} was published, but no page answers it now; add it to the `aliases` of the page that replaced it"),
            );
        }
    }
    folded_redirects
}

/// Adds `urls` to the list, keeping every URL already in it; returns how many were new.
pub fn update(content_dir: &Path, urls: impl Iterator<Item = String>) -> std::io::Result<usize> {
    let path = content_dir.join(FILE);
    let existing = std::fs::read_to_string(&path).unwrap_or_default();
    let mut all: BTreeSet<String> = existing
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect();
    let before = all.len();
    all.extend(urls);
    let mut out = String::from("# Every URL this site has published. Keep old ones answering with `aliases`.\n# Updated by `hotline-site check --update-published`; never remove a line.\n");
    for url in &all {
        out.push_str(url);
        out.push('\n');
    }
    std::fs::write(&path, out)?;
    Ok(all.len() - before)
}
