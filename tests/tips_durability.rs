//! What "lose no data" and "leave nothing readable" mean for tips, tested on the real binary
//! and on real stores: kill -9 while 200 tips arrive at once, restart, and every tip that was
//! answered "received" opens and matches what was sent, once. The same on PostgreSQL (from
//! `HOTLINE_TEST_POSTGRES`, which `.ci/run` sets with `scripts/test-postgres.sh`), where two
//! replicas also share the spent tokens. A canary string sent as a tip is found in no log
//! line and in no file under the server's working directory. Debian's `age` opens a tip.

mod common;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::sync::Arc;
use std::time::Duration;

use common::tips::{content_with_tips, encode, opened, staff_key, token_of};
use hotline_site::tips::Store;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const CANARY: &str = "CANARY-q7Zx31-tip";
const TIPS: usize = 200;

/// A PostgreSQL database of its own for one test, or `None` where no server is configured.
/// In CI (`CI` set) a missing server is a failure, not a skip.
async fn postgres_database() -> Option<String> {
    let Ok(base) = std::env::var("HOTLINE_TEST_POSTGRES") else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must run the PostgreSQL tests: set HOTLINE_TEST_POSTGRES (scripts/test-postgres.sh)"
        );
        eprintln!("HOTLINE_TEST_POSTGRES is not set: the PostgreSQL case is not run here");
        return None;
    };
    let mut name = [0u8; 6];
    hotline_site::tips::random(&mut name);
    let name = format!("tips_{}", hotline_site::tips::hex(&name));
    let pool = sqlx::PgPool::connect(&base)
        .await
        .expect("connect to PostgreSQL");
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&pool)
        .await
        .expect("create database");
    pool.close().await;
    let (prefix, _) = base.rsplit_once('/').expect("a URL with a database");
    Some(format!("{prefix}/{name}"))
}

struct Server {
    child: Child,
    port: u16,
}

impl Server {
    fn start(content: &Path, location: &str, workdir: &Path) -> Server {
        let port = free_port();
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(workdir.join("server.log"))
            .expect("log file");
        let child = Command::new(env!("CARGO_BIN_EXE_hotline-site"))
            .current_dir(workdir)
            .env("RUST_LOG", "debug")
            .args(["serve", "--addr", &format!("127.0.0.1:{port}")])
            .arg("--content")
            .arg(content)
            .arg("--locales")
            .arg(common::repo().join("locales"))
            .arg("--style")
            .arg(common::repo().join("style"))
            .arg("--public")
            .arg(common::repo().join("public"))
            .arg("--cache-dir")
            .arg(common::repo().join("cache"))
            .args(["--tips-db", location])
            .stdout(log.try_clone().expect("log file"))
            .stderr(log)
            .spawn()
            .expect("start the server");
        Server { child, port }
    }

    async fn ready(&mut self) {
        for _ in 0..600 {
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!("the server exited: {status}");
            }
            if let Some((200, _)) = request(self.port, "GET", "/en/report/", None).await {
                return;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        panic!("the server did not start in 120 s");
    }

    fn kill9(&mut self) {
        // std's kill is SIGKILL on Unix: no shutdown, no flush, no goodbye.
        self.child.kill().expect("kill -9");
        self.child.wait().expect("reap");
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// One HTTP/1.1 request on its own connection: `(status, body)`, or `None` if the connection
/// failed or was cut (as when the server is killed mid-answer).
async fn request(port: u16, method: &str, path: &str, body: Option<&str>) -> Option<(u16, String)> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).await.ok()?;
    let body = body.unwrap_or("");
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nSec-Fetch-Site: same-origin\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).await.ok()?;
    stream.write_all(body.as_bytes()).await.ok()?;
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).await.ok()?;
    let text = String::from_utf8_lossy(&answer).into_owned();
    let status = text.get(9..12)?.parse().ok()?;
    let (headers, body) = text.split_once("\r\n\r\n")?;
    // Only a complete answer counts: the length the headers promised, all of it.
    let length = headers
        .lines()
        .find_map(|l| {
            l.to_ascii_lowercase()
                .strip_prefix("content-length: ")
                .map(str::to_string)
        })
        .and_then(|n| n.trim().parse::<usize>().ok())?;
    (body.len() == length).then(|| (status, body.to_string()))
}

/// Sends 200 tips at once, kills the server once some are acknowledged, restarts it, and
/// checks every acknowledged tip. Returns the working directory for the canary scan.
async fn crash_while_tips_arrive(location: &str, workdir: &Path) {
    let content = content_with_tips("per_client_per_hour = 100000\nglobal_per_hour = 100000");
    let mut server = Server::start(&content, location, workdir);
    server.ready().await;
    let port = server.port;
    let mut tokens = Vec::with_capacity(TIPS);
    for _ in 0..TIPS {
        let (_, html) = request(port, "GET", "/en/report/", None)
            .await
            .expect("form page");
        tokens.push(token_of(&html));
    }
    tokio::time::sleep(Duration::from_millis(3100)).await;
    let acknowledged = Arc::new(std::sync::Mutex::new(Vec::new()));
    let mut tasks = Vec::new();
    for (i, token) in tokens.into_iter().enumerate() {
        let acknowledged = Arc::clone(&acknowledged);
        tasks.push(tokio::spawn(async move {
            let details = format!("{CANARY} tip number {i:03} of the crash test");
            let body = encode(&[
                ("form", &token),
                ("details", &details),
                ("town", "Thunder Bay"),
            ]);
            if let Some((200, page)) = request(port, "POST", "/en/report/", Some(&body)).await {
                if page.contains("Your tip was received") {
                    acknowledged.lock().unwrap().push(i);
                }
            }
        }));
    }
    // Kill as soon as a quarter are acknowledged: the rest are in flight or not yet sent.
    for _ in 0..1000 {
        if acknowledged.lock().unwrap().len() >= TIPS / 4 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    server.kill9();
    for task in tasks {
        task.await.expect("task");
    }
    let acknowledged = acknowledged.lock().unwrap().clone();
    assert!(
        !acknowledged.is_empty(),
        "some tips were acknowledged before the kill"
    );
    eprintln!(
        "{} of {TIPS} tips acknowledged before kill -9",
        acknowledged.len()
    );

    let mut server = Server::start(&content, location, workdir);
    server.ready().await;
    let store = Store::open(location)
        .await
        .expect("the store opens after the crash");
    let tips = opened(&store).await;
    let mut seen: HashMap<usize, usize> = HashMap::new();
    for tip in &tips {
        let i: usize = tip
            .split("tip number ")
            .nth(1)
            .and_then(|rest| rest.get(..3))
            .and_then(|n| n.parse().ok())
            .expect("every stored tip is one we sent, whole");
        assert!(tip.contains(&format!("{CANARY} tip number {i:03} of the crash test\n")));
        assert!(tip.contains("Town: Thunder Bay\n"));
        *seen.entry(i).or_default() += 1;
    }
    for i in &acknowledged {
        assert_eq!(
            seen.get(i),
            Some(&1),
            "acknowledged tip {i} is stored exactly once"
        );
    }
    assert!(seen.values().all(|&n| n == 1), "no tip is stored twice");
    store.close().await;
    drop(server);
}

/// Every file under `dir`, recursively, must not contain `needle`.
fn assert_nowhere_under(dir: &Path, needle: &str) {
    let mut stack = vec![dir.to_path_buf()];
    let mut files = 0;
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            stack.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
        } else {
            files += 1;
            let bytes = std::fs::read(&path).unwrap();
            assert!(
                !bytes.windows(needle.len()).any(|w| w == needle.as_bytes()),
                "{} contains the canary",
                path.display()
            );
        }
    }
    assert!(files > 0, "the scan looked at files");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sqlite_every_acknowledged_tip_survives_kill_9_and_no_plaintext_is_left() {
    let workdir = tempfile::tempdir().unwrap();
    let location = workdir.path().join("data/tips.sqlite3");
    crash_while_tips_arrive(location.to_str().unwrap(), workdir.path()).await;
    let log = std::fs::read_to_string(workdir.path().join("server.log")).unwrap();
    assert!(log.contains("served"), "the log was written at debug level");
    let names: Vec<PathBuf> = std::fs::read_dir(workdir.path().join("data"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert!(
        names.iter().any(|p| p.ends_with("tips.sqlite3")),
        "{names:?}"
    );
    // The database, its WAL, the log and anything else the server wrote.
    assert_nowhere_under(workdir.path(), CANARY);
    assert_nowhere_under(workdir.path(), "Thunder Bay");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn postgres_every_acknowledged_tip_survives_kill_9() {
    let Some(location) = postgres_database().await else {
        return;
    };
    let workdir = tempfile::tempdir().unwrap();
    crash_while_tips_arrive(&location, workdir.path()).await;
    assert_nowhere_under(workdir.path(), CANARY);
}

#[tokio::test]
async fn postgres_two_replicas_share_spent_tokens() {
    use common::tips::{aged_token, post, server};
    let Some(location) = postgres_database().await else {
        return;
    };
    let (a, b) = (
        server(&location, 10, 1000).await,
        server(&location, 10, 1000).await,
    );
    // A token from replica A's page, sent to B, is taken; sent again to A, refused.
    let token = aged_token(&a, "/en/report/").await;
    let body = encode(&[("form", &token), ("details", "seen at the truck stop")]);
    let first = post(&b, "/en/report/", body.clone(), &[]).await;
    assert!(first.text().contains("Your tip was received"));
    let replay = post(&a, "/en/report/", body, &[]).await;
    assert!(replay.text().contains("This tip was already received"));
    let store = a.tips().unwrap().store.clone();
    assert_eq!(store.count().await.unwrap(), 1);
    // Both replicas sign with the one key the store holds.
    let token_b = aged_token(&b, "/fr/signaler/").await;
    let body = encode(&[("form", &token_b), ("details", "vu au relais routier")]);
    assert!(post(&a, "/fr/signaler/", body, &[])
        .await
        .text()
        .contains("reçu"));
    assert_eq!(store.count().await.unwrap(), 2);
}

#[tokio::test]
async fn debian_age_opens_a_stored_tip_with_the_keygen_identity() {
    use common::tips::{aged_token, post, server, sqlite_location};
    if Command::new("age").arg("--version").output().is_err() {
        assert!(std::env::var_os("CI").is_none(), "CI installs Debian's age");
        eprintln!("no `age` command here: the interoperability case is not run");
        return;
    }
    let (dir, db) = sqlite_location();
    let shared = server(&db, 10, 1000).await;
    let token = aged_token(&shared, "/en/report/").await;
    let body = encode(&[("form", &token), ("details", "opened by stock age")]);
    post(&shared, "/en/report/", body, &[]).await;
    let sealed = &shared.tips().unwrap().store.all().await.unwrap()[0].sealed;
    let file = dir.path().join("tip.age");
    std::fs::write(&file, sealed).unwrap();
    let out = Command::new("age")
        .arg("-d")
        .arg("-i")
        .arg(&staff_key().0)
        .arg(&file)
        .output()
        .expect("run age");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("opened by stock age\n-- end of tip --\n"));
    assert!(
        text.trim_end().ends_with("-- end of tip --"),
        "only padding after the end mark"
    );
}
