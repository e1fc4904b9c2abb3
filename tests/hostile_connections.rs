//! Hostile traffic over real TCP: slow and half-open connections, huge headers and queries.
//! Each must get a clean 4xx (or be closed), never a 5xx, and the site must keep answering.

mod common;

use std::time::{Duration, Instant};

use hotline_site::server::{serve_on, SharedSite};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

async fn start() -> (std::net::SocketAddr, tokio::sync::oneshot::Sender<()>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let site = SharedSite::from_arc(common::bundled());
    tokio::spawn(serve_on(listener, site, async {
        let _ = stopped.await;
    }));
    (addr, stop)
}

/// Sends raw bytes and returns the status line's code, or 0 if the server closed without one.
async fn raw(addr: std::net::SocketAddr, request: &[u8]) -> u16 {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    let _ = stream.write_all(request).await;
    let mut buf = vec![0u8; 64 * 1024];
    let n = tokio::time::timeout(Duration::from_secs(10), stream.read(&mut buf))
        .await
        .unwrap_or(Ok(0))
        .unwrap_or(0);
    let head = String::from_utf8_lossy(&buf[..n]);
    head.split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0)
}

async fn healthy(addr: std::net::SocketAddr) -> Duration {
    let start = Instant::now();
    let code = raw(
        addr,
        b"GET /en/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    )
    .await;
    assert_eq!(code, 200, "the site still answers");
    start.elapsed()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_and_half_open_connections_do_not_starve_others() {
    let (addr, _stop) = start().await;
    // 300 clients that open a request and never finish their headers.
    let mut slow = Vec::new();
    for _ in 0..300 {
        let mut s = TcpStream::connect(addr).await.unwrap();
        s.write_all(b"GET /en/ HTTP/1.1\r\nHost: x\r\nX-Slow: ")
            .await
            .unwrap();
        slow.push(s);
    }
    // And some that connect and send nothing at all.
    for _ in 0..100 {
        slow.push(TcpStream::connect(addr).await.unwrap());
    }
    assert!(
        healthy(addr).await < Duration::from_secs(1),
        "others are served at once"
    );
    // The header read timeout closes the slow ones.
    tokio::time::sleep(Duration::from_secs(6)).await;
    let mut closed = 0;
    for s in &mut slow[..300] {
        let mut buf = [0u8; 256];
        match tokio::time::timeout(Duration::from_millis(200), s.read(&mut buf)).await {
            Ok(Ok(_)) | Ok(Err(_)) => closed += 1, // 408 sent or connection closed
            Err(_) => {}
        }
    }
    assert_eq!(closed, 300, "every slow client was cut off");
    healthy(addr).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn huge_headers_paths_and_queries_get_4xx_never_5xx() {
    let (addr, _stop) = start().await;
    let big = "a".repeat(100_000);
    let cases: Vec<Vec<u8>> = vec![
        format!("GET /en/ HTTP/1.1\r\nHost: x\r\nX-Big: {big}\r\n\r\n").into_bytes(),
        format!("GET /en/?q={big} HTTP/1.1\r\nHost: x\r\n\r\n").into_bytes(),
        format!("GET /{big} HTTP/1.1\r\nHost: x\r\n\r\n").into_bytes(),
        format!(
            "GET /en/?q={} HTTP/1.1\r\nHost: x\r\n\r\n",
            "b".repeat(8_000)
        )
        .into_bytes(),
        format!(
            "GET / HTTP/1.1\r\nHost: x\r\nAccept-Language: {}\r\n\r\n",
            "en;q=0.1,".repeat(3000)
        )
        .into_bytes(),
        b"GET /en/\x00 HTTP/1.1\r\nHost: x\r\n\r\n".to_vec(),
        b"GET /en/\xff\xfe HTTP/1.1\r\nHost: x\r\n\r\n".to_vec(),
        b"GET /../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n".to_vec(),
        b"GET http://evil.example/ HTTP/1.1\r\nHost: evil.example\r\n\r\n".to_vec(),
        b"BREW /en/ HTTP/1.1\r\nHost: x\r\n\r\n".to_vec(),
        b"GET /en/ HTTP/9.9\r\n\r\n".to_vec(),
        b"\x16\x03\x01\x02\x00garbage-tls-hello\r\n\r\n".to_vec(),
        b"POST /en/ HTTP/1.1\r\nHost: x\r\nContent-Length: 999999999\r\n\r\nabc".to_vec(),
    ];
    for (i, request) in cases.iter().enumerate() {
        let code = raw(addr, request).await;
        assert!(
            code == 0 || (200..500).contains(&code),
            "case {i}: status {code}"
        );
        assert!(
            code != 200 || i == 4 || i == 3 || i == 8,
            "case {i} should not succeed: {code}"
        );
    }
    healthy(addr).await;
}
