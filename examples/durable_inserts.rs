//! The disk's own pace for tips: a bare loop of durable inserts, the same transaction as a
//! tip (spend a nonce, store a row) with rows of the size a sealed tip has, from N tasks at
//! once, for a while. `bench/tips.sh` runs it beside the real form to say what the disk allows.
//!
//! cargo run --release --example durable_inserts -- LOCATION CONCURRENCY SECONDS ROW_BYTES

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use hotline_site::tips::Store;

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [location, concurrency, seconds, row_bytes] = args.as_slice() else {
        eprintln!("usage: durable_inserts LOCATION CONCURRENCY SECONDS ROW_BYTES");
        std::process::exit(2);
    };
    let concurrency: usize = concurrency.parse().expect("concurrency");
    let seconds: u64 = seconds.parse().expect("seconds");
    let row_bytes: usize = row_bytes.parse().expect("row bytes");
    let store = Store::open(location).await.expect("open the store");
    let stop = Arc::new(AtomicBool::new(false));
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..concurrency {
        let (store, stop) = (store.clone(), Arc::clone(&stop));
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            let mut row = vec![0u8; row_bytes];
            let day = time::OffsetDateTime::now_utc().date();
            while !stop.load(Ordering::Relaxed) {
                hotline_site::tips::random(&mut row[..32]);
                let mut nonce = [0u8; 16];
                hotline_site::tips::random(&mut nonce);
                let t = Instant::now();
                store
                    .insert(&hotline_site::tips::hex(&nonce), day, &row, day)
                    .await
                    .expect("insert");
                latencies.push(t.elapsed());
            }
            latencies
        }));
    }
    tokio::time::sleep(Duration::from_secs(seconds)).await;
    stop.store(true, Ordering::Relaxed);
    let mut all = Vec::new();
    for task in tasks {
        all.extend(task.await.expect("task"));
    }
    let elapsed = started.elapsed().as_secs_f64();
    all.sort();
    let pick = |q: f64| all[((all.len() as f64 * q) as usize).min(all.len() - 1)];
    println!(
        "RESULT inserts_per_s={:.0} inserts={} p50_ms={:.2} p99_ms={:.2}",
        all.len() as f64 / elapsed,
        all.len(),
        pick(0.50).as_secs_f64() * 1000.0,
        pick(0.99).as_secs_f64() * 1000.0
    );
}
