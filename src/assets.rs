//! Files served as they are, from `style/` and `public/`, under fingerprinted URLs
//! (`/assets/<name>.<hash>.<ext>`) so browsers may cache them for a year.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use bytes::Bytes;
use sha2::{Digest, Sha256};

use crate::diagnostics::{Diagnostics, Position};

/// Largest asset accepted (posters and PDFs included).
pub const MAX_ASSET_BYTES: u64 = 8 * 1024 * 1024;

#[derive(Debug, Clone)]
pub struct Asset {
    /// `/assets/site.3f2a9c01de.css`
    pub url: String,
    pub content_type: &'static str,
    pub body: Bytes,
}

/// Every asset, by its source name (`site.css`, `posters/transit.png`).
#[derive(Debug, Clone, Default)]
pub struct Assets {
    pub by_name: BTreeMap<String, Asset>,
}

impl Assets {
    /// Reads every file below each of `dirs`; a name found in two folders is an error.
    pub fn load(dirs: &[&Path], diags: &mut Diagnostics) -> Assets {
        let mut assets = Assets::default();
        for dir in dirs {
            if dir.is_dir() {
                assets.add_dir(dir, dir, diags);
            }
        }
        assets
    }

    fn add_dir(&mut self, root: &Path, dir: &Path, diags: &mut Diagnostics) {
        let Ok(entries) = fs::read_dir(dir) else {
            diags.error(dir, Position::FILE, "cannot read folder");
            return;
        };
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for path in paths {
            let file_name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if file_name.starts_with('.') {
                continue;
            }
            if path.is_dir() {
                self.add_dir(root, &path, diags);
                continue;
            }
            let name = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            match read_asset(&path) {
                Ok(body) => {
                    if self.by_name.contains_key(&name) {
                        diags.error(
                            &path,
                            Position::FILE,
                            format!("another asset is already named `{name}`"),
                        );
                    }
                    self.insert(&name, body);
                }
                Err(e) => diags.error(&path, Position::FILE, e),
            }
        }
    }

    /// Adds a file made in memory (a generated image, say) under `name`.
    pub fn insert(&mut self, name: &str, body: Bytes) {
        let url = fingerprinted_url(name, &body);
        let content_type = content_type(name);
        self.by_name.insert(
            name.to_string(),
            Asset {
                url,
                content_type,
                body,
            },
        );
    }

    pub fn url(&self, name: &str) -> Option<&str> {
        self.by_name.get(name).map(|a| a.url.as_str())
    }
}

fn read_asset(path: &Path) -> Result<Bytes, String> {
    let size = fs::metadata(path)
        .map_err(|e| format!("cannot read: {e}"))?
        .len();
    if size > MAX_ASSET_BYTES {
        return Err(format!(
            "file is {:.1} MB; an asset may be at most {} MB",
            size as f64 / 1_048_576.0,
            MAX_ASSET_BYTES / 1_048_576
        ));
    }
    fs::read(path)
        .map(Bytes::from)
        .map_err(|e| format!("cannot read: {e}"))
}

/// `/assets/<dir>/<stem>.<hash>.<ext>`, the hash being the first 10 hex digits of SHA-256.
pub fn fingerprinted_url(name: &str, body: &[u8]) -> String {
    let hash = hex_prefix(&Sha256::digest(body), 10);
    match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() && !stem.ends_with('/') => {
            format!("/assets/{stem}.{hash}.{ext}")
        }
        _ => format!("/assets/{name}.{hash}"),
    }
}

pub fn hex_prefix(bytes: &[u8], len: usize) -> String {
    bytes
        .iter()
        .flat_map(|b| [b >> 4, b & 0xf])
        .take(len)
        .map(|n| char::from_digit(u32::from(n), 16).unwrap_or('0'))
        .collect()
}

pub fn content_type(name: &str) -> &'static str {
    let ext = name
        .rsplit_once('.')
        .map_or("", |(_, e)| e)
        .to_ascii_lowercase();
    match ext.as_str() {
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "pdf" => "application/pdf",
        "txt" => "text/plain; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "xml" => "application/xml; charset=utf-8",
        "json" => "application/json",
        "html" => "text/html; charset=utf-8",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_carry_a_content_hash() {
        let a = fingerprinted_url("site.css", b"body{}");
        let b = fingerprinted_url("site.css", b"body{ }");
        assert!(a.starts_with("/assets/site.") && a.ends_with(".css"), "{a}");
        assert_ne!(a, b);
        assert_eq!(a.len(), "/assets/site..css".len() + 10);
        assert!(fingerprinted_url("posters/a.png", b"x").starts_with("/assets/posters/a."));
    }

    #[test]
    fn loads_nested_files_and_refuses_huge_ones() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("img")).unwrap();
        fs::write(dir.path().join("img/x.svg"), "<svg/>").unwrap();
        fs::write(dir.path().join(".hidden"), "x").unwrap();
        let big = fs::File::create(dir.path().join("big.pdf")).unwrap();
        big.set_len(MAX_ASSET_BYTES + 1).unwrap();
        let mut d = Diagnostics::default();
        let assets = Assets::load(&[dir.path()], &mut d);
        assert_eq!(assets.by_name.keys().collect::<Vec<_>>(), ["img/x.svg"]);
        assert_eq!(assets.by_name["img/x.svg"].content_type, "image/svg+xml");
        assert!(d.items[0].message.contains("at most 8 MB"), "{:?}", d);
    }
}
