//! What an export wrote, kept in the output folder as `.hotline-export`, so that the next
//! export into the same folder rewrites only what changed and removes what is gone.
//!
//! Each line names a file with a hash of what it holds (for a page, of its bytes; for a
//! drawn image, of everything that shapes its pixels) and the length and modification time
//! the file had once written. A file is left alone only when all of these still match: a
//! file changed or replaced by anyone else since is written again. A manifest that cannot be
//! read, or a line that cannot be parsed, only means those files are written again.

use std::collections::HashMap;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

/// The manifest's file name, in the output folder.
pub const FILE_NAME: &str = ".hotline-export";
const HEADER: &str = "hotline-site export manifest 1";

/// One written file, as it was left.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub hash: String,
    pub len: u64,
    pub modified_nanos: u128,
}

/// Every file an export wrote, by its path inside the output folder.
#[derive(Debug, Default)]
pub struct Manifest {
    pub entries: HashMap<PathBuf, Entry>,
}

impl Manifest {
    /// The manifest in `out`, or an empty one.
    pub fn read(out: &Path) -> Manifest {
        let Ok(text) = fs::read_to_string(out.join(FILE_NAME)) else {
            return Manifest::default();
        };
        let mut lines = text.lines();
        if lines.next() != Some(HEADER) {
            return Manifest::default();
        }
        let entries = lines.filter_map(parse_line).collect();
        Manifest { entries }
    }

    /// Writes the manifest into `out` whole, or not at all.
    pub fn write(&self, out: &Path) -> io::Result<()> {
        let mut text = String::with_capacity(self.entries.len() * 120);
        text.push_str(HEADER);
        text.push('\n');
        let mut paths: Vec<&PathBuf> = self.entries.keys().collect();
        paths.sort();
        for path in paths {
            let Some(name) = path.to_str().filter(|p| !p.contains(['\t', '\n'])) else {
                continue;
            };
            let e = &self.entries[path];
            text.push_str(&format!(
                "{}\t{}\t{}\t{name}\n",
                e.hash, e.len, e.modified_nanos
            ));
        }
        replace_file(&out.join(FILE_NAME), text.as_bytes())
    }

    /// Whether `path` (inside `out`) still holds what the manifest says it was given, with
    /// content of `hash`.
    pub fn unchanged(&self, out: &Path, path: &Path, hash: &str) -> bool {
        let Some(entry) = self.entries.get(path) else {
            return false;
        };
        entry.hash == hash
            && state(&out.join(path))
                .is_some_and(|(len, modified)| len == entry.len && modified == entry.modified_nanos)
    }
}

/// The length and modification time of a file, if it is one.
pub fn state(path: &Path) -> Option<(u64, u128)> {
    let meta = fs::symlink_metadata(path).ok()?;
    if !meta.is_file() {
        return None;
    }
    let modified = meta.modified().ok()?.duration_since(UNIX_EPOCH).ok()?;
    Some((meta.len(), modified.as_nanos()))
}

/// Writes `body` beside `path` and renames it into place, so that a server reading the
/// folder meanwhile sees the old file or the new one, never half of one.
pub fn replace_file(path: &Path, body: &[u8]) -> io::Result<()> {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    let temporary = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let written = fs::File::create(&temporary).and_then(|mut f| f.write_all(body));
    if let Err(e) = written.and_then(|()| fs::rename(&temporary, path)) {
        let _ = fs::remove_file(&temporary);
        return Err(e);
    }
    Ok(())
}

fn parse_line(line: &str) -> Option<(PathBuf, Entry)> {
    let mut parts = line.splitn(4, '\t');
    let hash = parts.next()?.to_string();
    let len = parts.next()?.parse().ok()?;
    let modified_nanos = parts.next()?.parse().ok()?;
    let path = PathBuf::from(parts.next()?);
    let entry = Entry {
        hash,
        len,
        modified_nanos,
    };
    Some((path, entry))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_back_what_it_wrote() {
        let dir = tempfile::tempdir().unwrap();
        let mut manifest = Manifest::default();
        let entry = Entry {
            hash: "ab12".into(),
            len: 5,
            modified_nanos: 1_700_000_000_123_456_789,
        };
        manifest
            .entries
            .insert(PathBuf::from("fr/répertoire/index.html"), entry.clone());
        manifest.write(dir.path()).unwrap();
        let read = Manifest::read(dir.path());
        assert_eq!(read.entries.len(), 1);
        assert_eq!(read.entries[Path::new("fr/répertoire/index.html")], entry);
    }

    #[test]
    fn damaged_manifests_mean_writing_again() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(
            dir.path().join(FILE_NAME),
            "something else\nab\t5\t1\ta.html\n",
        )
        .unwrap();
        assert!(Manifest::read(dir.path()).entries.is_empty());
        let text = format!("{HEADER}\nab\tfive\t1\ta.html\nab\t5\t1\tb.html\ntruncated");
        fs::write(dir.path().join(FILE_NAME), text).unwrap();
        let read = Manifest::read(dir.path());
        assert_eq!(read.entries.len(), 1, "only the sound line is kept");
        assert!(read.entries.contains_key(Path::new("b.html")));
    }

    #[test]
    fn a_file_changed_by_someone_else_is_not_unchanged() {
        let dir = tempfile::tempdir().unwrap();
        let path = Path::new("a.html");
        replace_file(&dir.path().join(path), b"first").unwrap();
        let (len, modified_nanos) = state(&dir.path().join(path)).unwrap();
        let mut manifest = Manifest::default();
        manifest.entries.insert(
            path.to_path_buf(),
            Entry {
                hash: "h1".into(),
                len,
                modified_nanos,
            },
        );
        assert!(manifest.unchanged(dir.path(), path, "h1"));
        assert!(!manifest.unchanged(dir.path(), path, "h2"), "new content");
        fs::write(dir.path().join(path), b"other!").unwrap();
        assert!(!manifest.unchanged(dir.path(), path, "h1"), "edited since");
        fs::remove_file(dir.path().join(path)).unwrap();
        assert!(!manifest.unchanged(dir.path(), path, "h1"), "deleted since");
    }
}
