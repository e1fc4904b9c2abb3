//! Signed form tokens: each form page carries one in a hidden field.
//!
//! A token is `base64url(issued ‖ nonce ‖ tag)`: the issue time in seconds (8 bytes), a
//! random single-use nonce (16 bytes) and the first 16 bytes of HMAC-SHA-256 over both. The
//! key is shared by every replica through the tip store, so a token issued by one is checked
//! by another; the nonce is spent in the same transaction that stores the tip.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use zeroize::Zeroizing;

/// A form sent sooner than this after it was issued is taken for a bot.
pub const MIN_AGE_SECS: u64 = 3;
/// A token older than this is refused; the person gets the form back with a fresh one.
pub const MAX_AGE_SECS: u64 = 2 * 60 * 60;

const TAG_LEN: usize = 16;
const TOKEN_LEN: usize = 8 + 16 + TAG_LEN;

/// A token that was issued by us.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub issued: u64,
    pub nonce: [u8; 16],
}

impl Token {
    /// The nonce as stored: lowercase hex.
    pub fn nonce_hex(&self) -> String {
        super::hex(&self.nonce)
    }
}

/// How old a verified token is, against the limits above.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Age {
    TooFast,
    Fresh,
    Expired,
}

impl Token {
    pub fn age(&self, now: u64) -> Age {
        let age = now.saturating_sub(self.issued);
        if self.issued > now + 60 || age > MAX_AGE_SECS {
            Age::Expired
        } else if age < MIN_AGE_SECS {
            Age::TooFast
        } else {
            Age::Fresh
        }
    }
}

/// Issues and checks tokens with one key.
pub struct Signer {
    key: Zeroizing<[u8; 32]>,
}

impl Signer {
    pub fn new(key: [u8; 32]) -> Self {
        Signer {
            key: Zeroizing::new(key),
        }
    }

    /// A new token issued at `now` (seconds since the epoch).
    pub fn issue(&self, now: u64) -> String {
        let mut nonce = [0u8; 16];
        super::random(&mut nonce);
        self.encode(Token { issued: now, nonce })
    }

    fn encode(&self, token: Token) -> String {
        let mut bytes = [0u8; TOKEN_LEN];
        bytes[..8].copy_from_slice(&token.issued.to_be_bytes());
        bytes[8..24].copy_from_slice(&token.nonce);
        let tag = self.tag(&bytes[..24]);
        bytes[24..].copy_from_slice(&tag[..TAG_LEN]);
        URL_SAFE_NO_PAD.encode(bytes)
    }

    /// The token, if it is one of ours and unaltered.
    pub fn verify(&self, text: &str) -> Option<Token> {
        if text.len() > 64 {
            return None;
        }
        let bytes = URL_SAFE_NO_PAD.decode(text.trim()).ok()?;
        if bytes.len() != TOKEN_LEN {
            return None;
        }
        let mut mac = self.mac();
        mac.update(&bytes[..24]);
        mac.verify_truncated_left(&bytes[24..]).ok()?;
        let issued = u64::from_be_bytes(bytes[..8].try_into().ok()?);
        let nonce = bytes[8..24].try_into().ok()?;
        Some(Token { issued, nonce })
    }

    fn mac(&self) -> Hmac<Sha256> {
        <Hmac<Sha256> as Mac>::new_from_slice(&self.key[..]).expect("HMAC takes any key length")
    }

    fn tag(&self, data: &[u8]) -> [u8; 32] {
        let mut mac = self.mac();
        mac.update(data);
        mac.finalize().into_bytes().into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_round_trips_and_any_change_is_refused() {
        let signer = Signer::new([7; 32]);
        let text = signer.issue(1_000);
        let token = signer.verify(&text).expect("our own token");
        assert_eq!(token.issued, 1_000);
        assert_ne!(signer.issue(1_000), text, "every token has its own nonce");
        // Another key, a flipped character, a truncation: all refused.
        assert!(Signer::new([8; 32]).verify(&text).is_none());
        let mut flipped = text.clone().into_bytes();
        flipped[3] = if flipped[3] == b'A' { b'B' } else { b'A' };
        assert!(signer
            .verify(std::str::from_utf8(&flipped).unwrap())
            .is_none());
        assert!(signer.verify(&text[..text.len() - 2]).is_none());
        assert!(signer.verify("").is_none());
        assert!(signer.verify("not a token at all, not base64!").is_none());
    }

    #[test]
    fn ages() {
        let t = Token {
            issued: 1_000,
            nonce: [0; 16],
        };
        assert_eq!(t.age(1_000), Age::TooFast);
        assert_eq!(t.age(1_002), Age::TooFast);
        assert_eq!(t.age(1_003), Age::Fresh);
        assert_eq!(t.age(1_000 + MAX_AGE_SECS), Age::Fresh);
        assert_eq!(t.age(1_001 + MAX_AGE_SECS), Age::Expired);
        assert_eq!(t.age(100), Age::Expired, "issued in the future");
    }
}
