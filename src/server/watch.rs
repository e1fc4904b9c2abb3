//! `--watch`: rebuild the site when a source file changes; keep the last good site on error.

use std::path::PathBuf;
use std::sync::mpsc;
use std::time::Duration;

use notify::{RecursiveMode, Watcher};

use super::SharedSite;
use crate::site::{Purpose, Site, Sources};

/// Watches every source folder on a thread of its own for as long as the process runs.
pub fn spawn(sources: Sources, shared: SharedSite) -> notify::Result<()> {
    let (tx, rx) = mpsc::channel();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if event.is_ok() {
            let _ = tx.send(());
        }
    })?;
    let dirs: Vec<PathBuf> = vec![
        sources.content.clone(),
        sources.locales.clone(),
        sources.style.clone(),
        sources.public.clone(),
    ];
    for dir in dirs.iter().filter(|d| d.exists()) {
        watcher.watch(dir, RecursiveMode::Recursive)?;
    }
    std::thread::spawn(move || {
        let _watcher = watcher; // dropped (and stopped) only with the thread
        while rx.recv().is_ok() {
            // Let a burst of events (an editor saving several files) settle.
            std::thread::sleep(Duration::from_millis(150));
            while rx.try_recv().is_ok() {}
            rebuild(&sources, &shared);
        }
    });
    Ok(())
}

/// Rebuilds the site a minute after every UTC midnight, so date-dependent pages (campaign
/// status) stay true on a server that runs for weeks.
pub async fn daily_rebuild(sources: Sources, shared: SharedSite) {
    loop {
        let now = time::OffsetDateTime::now_utc();
        let seconds_today =
            u64::from(now.hour()) * 3600 + u64::from(now.minute()) * 60 + u64::from(now.second());
        tokio::time::sleep(Duration::from_secs(86_400 - seconds_today + 60)).await;
        let (sources, shared) = (sources.clone(), shared.clone());
        let _ = tokio::task::spawn_blocking(move || rebuild(&sources, &shared)).await;
    }
}

/// Rebuilds and swaps the site in; on error, logs every problem and keeps serving the old one.
pub fn rebuild(sources: &Sources, shared: &SharedSite) -> bool {
    match Site::build(sources, Purpose::Serve) {
        Ok((site, warnings)) => {
            for w in warnings.sorted() {
                tracing::warn!("{w}");
            }
            shared.replace(site);
            crate::memory::release_free();
            tracing::info!("site rebuilt");
            true
        }
        Err(diags) => {
            for d in diags.sorted() {
                tracing::error!("{d}");
            }
            tracing::error!("the change has errors; still serving the last good site");
            false
        }
    }
}

/// Deletes tips past their retention day (and spent form tokens past theirs) once a day.
pub async fn daily_tip_purge(shared: SharedSite) {
    let Some(tips) = shared.tips() else { return };
    loop {
        tokio::time::sleep(Duration::from_secs(86_400)).await;
        match tips
            .store
            .purge(time::OffsetDateTime::now_utc().date())
            .await
        {
            Ok(gone) => tracing::info!(gone, "expired tips deleted"),
            Err(e) => tracing::warn!(error = %e, "expired tips could not be deleted"),
        }
    }
}
