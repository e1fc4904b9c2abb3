//! Sealing a tip with age to the hotline's X25519 recipients, and opening it with a staff
//! identity. The plaintext is padded to a fixed bucket first, so the length of a stored
//! ciphertext says only which bucket a tip fell in.

use std::io::{Read, Write};
use std::str::FromStr;

use zeroize::Zeroizing;

use super::form::END_MARK;

/// Plaintext sizes a tip is padded to. The largest holds the longest valid tip: 10,000
/// four-byte characters plus every short field at its limit.
pub const BUCKETS: [usize; 3] = [4 * 1024, 16 * 1024, 64 * 1024];

#[derive(Debug, thiserror::Error)]
pub enum SealError {
    #[error("no recipient to seal to")]
    NoRecipients,
    #[error("a tip is larger than the largest bucket")]
    TooLarge,
    #[error("age could not seal the tip")]
    Age,
}

#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("this identity cannot open the tip (sealed to other keys, or damaged)")]
    NotForThisIdentity,
    #[error("the opened tip is not text in our format")]
    NotATip,
}

/// Parses `age1…` recipients; the message names the first one that is not valid.
pub fn parse_recipients(texts: &[String]) -> Result<Vec<age::x25519::Recipient>, String> {
    texts
        .iter()
        .map(|t| {
            age::x25519::Recipient::from_str(t.trim())
                .map_err(|e| format!("`{t}` is not an age X25519 recipient (age1…): {e}"))
        })
        .collect()
}

/// The bucket a plaintext of `len` bytes is padded to.
pub fn bucket(len: usize) -> Option<usize> {
    BUCKETS.iter().copied().find(|&b| len <= b)
}

/// Pads `text` to its bucket with spaces after the end mark and seals it.
pub fn seal(text: &str, recipients: &[age::x25519::Recipient]) -> Result<Vec<u8>, SealError> {
    if recipients.is_empty() {
        return Err(SealError::NoRecipients);
    }
    let size = bucket(text.len()).ok_or(SealError::TooLarge)?;
    let mut padded = Zeroizing::new(Vec::with_capacity(size));
    padded.extend_from_slice(text.as_bytes());
    padded.resize(size, b' ');
    let encryptor =
        age::Encryptor::with_recipients(recipients.iter().map(|r| r as &dyn age::Recipient))
            .map_err(|_| SealError::Age)?;
    let mut sealed = Vec::with_capacity(size + 512);
    let mut writer = encryptor
        .wrap_output(&mut sealed)
        .map_err(|_| SealError::Age)?;
    writer.write_all(&padded).map_err(|_| SealError::Age)?;
    writer.finish().map_err(|_| SealError::Age)?;
    Ok(sealed)
}

/// Opens a sealed tip and removes its padding.
pub fn open(
    sealed: &[u8],
    identities: &[Box<dyn age::Identity>],
) -> Result<Zeroizing<String>, OpenError> {
    let decryptor =
        age::Decryptor::new_buffered(sealed).map_err(|_| OpenError::NotForThisIdentity)?;
    let mut reader = decryptor
        .decrypt(identities.iter().map(|i| i.as_ref() as &dyn age::Identity))
        .map_err(|_| OpenError::NotForThisIdentity)?;
    let mut bytes = Zeroizing::new(Vec::new());
    reader
        .read_to_end(&mut bytes)
        .map_err(|_| OpenError::NotForThisIdentity)?;
    let text = std::str::from_utf8(&bytes).map_err(|_| OpenError::NotATip)?;
    let end = text.rfind(END_MARK).ok_or(OpenError::NotATip)? + END_MARK.len();
    if !text[end..].bytes().all(|b| b == b' ') {
        return Err(OpenError::NotATip);
    }
    Ok(Zeroizing::new(text[..end].to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(body: &str) -> String {
        format!("Tip: test\n{body}\n{END_MARK}")
    }

    #[test]
    fn sealed_tips_open_with_either_key_and_hide_their_length() {
        let (work, escrow) = (
            age::x25519::Identity::generate(),
            age::x25519::Identity::generate(),
        );
        let recipients = [work.to_public(), escrow.to_public()];
        let short = seal(&text("a"), &recipients).unwrap();
        let longer = seal(&text(&"b".repeat(3000)), &recipients).unwrap();
        // age's header varies by a few random bytes; the payload is the bucket's size.
        let (a, b) = (short.len() as i64, longer.len() as i64);
        assert!((a - b).abs() < 256, "same bucket, same length: {a} and {b}");
        assert!(a > 4096, "padded to the bucket");
        let huge = seal(&text(&"字".repeat(10_000)), &recipients).unwrap();
        assert!(huge.len() > 64 * 1024);
        for identity in [work, escrow] {
            let ids: Vec<Box<dyn age::Identity>> = vec![Box::new(identity)];
            assert_eq!(open(&short, &ids).unwrap().as_str(), text("a"));
            assert_eq!(
                open(&huge, &ids).unwrap().as_str(),
                text(&"字".repeat(10_000))
            );
        }
        let stranger: Vec<Box<dyn age::Identity>> =
            vec![Box::new(age::x25519::Identity::generate())];
        assert!(matches!(
            open(&short, &stranger),
            Err(OpenError::NotForThisIdentity)
        ));
        assert!(String::from_utf8_lossy(&short).find("a\n--").is_none());
    }

    #[test]
    fn limits() {
        assert!(matches!(seal("x", &[]), Err(SealError::NoRecipients)));
        let r = [age::x25519::Identity::generate().to_public()];
        assert!(matches!(
            seal(&"x".repeat(64 * 1024 + 1), &r),
            Err(SealError::TooLarge)
        ));
        assert_eq!(bucket(0), Some(4096));
        assert_eq!(bucket(4097), Some(16384));
        assert!(parse_recipients(&["age1nope".into()]).is_err());
        let good = r[0].to_string();
        assert_eq!(parse_recipients(&[good]).unwrap().len(), 1);
    }
}
