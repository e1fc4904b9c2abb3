//! Drawn images kept on disk between runs: posters, wallet cards and social cards are pure
//! functions of their SVG, the installed fonts and this renderer, so each is drawn once and
//! read back by every later `serve`, `export` or `--watch` rebuild.
//!
//! An entry's name is a hash of everything that shapes its pixels (the SVG, the font files,
//! the renderer's version), so changed input never finds an old entry. Its content starts
//! with a checksum of the image, so a truncated or corrupt file is detected and redrawn,
//! never served. Entries are written to a temporary file and renamed into place, so two
//! processes sharing the folder never see each other's half-written files.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};

use sha2::{Digest, Sha256};

/// Change when drawing changes in a way the SVG does not show (the PNG encoder's settings,
/// resvg's version, how fonts are chosen), so that no entry drawn before is used again.
const RENDERER_VERSION: &str = "resvg-0.49 png-fast-1";
/// What every entry starts with, before the checksum of the image.
const MAGIC: &[u8; 8] = b"HLIMG001";
const HEADER: usize = MAGIC.len() + 32;

/// Counts for the startup log and the tests.
#[derive(Debug, Default)]
pub struct Stats {
    pub hits: AtomicU64,
    pub drawn: AtomicU64,
    pub rejected: AtomicU64,
}

/// The cache folder, or none (every image drawn afresh, as in tests that do not ask for one).
#[derive(Debug, Clone, Default)]
pub struct ImageCache {
    dir: Option<PathBuf>,
    pub stats: Arc<Stats>,
}

impl ImageCache {
    /// A cache in `dir`, made if missing. When it cannot be made, images are drawn without
    /// one (with a warning): a read-only disk must not stop the site.
    pub fn in_dir(dir: &Path) -> ImageCache {
        let dir = match std::fs::create_dir_all(dir) {
            Ok(()) => Some(dir.to_path_buf()),
            Err(e) => {
                tracing::warn!(
                    "image cache {} unusable, drawing every image: {e}",
                    dir.display()
                );
                None
            }
        };
        ImageCache {
            dir,
            stats: Arc::default(),
        }
    }

    /// No cache: every image is drawn.
    pub fn none() -> ImageCache {
        ImageCache::default()
    }

    /// The PNG of `svg`: from the cache when a sound entry exists, else drawn by `draw` and
    /// stored. `None` when `draw` fails (an invalid SVG); failures are not cached.
    pub fn png(&self, svg: &str, draw: impl FnOnce(&str) -> Option<Vec<u8>>) -> Option<Vec<u8>> {
        let Some(dir) = &self.dir else {
            return draw(svg);
        };
        if let Some(png) = self.cached(svg) {
            return Some(png);
        }
        let path = entry_path(dir, svg);
        let png = draw(svg)?;
        self.stats.drawn.fetch_add(1, Ordering::Relaxed);
        if let Err(e) = store(&path, &png) {
            tracing::warn!("could not cache image {}: {e}", path.display());
        }
        Some(png)
    }
}

impl ImageCache {
    /// The PNG of `svg` if the cache holds a sound entry for it. A damaged entry counts as
    /// none (and is overwritten when the image is drawn again).
    pub fn cached(&self, svg: &str) -> Option<Vec<u8>> {
        let path = entry_path(self.dir.as_ref()?, svg);
        match std::fs::read(&path) {
            Ok(bytes) => match verified(&bytes) {
                Some(png) => {
                    self.stats.hits.fetch_add(1, Ordering::Relaxed);
                    Some(png.to_vec())
                }
                None => {
                    self.stats.rejected.fetch_add(1, Ordering::Relaxed);
                    tracing::warn!("redrawing a damaged cached image: {}", path.display());
                    None
                }
            },
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => {
                tracing::warn!("cached image {} unreadable: {e}", path.display());
                None
            }
        }
    }
}

/// A hash of everything that shapes the pixels drawn from `svg`: the SVG, the installed
/// fonts and this renderer, as 64 hex digits.
pub fn key(svg: &str) -> String {
    let mut hasher = Sha256::new();
    hasher.update(RENDERER_VERSION.as_bytes());
    hasher.update([0]);
    hasher.update(fonts_fingerprint());
    hasher.update([0]);
    hasher.update(svg.as_bytes());
    crate::assets::hex_prefix(&hasher.finalize(), 64)
}

/// Where the entry for `svg` lives: a two-character folder, then the rest of the hash.
fn entry_path(dir: &Path, svg: &str) -> PathBuf {
    let name = key(svg);
    dir.join(&name[..2]).join(format!("{}.png", &name[2..]))
}

/// The image inside a cache file, if the file is whole and matches its checksum.
fn verified(bytes: &[u8]) -> Option<&[u8]> {
    let rest = bytes.strip_prefix(MAGIC.as_slice())?;
    if rest.len() < 32 {
        return None;
    }
    let (sum, png) = rest.split_at(32);
    (Sha256::digest(png).as_slice() == sum).then_some(png)
}

/// Writes an entry beside its final name, then renames it into place: readers see the
/// whole old file, the whole new one, or none.
fn store(path: &Path, png: &[u8]) -> std::io::Result<()> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let folder = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(folder)?;
    let temporary = folder.join(format!(
        ".tmp-{}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let written = (|| {
        let mut file = std::fs::File::create(&temporary)?;
        let mut entry = Vec::with_capacity(HEADER + png.len());
        entry.extend_from_slice(MAGIC);
        entry.extend_from_slice(&Sha256::digest(png));
        entry.extend_from_slice(png);
        file.write_all(&entry)?;
        std::fs::rename(&temporary, path)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    written
}

/// A hash of the installed fonts (each file's path, size and modification time), taken once
/// per run: installing a font changes how text is drawn, so it must change every key.
fn fonts_fingerprint() -> &'static [u8] {
    static FINGERPRINT: OnceLock<Vec<u8>> = OnceLock::new();
    FINGERPRINT.get_or_init(|| {
        let mut files: Vec<String> = super::fonts::font_files()
            .into_iter()
            .map(|path| {
                let meta = std::fs::metadata(&path).ok();
                let modified = meta
                    .as_ref()
                    .and_then(|m| m.modified().ok())
                    .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                    .map_or(0, |d| d.as_secs());
                let len = meta.map_or(0, |m| m.len());
                format!("{}:{len}:{modified}", path.display())
            })
            .collect();
        files.sort();
        files.dedup();
        Sha256::digest(files.join("\n").as_bytes()).to_vec()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn drawn(counter: &std::cell::Cell<u32>, svg: &str) -> Option<Vec<u8>> {
        counter.set(counter.get() + 1);
        Some(format!("png of {svg}").into_bytes())
    }

    #[test]
    fn an_entry_is_drawn_once_and_changed_input_is_drawn_again() {
        let dir = tempfile::tempdir().unwrap();
        let cache = ImageCache::in_dir(dir.path());
        let draws = std::cell::Cell::new(0);
        let a = cache.png("<svg>a</svg>", |s| drawn(&draws, s));
        let again = cache.png("<svg>a</svg>", |s| drawn(&draws, s));
        assert_eq!(a, again);
        assert_eq!(draws.get(), 1);
        let b = cache.png("<svg>b</svg>", |s| drawn(&draws, s));
        assert_eq!(draws.get(), 2);
        assert_ne!(a, b);
    }

    #[test]
    fn damaged_entries_are_redrawn_never_returned() {
        let dir = tempfile::tempdir().unwrap();
        let cache = ImageCache::in_dir(dir.path());
        let draws = std::cell::Cell::new(0);
        let good = cache.png("<svg/>", |s| drawn(&draws, s)).unwrap();
        let path = entry_path(dir.path(), "<svg/>");
        let whole = std::fs::read(&path).unwrap();
        for damage in [
            whole[..whole.len() - 3].to_vec(),            // truncated
            whole[..HEADER - 4].to_vec(),                 // cut inside the header
            [&whole[..HEADER], b"png of <svg>"].concat(), // other bytes, same length-ish
            Vec::new(),                                   // empty
        ] {
            std::fs::write(&path, damage).unwrap();
            assert_eq!(cache.png("<svg/>", |s| drawn(&draws, s)).unwrap(), good);
        }
        assert_eq!(draws.get(), 5);
        assert_eq!(cache.stats.rejected.load(Ordering::Relaxed), 4);
        // The redrawn entry is sound again.
        assert_eq!(
            verified(&std::fs::read(&path).unwrap()),
            Some(good.as_slice())
        );
    }

    #[test]
    fn a_failed_drawing_is_not_cached_and_no_folder_means_no_cache() {
        let dir = tempfile::tempdir().unwrap();
        let cache = ImageCache::in_dir(dir.path());
        assert_eq!(cache.png("bad", |_| None), None);
        assert!(!entry_path(dir.path(), "bad").exists());
        let draws = std::cell::Cell::new(0);
        let none = ImageCache::none();
        none.png("<svg/>", |s| drawn(&draws, s));
        none.png("<svg/>", |s| drawn(&draws, s));
        assert_eq!(draws.get(), 2);
    }
}
