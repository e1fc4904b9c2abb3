//! What staff run, on a machine that holds the private key: make a key pair, count waiting
//! tips, and pull them out as text files (deleting each only after its file is safely on disk).

use std::fs::{self, File, OpenOptions};
use std::io::{self, BufReader, Write};
use std::path::{Path, PathBuf};

use age::secrecy::ExposeSecret;

use super::{seal, Store};

#[derive(Debug, thiserror::Error)]
pub enum StaffError {
    #[error("{path}: {message}")]
    File { path: PathBuf, message: String },
    #[error(transparent)]
    Store(#[from] super::store::StoreError),
}

fn file_error(path: &Path, e: impl std::fmt::Display) -> StaffError {
    StaffError::File {
        path: path.to_path_buf(),
        message: e.to_string(),
    }
}

/// Writes a new identity to `path` (never over an existing file; readable by its owner only)
/// and returns its public recipient, the line that goes in `[tips] recipients`.
pub fn keygen(path: &Path) -> Result<String, StaffError> {
    let identity = age::x25519::Identity::generate();
    let recipient = identity.to_public().to_string();
    let created = time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default();
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path).map_err(|e| file_error(path, e))?;
    let text = format!(
        "# created: {created}\n# public key: {recipient}\n{}\n",
        identity.to_string().expose_secret()
    );
    file.write_all(text.as_bytes())
        .and_then(|_| file.sync_all())
        .map_err(|e| file_error(path, e))?;
    Ok(recipient)
}

/// Reads an identity file as `age-keygen` and `tips keygen` write it.
pub fn read_identities(path: &Path) -> Result<Vec<Box<dyn age::Identity>>, StaffError> {
    let file = File::open(path).map_err(|e| file_error(path, e))?;
    age::IdentityFile::from_buffer(BufReader::new(file))
        .map_err(|e| file_error(path, e))?
        .into_identities()
        .map_err(|e| file_error(path, e))
}

/// What a pull did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Pulled {
    pub written: usize,
    pub deleted: usize,
    /// Tips this identity could not open (sealed to another key): left in the store.
    pub not_ours: usize,
}

/// Decrypts every tip into `out` as `<received>-<id>.txt`, with terminal control characters
/// removed. With `delete`, a tip leaves the store only after its file and the folder entry
/// are synced; then the WAL is checkpointed so no deleted ciphertext lingers.
pub async fn pull(
    store: &Store,
    identities: &[Box<dyn age::Identity>],
    out: &Path,
    delete: bool,
) -> Result<Pulled, StaffError> {
    fs::create_dir_all(out).map_err(|e| file_error(out, e))?;
    let mut pulled = Pulled::default();
    for tip in store.all().await? {
        let Ok(text) = seal::open(&tip.sealed, identities) else {
            pulled.not_ours += 1;
            continue;
        };
        let path = out.join(file_name(&text, &tip.id));
        write_synced(&path, strip_controls(&text).as_bytes())?;
        pulled.written += 1;
        if delete {
            store.delete(&tip.id).await?;
            pulled.deleted += 1;
        }
    }
    if delete && pulled.deleted > 0 {
        store.checkpoint().await?;
    }
    Ok(pulled)
}

/// `2026-12-01-0325-<id>.txt`: sorted by when the tip came, unique by its id.
fn file_name(text: &str, id: &str) -> String {
    let received = text
        .lines()
        .find_map(|l| l.strip_prefix("Received: "))
        .unwrap_or("")
        .trim_end_matches(" UTC")
        .replace(':', "")
        .replace(' ', "-");
    let received: String = received
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '-')
        .collect();
    let id: String = id.chars().filter(char::is_ascii_hexdigit).collect();
    if received.is_empty() {
        format!("tip-{id}.txt")
    } else {
        format!("{received}-{id}.txt")
    }
}

/// Writes a new file and syncs it and its folder, so it survives a crash before we delete.
fn write_synced(path: &Path, bytes: &[u8]) -> Result<(), StaffError> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let write = || -> io::Result<()> {
        let mut file = options.open(path)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        if let Some(dir) = path.parent() {
            File::open(dir)?.sync_all()?;
        }
        Ok(())
    };
    write().map_err(|e| file_error(path, e))
}

/// Removes characters a terminal would act on: C0 controls but newline and tab, DEL, C1
/// controls (so no escape sequence survives), and the bidi overrides that can disguise text.
pub fn strip_controls(text: &str) -> String {
    text.chars()
        .filter(|&c| {
            let code = c as u32;
            c == '\n'
                || c == '\t'
                || !(code < 0x20
                    || (0x7f..=0x9f).contains(&code)
                    || matches!(c, '\u{202a}'..='\u{202e}'))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_cannot_reach_the_terminal() {
        let hostile = "ok\x1b[2J\x1b]0;title\x07 \u{9b}31m\r\u{202e}evil\ttab\nnext\x7f";
        assert_eq!(strip_controls(hostile), "ok[2J]0;title 31mevil\ttab\nnext");
        assert_eq!(strip_controls("عربي 中文"), "عربي 中文");
    }

    #[test]
    fn file_names_sort_by_time_and_carry_only_safe_characters() {
        let text = "Tip: x\nReceived: 2026-12-01 03:25 UTC\n";
        assert_eq!(file_name(text, "ab12"), "2026-12-01-0325-ab12.txt");
        assert_eq!(file_name("nothing", "../x"), "tip-.txt");
    }

    #[test]
    fn keygen_writes_a_private_file_once() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("staff.key");
        let recipient = keygen(&path).unwrap();
        assert!(recipient.starts_with("age1"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        assert!(keygen(&path).is_err(), "never overwrites a key");
        assert_eq!(read_identities(&path).unwrap().len(), 1);
    }
}
