//! Logs never hold what identifies a visitor or what they searched for. In a test binary of
//! its own: a scoped log subscriber only sees everything when no other test runs beside it.

mod common;

use std::sync::{Arc, Mutex};

use common::get_with;

/// A log sink for one test.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test(flavor = "current_thread")]
async fn the_query_never_reaches_a_log() {
    let captured = Captured::default();
    let sink = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || sink.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    tracing::info!("capture started");
    let r = get_with(
        "/en/search/?q=secretword+passport",
        &[
            ("referer", "https://refer.example/x?q=secretword"),
            ("user-agent", "AgentSecret/1.0"),
            ("x-forwarded-for", "203.0.113.9"),
        ],
    )
    .await;
    assert_eq!(r.status, 200);
    let logs = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(logs.contains("served"), "the request was logged: {logs}");
    for secret in [
        "secretword",
        "passport",
        "AgentSecret",
        "203.0.113.9",
        "refer.example",
    ] {
        assert!(
            !logs.contains(secret),
            "{secret} leaked into the logs: {logs}"
        );
    }
}
