//! The command line: `serve` (the default), `check`, `export` and the staff's `tips` commands.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use crate::diagnostics::{Diagnostics, Severity};
use crate::material::ImageCache;
use crate::server::{self, SharedSite};
use crate::site::{Purpose, Site, Sources, Stored};

#[derive(Parser)]
#[command(
    name = "hotline-site",
    version,
    about = "Serve, check or export the hotline website"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    serve: ServeArgs,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the site over HTTP (the default).
    Serve(ServeArgs),
    /// Validate content, locales and assets; print every problem; fail on errors.
    Check(CheckArgs),
    /// Write every page and asset as static files.
    Export(ExportArgs),
    /// Staff commands for the tip form: make a key pair, count and pull tips.
    #[command(subcommand)]
    Tips(TipsCommand),
    /// The referral directory in Open Referral HSDS 3.1: export it, or import another's.
    #[command(subcommand)]
    Directory(DirectoryCommand),
}

#[derive(Subcommand)]
enum DirectoryCommand {
    /// Write the directory's public data as an HSDS 3.1 JSON datapackage.
    Export {
        /// The folder to write datapackage.json and organizations*.json into.
        #[arg(long)]
        hsds: PathBuf,
        /// The content folder.
        #[arg(long, default_value = "content")]
        content: PathBuf,
    },
    /// Turn an HSDS datapackage (or one JSON file of organisations) into TOML listings.
    Import {
        /// A folder with organizations.json (and organizations.<locale>.json), or a JSON file.
        #[arg(long)]
        hsds: PathBuf,
        /// Where to write one TOML file per organisation (never over an existing file).
        #[arg(long, default_value = "content/directory")]
        out: PathBuf,
        /// The content folder (its site.toml names the locales).
        #[arg(long, default_value = "content")]
        content: PathBuf,
        /// Visibility of services the source does not mark: public, area or phone. An address
        /// of a service that is not public is refused, never dropped silently.
        #[arg(long, default_value = "phone")]
        visibility: String,
        /// Area of services without a Canadian service area (CA, or a province code).
        #[arg(long, default_value = "CA")]
        area: String,
        /// Service type of services without one of ours.
        #[arg(long = "type", default_value = "information")]
        service_type: String,
    },
}

#[derive(Subcommand)]
enum TipsCommand {
    /// Make a new identity file (keep it offline) and print its public key for site.toml.
    Keygen {
        /// Where to write the identity; never overwritten.
        #[arg(long)]
        out: PathBuf,
    },
    /// Print how many tips wait in the store.
    Count {
        #[command(flatten)]
        db: TipsDb,
    },
    /// Decrypt every tip to a text file in a folder.
    Pull {
        /// The identity file from `tips keygen` (or `age-keygen`).
        #[arg(long)]
        identity: PathBuf,
        /// The folder to write tips into (created if needed).
        #[arg(long)]
        out: PathBuf,
        /// Remove each tip from the store once its file is written and synced.
        #[arg(long)]
        delete: bool,
        #[command(flatten)]
        db: TipsDb,
    },
}

#[derive(Args, Clone)]
struct TipsDb {
    /// The tip store: a SQLite file, or a postgres:// URL shared by several replicas.
    #[arg(long = "tips-db", env = "HOTLINE_TIPS_DB", default_value = crate::tips::store::DEFAULT_SQLITE)]
    location: String,
}

#[derive(Args, Clone)]
struct SourceArgs {
    /// The content folder (site.toml and one folder per locale).
    #[arg(long, default_value = "content")]
    content: PathBuf,
    /// The Fluent folder (one folder of .ftl files per locale).
    #[arg(long, default_value = "locales")]
    locales: PathBuf,
    /// The stylesheet folder.
    #[arg(long, default_value = "style")]
    style: PathBuf,
    /// Files served as they are (favicon, images, downloads).
    #[arg(long, default_value = "public")]
    public: PathBuf,
    /// Where drawn images (posters, cards, social cards) are kept between runs.
    #[arg(long, env = "HOTLINE_CACHE_DIR", default_value = "cache")]
    cache_dir: PathBuf,
    /// Draw every image afresh, reading and writing no cache.
    #[arg(long)]
    no_cache: bool,
}

#[derive(Args, Clone)]
struct CheckArgs {
    /// Add the URLs of today's pages to content/published-urls.txt (run when publishing).
    #[arg(long)]
    update_published: bool,
    #[command(flatten)]
    sources: SourceArgs,
}

#[derive(Args, Clone)]
struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "HOTLINE_ADDR", default_value = "127.0.0.1:3000")]
    addr: SocketAddr,
    /// Rebuild when a source file changes; keep serving the last good site on errors.
    #[arg(long)]
    watch: bool,
    /// Threads answering requests (default: one per core). With 1, a single-threaded
    /// runtime, which has no work stealing to pay for.
    #[arg(long, env = "HOTLINE_THREADS")]
    threads: Option<usize>,
    /// Used only when `[tips] recipients` turns the tip form on.
    #[command(flatten)]
    tips_db: TipsDb,
    #[command(flatten)]
    sources: SourceArgs,
}

#[derive(Args)]
struct ExportArgs {
    /// Output folder (created if needed).
    #[arg(long)]
    out: PathBuf,
    /// Publish under another base URL than site.toml's.
    #[arg(long)]
    base_url: Option<String>,
    #[command(flatten)]
    sources: SourceArgs,
}

impl SourceArgs {
    fn sources(&self, base_url: Option<String>) -> Sources {
        Sources {
            content: resolve(&self.content),
            locales: resolve(&self.locales),
            style: resolve(&self.style),
            public: resolve(&self.public),
            base_url,
            image_cache: if self.no_cache {
                ImageCache::none()
            } else {
                ImageCache::in_dir(&resolve(&self.cache_dir))
            },
        }
    }
}

/// Relative defaults resolve from the working directory, else from the source checkout, so
/// `cargo run` works from any folder of the repository.
fn resolve(path: &Path) -> PathBuf {
    if path.is_absolute() || path.exists() {
        return path.to_path_buf();
    }
    let in_checkout = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    if in_checkout.exists() {
        in_checkout
    } else {
        path.to_path_buf()
    }
}

/// What is logged when `RUST_LOG` is not set: our own messages from `info` up; from the
/// libraries, only what needs an operator. tantivy reports every segment at `info`, and the
/// font library warns once per character no installed font draws (hundreds of lines on a
/// machine without Chinese or Gurmukhi fonts), which `check` already reports once per locale.
pub const DEFAULT_LOG_FILTER: &str = "info,tantivy=warn,usvg=error,resvg=error,fontdb=error";

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(DEFAULT_LOG_FILTER)),
        )
        .with_target(false)
        .with_writer(std::io::stderr)
        .init();
    match cli.command {
        None => serve(cli.serve),
        Some(Command::Serve(args)) => serve(args),
        Some(Command::Check(args)) => check(&args.sources.sources(None), args.update_published),
        Some(Command::Export(args)) => export(&args),
        Some(Command::Tips(command)) => tips(command),
        Some(Command::Directory(command)) => directory(command),
    }
}

fn directory(command: DirectoryCommand) -> ExitCode {
    use crate::directory::commands;
    let result = match command {
        DirectoryCommand::Export { hsds, content } => commands::export(&resolve(&content), &hsds)
            .map(|written| {
                for path in written {
                    println!("wrote {}", path.display());
                }
            }),
        DirectoryCommand::Import {
            hsds,
            out,
            content,
            visibility,
            area,
            service_type,
        } => {
            let content = resolve(&content);
            let config_path = content.join("site.toml");
            let mut diags = Diagnostics::default();
            let config = crate::content::read_text(&config_path, &mut diags)
                .and_then(|text| crate::config::SiteConfig::parse(&config_path, &text, &mut diags));
            let Some(config) = config else {
                print_all(diags);
                return ExitCode::FAILURE;
            };
            let defaults = crate::directory::hsds::ImportDefaults {
                visibility,
                area,
                service_type,
                verified: time::OffsetDateTime::now_utc().date().to_string(),
            };
            commands::import(&hsds, &out, &config.locales, &defaults).map(|report| {
                for note in report.notes {
                    eprintln!("note: {note}");
                }
                for path in report.written {
                    println!("wrote {}", path.display());
                }
            })
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(problems) => {
            for p in problems {
                eprintln!("hotline-site: {p}");
            }
            ExitCode::FAILURE
        }
    }
}

fn print_all(diags: Diagnostics) -> (usize, usize) {
    let counts = (diags.count(Severity::Error), diags.count(Severity::Warning));
    for d in diags.sorted() {
        eprintln!("{d}");
    }
    counts
}

fn build(sources: &Sources, purpose: Purpose) -> Option<Site> {
    match Site::build(sources, purpose) {
        Ok((site, warnings)) => {
            print_all(warnings);
            Some(site)
        }
        Err(diags) => {
            let (errors, warnings) = print_all(diags);
            eprintln!("hotline-site: {errors} error(s), {warnings} warning(s); nothing was served or written");
            None
        }
    }
}

fn serve(args: ServeArgs) -> ExitCode {
    let sources = args.sources.sources(None);
    let started = std::time::Instant::now();
    let Some(site) = build(&sources, Purpose::Serve) else {
        return ExitCode::FAILURE;
    };
    crate::memory::release_free();
    tracing::info!(
        pages = site.files.len(),
        stored_bytes = site.files.values().map(Stored::held_bytes).sum::<usize>(),
        millis = started.elapsed().as_millis() as u64,
        "site built"
    );
    if let Some(search) = &site.search {
        let (docs, bytes) = search.stats();
        let millis = search.build_time.as_millis() as u64;
        tracing::info!(docs, bytes, millis, "search index built");
    }
    let mut builder = match args.threads {
        Some(1) => tokio::runtime::Builder::new_current_thread(),
        Some(n) => {
            let mut b = tokio::runtime::Builder::new_multi_thread();
            b.worker_threads(n.max(1));
            b
        }
        None => tokio::runtime::Builder::new_multi_thread(),
    };
    let runtime = match builder.enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("hotline-site: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let tips = &site.content.config.tips;
    let tip_service = if tips.enabled() {
        let recipients = crate::tips::seal::parse_recipients(&tips.recipients).unwrap_or_default();
        let settings = crate::tips::Settings {
            per_client_per_hour: tips.per_client_per_hour,
            global_per_hour: tips.global_per_hour,
            retention_days: tips.retention_days,
        };
        let location = &args.tips_db.location;
        match runtime.block_on(crate::tips::TipService::start(
            location, recipients, settings,
        )) {
            Ok(service) => Some(service),
            Err(e) => {
                eprintln!("hotline-site: the tip form is on, but {e}");
                return ExitCode::FAILURE;
            }
        }
    } else {
        None
    };
    let mut shared = SharedSite::new(site);
    if let Some(service) = tip_service {
        shared = shared.with_tips(service);
        runtime.spawn(server::watch::daily_tip_purge(shared.clone()));
    }
    let sources_for_daily = sources.clone();
    if args.watch {
        if let Err(e) = server::watch::spawn(sources, shared.clone()) {
            eprintln!("hotline-site: cannot watch for changes: {e}");
            return ExitCode::FAILURE;
        }
    }
    // Campaigns move from upcoming to current to past with the date: rebuild once a day.
    runtime.spawn(server::watch::daily_rebuild(
        sources_for_daily,
        shared.clone(),
    ));
    match runtime.block_on(server::serve(args.addr, shared)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("hotline-site: cannot serve on {}: {e}", args.addr);
            ExitCode::FAILURE
        }
    }
}

fn check(sources: &Sources, update_published: bool) -> ExitCode {
    match Site::build(sources, Purpose::Check) {
        Ok((site, mut warnings)) => {
            if update_published {
                let urls = site
                    .files
                    .iter()
                    .filter(|(_, f)| f.kind == crate::site::Kind::Html)
                    .map(|(url, _)| url.clone());
                match crate::published::update(&sources.content, urls) {
                    Ok(n) => println!("published-urls: {n} new URL(s) recorded"),
                    Err(e) => {
                        eprintln!("hotline-site: cannot update the published URL list: {e}");
                        return ExitCode::FAILURE;
                    }
                }
            }
            report_reading_level(&site, &mut warnings);
            report_coverage(&site, &mut warnings);
            let (_, warnings) = print_all(warnings);
            print_coverage_table(&site);
            print_tips_status(&site);
            let pages = site.content.pages.len();
            println!(
                "ok: {pages} pages in {} locales, {warnings} warning(s)",
                site.locales.len()
            );
            ExitCode::SUCCESS
        }
        Err(diags) => {
            let (errors, warnings) = print_all(diags);
            println!("failed: {errors} error(s), {warnings} warning(s)");
            ExitCode::FAILURE
        }
    }
}

/// A warning for every English or French page that reads above the target grade.
fn report_reading_level(site: &Site, warnings: &mut Diagnostics) {
    let target = site.content.config.reading_grade;
    for (file, score) in &site.report.readability {
        if score.grade > target {
            warnings.warning(
                file,
                crate::diagnostics::Position::FILE,
                format!(
                    "reads at grade {:.1} ({} words, {} sentences); the target is {target} or below: use shorter sentences and words",
                    score.grade, score.words, score.sentences
                ),
            );
        }
    }
}

/// A warning for every page of the default locale that a locale does not have yet.
fn report_coverage(site: &Site, warnings: &mut Diagnostics) {
    let content_dir = site.content.pages.first().and_then(|p| {
        let rel_depth = p.rel_path.matches('/').count() + 2;
        p.file.ancestors().nth(rel_depth).map(Path::to_path_buf)
    });
    for (locale, _, _, missing) in &site.report.coverage {
        let dir = content_dir.clone().unwrap_or_default().join(locale);
        for key in missing {
            warnings.warning(
                &dir.join(format!("{key}.md")),
                crate::diagnostics::Position::FILE,
                "not yet translated; the page is not listed in this locale",
            );
        }
    }
}

fn print_coverage_table(site: &Site) {
    println!("translation coverage (pages of the default locale that each locale has):");
    println!(
        "{:<10} {:>6} {:>6} {:>9}",
        "locale", "pages", "of", "coverage"
    );
    for (locale, have, of, _) in &site.report.coverage {
        let pct = if *of == 0 {
            100.0
        } else {
            *have as f64 * 100.0 / *of as f64
        };
        println!("{locale:<10} {have:>6} {of:>6} {pct:>8.0}%");
    }
    let scores = &site.report.readability;
    if !scores.is_empty() {
        println!(
            "readability (grade level; target {} or below):",
            site.content.config.reading_grade
        );
        for (file, score) in scores {
            println!("  {:>5.1}  {}", score.grade, file.display());
        }
    }
}

/// Whether the tip form is on, and how to turn it on.
fn print_tips_status(site: &Site) {
    let tips = &site.content.config.tips;
    if tips.enabled() {
        println!(
            "tips: the online form is on; tips are sealed to {} recipient(s)",
            tips.recipients.len()
        );
    } else {
        println!(
            "tips: the online form is off (no [tips] recipients in site.toml); the report page lists phone, chat and email.\n      \
             To turn it on: on a staff machine, run `hotline-site tips keygen --out staff-key.txt`, keep that file offline,\n      \
             and put the public key it prints (age1...) in site.toml: [tips] recipients = [\"age1...\"]"
        );
    }
}

/// `tips keygen`, `tips count`, `tips pull`.
fn tips(command: TipsCommand) -> ExitCode {
    use crate::tips::{staff, Store};
    if let TipsCommand::Keygen { out } = &command {
        return match staff::keygen(out) {
            Ok(recipient) => {
                eprintln!(
                    "wrote the identity to {}; keep it offline and never on the server",
                    out.display()
                );
                println!("{recipient}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("hotline-site: {e}");
                ExitCode::FAILURE
            }
        };
    }
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("hotline-site: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result: Result<String, String> = runtime.block_on(async {
        match command {
            TipsCommand::Keygen { .. } => unreachable!("handled above"),
            TipsCommand::Count { db } => {
                let store = Store::open(&db.location).await.map_err(|e| e.to_string())?;
                let n = store.count().await.map_err(|e| e.to_string())?;
                Ok(format!("{n} tip(s) waiting"))
            }
            TipsCommand::Pull {
                identity,
                out,
                delete,
                db,
            } => {
                let identities = staff::read_identities(&identity).map_err(|e| e.to_string())?;
                let store = Store::open(&db.location).await.map_err(|e| e.to_string())?;
                let pulled = staff::pull(&store, &identities, &out, delete)
                    .await
                    .map_err(|e| e.to_string())?;
                store.close().await;
                let mut summary = format!("{} tip(s) written to {}", pulled.written, out.display());
                if delete {
                    summary.push_str(&format!(", {} deleted from the store", pulled.deleted));
                }
                if pulled.not_ours > 0 {
                    summary.push_str(&format!(
                        "; {} sealed to other keys were left in the store",
                        pulled.not_ours
                    ));
                }
                Ok(summary)
            }
        }
    });
    match result {
        Ok(summary) => {
            println!("{summary}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("hotline-site: {e}");
            ExitCode::FAILURE
        }
    }
}

fn export(args: &ExportArgs) -> ExitCode {
    let started = std::time::Instant::now();
    let sources = args.sources.sources(args.base_url.clone());
    let Some(site) = build(&sources, Purpose::Export) else {
        return ExitCode::FAILURE;
    };
    match crate::export::export(&site, &args.out) {
        Ok(summary) => {
            let stats = &sources.image_cache.stats;
            let count =
                |n: &std::sync::atomic::AtomicU64| n.load(std::sync::atomic::Ordering::Relaxed);
            println!(
                "exported {} files ({} bytes) to {} in {} ms: {} written, {} already in place, {} removed; images: {} drawn, {} from the cache, {} damaged entries redrawn",
                summary.files,
                summary.bytes,
                args.out.display(),
                started.elapsed().as_millis(),
                summary.written,
                summary.files - summary.written,
                summary.removed,
                count(&stats.drawn),
                count(&stats.hits),
                count(&stats.rejected),
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("hotline-site: export to {} failed: {e}", args.out.display());
            ExitCode::FAILURE
        }
    }
}
