//! Caps on how many tips arrive per hour: one for everyone, one per client.
//!
//! A client is known only by a keyed hash of its address (an IPv6 address by its /64). The
//! key is random, lives only in this process's memory and is replaced every day, with the
//! counts; nothing about a client is ever written anywhere.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use hmac::{Hmac, Mac};
use sha2::Sha256;
use zeroize::Zeroizing;

/// Counts reset after this long.
const WINDOW: Duration = Duration::from_secs(60 * 60);
/// The key is replaced after this long, whatever the traffic.
const KEY_LIFETIME: Duration = Duration::from_secs(24 * 60 * 60);

/// Which cap a tip ran into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Over {
    Client,
    Everyone,
}

pub struct Limits {
    per_client: u32,
    global: u32,
    state: Mutex<State>,
}

struct State {
    key: Zeroizing<[u8; 32]>,
    key_made: Instant,
    window_start: Instant,
    global: u32,
    clients: HashMap<[u8; 16], u32>,
}

impl Limits {
    /// At most `per_client` tips per hour from one address and `global` from everyone.
    pub fn new(per_client: u32, global: u32) -> Self {
        let now = Instant::now();
        Limits {
            per_client,
            global,
            state: Mutex::new(State {
                key: fresh_key(),
                key_made: now,
                window_start: now,
                global: 0,
                clients: HashMap::new(),
            }),
        }
    }

    /// Counts one attempt from `client` (unknown when the server cannot see an address),
    /// or says which cap it is over.
    pub fn admit(&self, client: Option<IpAddr>) -> Result<(), Over> {
        self.admit_at(client, Instant::now())
    }

    fn admit_at(&self, client: Option<IpAddr>, now: Instant) -> Result<(), Over> {
        let mut state = match self.state.lock() {
            Ok(s) => s,
            Err(poisoned) => poisoned.into_inner(),
        };
        if now.duration_since(state.key_made) >= KEY_LIFETIME {
            state.key = fresh_key();
            state.key_made = now;
            state.clients = HashMap::new();
        }
        if now.duration_since(state.window_start) >= WINDOW {
            state.window_start = now;
            state.global = 0;
            state.clients.clear();
        }
        if state.global >= self.global {
            return Err(Over::Everyone);
        }
        let id = client_id(&state.key, client);
        let count = state.clients.entry(id).or_insert(0);
        if *count >= self.per_client {
            return Err(Over::Client);
        }
        *count += 1;
        state.global += 1;
        Ok(())
    }
}

fn fresh_key() -> Zeroizing<[u8; 32]> {
    let mut key = Zeroizing::new([0u8; 32]);
    super::random(&mut key[..]);
    key
}

/// The keyed hash a client is counted under.
fn client_id(key: &[u8; 32], client: Option<IpAddr>) -> [u8; 16] {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key).expect("any key length");
    match client {
        Some(IpAddr::V4(v4)) => mac.update(&v4.octets()),
        Some(IpAddr::V6(v6)) => match v6.to_ipv4_mapped() {
            Some(v4) => mac.update(&v4.octets()),
            None => mac.update(&v6.octets()[..8]),
        },
        None => mac.update(b"unknown"),
    }
    let tag = mac.finalize().into_bytes();
    tag[..16].try_into().expect("16 of 32 bytes")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> Option<IpAddr> {
        Some(s.parse().unwrap())
    }

    #[test]
    fn caps_per_client_and_for_everyone_reset_each_hour() {
        let limits = Limits::new(2, 3);
        let t0 = Instant::now();
        assert!(limits.admit_at(ip("192.0.2.1"), t0).is_ok());
        assert!(limits.admit_at(ip("192.0.2.1"), t0).is_ok());
        assert_eq!(limits.admit_at(ip("192.0.2.1"), t0), Err(Over::Client));
        assert!(limits.admit_at(ip("192.0.2.2"), t0).is_ok());
        assert_eq!(limits.admit_at(ip("192.0.2.3"), t0), Err(Over::Everyone));
        let later = t0 + WINDOW;
        assert!(limits.admit_at(ip("192.0.2.1"), later).is_ok());
    }

    #[test]
    fn an_ipv6_client_is_counted_by_its_64() {
        let limits = Limits::new(1, 100);
        let t0 = Instant::now();
        assert!(limits.admit_at(ip("2001:db8:1:2::1"), t0).is_ok());
        assert_eq!(
            limits.admit_at(ip("2001:db8:1:2::ffff"), t0),
            Err(Over::Client)
        );
        assert!(limits.admit_at(ip("2001:db8:1:3::1"), t0).is_ok());
        assert!(limits.admit_at(ip("::ffff:192.0.2.9"), t0).is_ok());
        assert_eq!(limits.admit_at(ip("192.0.2.9"), t0), Err(Over::Client));
    }

    #[test]
    fn the_key_changes_daily() {
        let limits = Limits::new(1, 100);
        let t0 = Instant::now();
        let before = client_id(&limits.state.lock().unwrap().key, ip("192.0.2.1"));
        assert!(limits.admit_at(ip("192.0.2.1"), t0 + KEY_LIFETIME).is_ok());
        let after = client_id(&limits.state.lock().unwrap().key, ip("192.0.2.1"));
        assert_ne!(before, after);
    }
}
