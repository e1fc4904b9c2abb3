//! Tips: the site's one write path. A posted form becomes text, the text is sealed with age
//! to the hotline's public keys at once, and only the ciphertext is stored. Nothing here
//! knows HTML: `server::report` answers the requests and `render::report` draws the pages.
//!
//! | module | job |
//! |---|---|
//! | `form` | field names, parsing a posted body, the rules, the text sealed for staff |
//! | `token` | signed, single-use form tokens (issue time, nonce) |
//! | `seal` | age sealing to the recipients, padded to fixed buckets; opening for staff |
//! | `store` | SQLite or PostgreSQL through sqlx: tips, spent tokens, the form key |
//! | `limits` | per-client and global caps, keyed by a hash whose key lives only in memory |
//! | `staff` | `tips keygen`, `tips count`, `tips pull` |

pub mod form;
pub mod limits;
pub mod seal;
pub mod staff;
pub mod store;
pub mod token;

use time::{Duration, OffsetDateTime};
use zeroize::Zeroizing;

pub use store::{Outcome, Store};

/// Fills `buf` from the operating system's random source.
pub fn random(buf: &mut [u8]) {
    // getrandom fails only where the OS has no random source; no tip can be safe there.
    getrandom::getrandom(buf).expect("the operating system's random source");
}

/// Lowercase hex.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A receipt code: 16 random digits in groups of four. It exists only inside the sealed tip
/// and on the one confirmation page that shows it.
pub fn receipt_code() -> Zeroizing<String> {
    let mut code = Zeroizing::new(String::with_capacity(19));
    let mut digits = 0;
    while digits < 16 {
        let mut byte = [0u8; 1];
        random(&mut byte);
        // 250 is the largest multiple of 10 below 256: rejection keeps the digits uniform.
        if byte[0] >= 250 {
            continue;
        }
        if digits > 0 && digits % 4 == 0 {
            code.push(' ');
        }
        code.push(char::from(b'0' + byte[0] % 10));
        digits += 1;
    }
    code
}

/// Everything a running server needs to take tips.
pub struct TipService {
    pub store: Store,
    pub recipients: Vec<age::x25519::Recipient>,
    pub tokens: token::Signer,
    pub limits: limits::Limits,
    /// Days a tip waits for staff before it is deleted unread.
    pub retention_days: i64,
}

/// Caps and retention, from `[tips]` in `site.toml`.
pub struct Settings {
    pub per_client_per_hour: u32,
    pub global_per_hour: u32,
    pub retention_days: i64,
}

impl TipService {
    /// Opens the store, reads (or makes) the shared form key and purges expired rows.
    pub async fn start(
        location: &str,
        recipients: Vec<age::x25519::Recipient>,
        settings: Settings,
    ) -> Result<TipService, store::StoreError> {
        let store = Store::open(location).await?;
        let key = store.form_key().await?;
        store.purge(OffsetDateTime::now_utc().date()).await?;
        Ok(TipService {
            store,
            recipients,
            tokens: token::Signer::new(key),
            limits: limits::Limits::new(settings.per_client_per_hour, settings.global_per_hour),
            retention_days: settings.retention_days,
        })
    }

    /// Seals `text` and stores it under the token's nonce.
    pub async fn receive(
        &self,
        text: &str,
        token: &token::Token,
        now: OffsetDateTime,
    ) -> Result<Outcome, ReceiveError> {
        let sealed = seal::seal(text, &self.recipients).map_err(ReceiveError::Seal)?;
        let today = now.date();
        // A spent token is kept a day past the longest a token lives, then forgotten.
        let forget_token = today + Duration::days(2);
        let retain = today + Duration::days(self.retention_days);
        self.store
            .insert(&token.nonce_hex(), forget_token, &sealed, retain)
            .await
            .map_err(ReceiveError::Store)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ReceiveError {
    #[error(transparent)]
    Seal(seal::SealError),
    #[error(transparent)]
    Store(store::StoreError),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn receipt_codes_are_sixteen_digits_in_fours() {
        let a = receipt_code();
        assert_eq!(a.len(), 19);
        assert!(a
            .split(' ')
            .all(|g| g.len() == 4 && g.bytes().all(|b| b.is_ascii_digit())));
        assert_ne!(*a, *receipt_code());
    }
}
