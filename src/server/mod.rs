//! The HTTP server: axum router, tower-http layers, connection handling and shutdown.

mod directory;
mod headers;
pub mod report;
mod routes;
mod search;
pub mod watch;

use std::net::SocketAddr;
use std::sync::{Arc, RwLock};
use std::time::Duration;

use axum::routing::any;
use axum::Router;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use hyper_util::service::TowerToHyperService;
use tower::util::MapResponseLayer;
use tower::{ServiceBuilder, ServiceExt};
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

use crate::site::Site;
pub use headers::{content_security_policy, script_hash};
pub use routes::respond;

/// A request that takes longer than this is answered 408.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);
/// A client has this long to send its request headers (slowloris).
const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(5);
/// Stored pages and search take only GET and HEAD; no body needs more. The tip form has
/// its own limit (`report::MAX_BODY`) and its own 413 page.
const BODY_LIMIT: usize = 16 * 1024;

/// Searches run at once; more wait in line.
const SEARCH_CONCURRENCY: usize = 4;
/// How long a search waits for its turn before the client is told to retry (429).
const SEARCH_QUEUE_WAIT: Duration = Duration::from_secs(2);

/// The site being served, swapped whole when `--watch` rebuilds it, and the search limit.
#[derive(Clone)]
pub struct SharedSite {
    site: Arc<RwLock<Arc<Site>>>,
    searches: Arc<tokio::sync::Semaphore>,
    /// The tip store and its keys, when the form is on (`[tips] recipients`).
    tips: Option<Arc<crate::tips::TipService>>,
}

impl SharedSite {
    pub fn new(site: Site) -> Self {
        Self::from_arc(Arc::new(site))
    }

    pub fn from_arc(site: Arc<Site>) -> Self {
        SharedSite {
            site: Arc::new(RwLock::new(site)),
            searches: Arc::new(tokio::sync::Semaphore::new(SEARCH_CONCURRENCY)),
            tips: None,
        }
    }

    /// Takes tips through `service`.
    pub fn with_tips(mut self, service: crate::tips::TipService) -> Self {
        self.tips = Some(Arc::new(service));
        self
    }

    /// The tip service, when the form is on.
    pub fn tips(&self) -> Option<Arc<crate::tips::TipService>> {
        self.tips.clone()
    }

    /// A turn to run a search, or `None` if the line is too long. A burst of searches from
    /// anyone waits here without slowing page views, and no per-client state is kept.
    pub async fn search_permit(&self) -> Option<tokio::sync::OwnedSemaphorePermit> {
        tokio::time::timeout(
            SEARCH_QUEUE_WAIT,
            Arc::clone(&self.searches).acquire_owned(),
        )
        .await
        .ok()?
        .ok()
    }

    pub fn current(&self) -> Arc<Site> {
        match self.site.read() {
            Ok(guard) => Arc::clone(&guard),
            Err(poisoned) => Arc::clone(&poisoned.into_inner()),
        }
    }

    pub fn replace(&self, site: Site) {
        let mut guard = match self.site.write() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        };
        *guard = Arc::new(site);
    }
}

/// The router with every layer: what tests drive in-process and what `serve` runs.
///
/// Where a URL is routed: the routes below are computed per request, each in its own module;
/// every other URL is a stored page (`routes`, the fallback).
pub fn router(site: SharedSite) -> Router {
    use axum::handler::Handler;
    let stored = ServiceBuilder::new()
        .layer(RequestBodyLimitLayer::new(BODY_LIMIT))
        .service(routes::handle.with_state(site.clone()));
    Router::new()
        .route("/{locale}/search/", any(search::handle))
        .route_layer(
            ServiceBuilder::new()
                .layer(RequestBodyLimitLayer::new(BODY_LIMIT))
                .layer(CompressionLayer::new())
                .layer(TimeoutLayer::with_status_code(
                    axum::http::StatusCode::REQUEST_TIMEOUT,
                    REQUEST_TIMEOUT,
                )),
        )
        // The tip form, when this path is a report page; the directory's postal-code box,
        // when it is a directory with `?postal=`; any other two-segment path falls through to
        // the stored pages. The form bounds its own body and time, with its own pages.
        .route("/{locale}/{slug}/", any(section_page).layer(CompressionLayer::new()))
        .fallback_service(stored)
        .with_state(site)
        .layer(
            ServiceBuilder::new()
                .layer(
                    // Method, path, status and time only, and at `debug`: a request is not
                    // logged unless an operator asks (a path read with a time can say who
                    // looked at what). Server errors are logged at `warn`.
                    TraceLayer::new_for_http()
                        .make_span_with(|req: &axum::http::Request<_>| {
                            tracing::debug_span!("request", method = %req.method(), path = %req.uri().path())
                        })
                        .on_request(())
                        .on_response(
                            |res: &axum::http::Response<_>, latency: Duration, _: &tracing::Span| {
                                let (status, micros) = (res.status().as_u16(), latency.as_micros() as u64);
                                if res.status().is_server_error() {
                                    tracing::warn!(status, micros, "served");
                                } else {
                                    tracing::debug!(status, micros, "served");
                                }
                            },
                        )
                        .on_failure(()),
                )
                .layer(MapResponseLayer::new(headers::add_security_headers)),
        )
}

/// `/{locale}/{slug}/`: the report page (the tip form), the directory's postal-code box, or
/// a stored page.
async fn section_page(
    axum::extract::State(shared): axum::extract::State<SharedSite>,
    request: axum::extract::Request,
) -> axum::response::Response<axum::body::Body> {
    let site = shared.current();
    if report::report_page(&site, request.uri().path()).is_some() {
        return report::handle(axum::extract::State(shared), request).await;
    }
    let (parts, _) = request.into_parts();
    let path = percent_encoding::percent_decode_str(parts.uri.path()).decode_utf8_lossy();
    directory::answer(
        &site,
        &parts.method,
        &path,
        parts.uri.query(),
        &parts.headers,
    )
    .unwrap_or_else(|| routes::respond(&site, &parts.method, &parts.uri, &parts.headers))
}

/// Serves until SIGTERM or Ctrl-C, then lets open requests finish.
pub async fn serve(addr: SocketAddr, site: SharedSite) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    tracing::info!("serving on http://{}", listener.local_addr()?);
    serve_on(listener, site, shutdown_signal()).await;
    Ok(())
}

/// Serves connections from `listener` until `shutdown` completes, then lets open requests
/// finish (for up to 10 s).
pub async fn serve_on(
    listener: tokio::net::TcpListener,
    site: SharedSite,
    shutdown: impl std::future::Future<Output = ()>,
) {
    let app = router(site);
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut builder = auto::Builder::new(TokioExecutor::new());
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(HEADER_READ_TIMEOUT)
        .max_buf_size(64 * 1024);
    builder
        .http2()
        .timer(TokioTimer::new())
        .max_concurrent_streams(100);
    tokio::pin!(shutdown);
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let Ok((stream, peer)) = accepted else { continue };
                let _ = stream.set_nodelay(true);
                // The address goes on each request for the tip form's per-client cap, which
                // reads it only through a keyed hash; nothing logs or stores it.
                let client = report::ClientAddr(peer.ip());
                let service = TowerToHyperService::new(app.clone().map_request(
                    move |mut request: axum::http::Request<hyper::body::Incoming>| {
                        request.extensions_mut().insert(client);
                        request
                    },
                ));
                // No upgrades (no WebSocket or CONNECT here): the plain connection is lighter.
                let conn = builder.serve_connection(TokioIo::new(stream), service);
                let conn = graceful.watch(conn.into_owned());
                tokio::spawn(async move {
                    let _ = conn.await;
                });
            }
            _ = &mut shutdown => break,
        }
    }
    tracing::info!("shutting down; waiting up to 10 s for open requests");
    tokio::select! {
        _ = graceful.shutdown() => {}
        _ = tokio::time::sleep(Duration::from_secs(10)) => {}
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
}
