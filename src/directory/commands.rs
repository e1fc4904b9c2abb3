//! `hotline-site directory export --hsds DIR` and `directory import --hsds PATH --out DIR`:
//! the files on disk around [`super::hsds`]. Import writes nothing unless every organisation
//! it would write passes the same checks as `check`.

use std::path::{Path, PathBuf};

use serde_json::Value;

use super::hsds::{self, ImportDefaults};
use crate::diagnostics::Diagnostics;

/// Writes the HSDS export of `content_dir`'s directory into `out`. Returns what it wrote,
/// or the problems (content that does not load, a file that cannot be written).
pub fn export(content_dir: &Path, out: &Path) -> Result<Vec<PathBuf>, Vec<String>> {
    let mut diags = Diagnostics::default();
    let Some(content) = crate::content::load(content_dir, &mut diags) else {
        return Err(diags.sorted().into_iter().map(|d| d.to_string()).collect());
    };
    std::fs::create_dir_all(out).map_err(|e| vec![format!("{}: {e}", out.display())])?;
    let mut written = Vec::new();
    for (name, json) in hsds::export(&content.directory, &content.config.locales) {
        let path = out.join(name);
        let text = serde_json::to_string_pretty(&json).map_err(|e| vec![e.to_string()])?;
        std::fs::write(&path, text + "\n").map_err(|e| vec![format!("{}: {e}", path.display())])?;
        written.push(path);
    }
    Ok(written)
}

/// What one import did: the files written, and notes on what the source did not say.
#[derive(Debug)]
pub struct ImportReport {
    pub written: Vec<PathBuf>,
    pub notes: Vec<String>,
}

/// Reads an HSDS export (a folder with `organizations.json` and per-locale
/// `organizations.<locale>.json`, or one JSON file of organisations) and writes one TOML file
/// per organisation into `out`, never over an existing file.
pub fn import(
    source: &Path,
    out: &Path,
    locales: &[String],
    defaults: &ImportDefaults,
) -> Result<ImportReport, Vec<String>> {
    let default = locales.first().cloned().unwrap_or_else(|| "en".into());
    let mut files: Vec<(String, Value)> = Vec::new();
    if source.is_dir() {
        for locale in locales {
            let path = source.join(hsds::file_name(locale, &default));
            if path.exists() {
                files.push((locale.clone(), read_json(&path)?));
            } else if *locale == default {
                return Err(vec![format!("{} is missing", path.display())]);
            }
        }
    } else {
        files.push((default.clone(), read_json(source)?));
    }
    let imported = hsds::import(&files, defaults)?;
    let today = time::OffsetDateTime::now_utc().date();
    let mut problems = Vec::new();
    let mut notes = Vec::new();
    for (stem, text, org_notes) in &imported {
        let path = out.join(format!("{stem}.toml"));
        if path.exists() {
            problems.push(format!(
                "{} exists already: nothing was written",
                path.display()
            ));
        }
        // The same checks as `check`, except age: an old listing is imported, and `check`
        // then says it needs verifying.
        let verified_day = super::load::verified_day(text).unwrap_or(today);
        if let Err(errors) = super::load::check_text(&path, text, locales, verified_day) {
            problems.extend(
                errors
                    .into_iter()
                    .map(|e| format!("{}: {e}", path.display())),
            );
        }
        notes.extend(org_notes.iter().cloned());
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    std::fs::create_dir_all(out).map_err(|e| vec![format!("{}: {e}", out.display())])?;
    let mut written = Vec::new();
    for (stem, text, _) in imported {
        let path = out.join(format!("{stem}.toml"));
        std::fs::write(&path, text).map_err(|e| vec![format!("{}: {e}", path.display())])?;
        written.push(path);
    }
    Ok(ImportReport { written, notes })
}

fn read_json(path: &Path) -> Result<Value, Vec<String>> {
    let text =
        std::fs::read_to_string(path).map_err(|e| vec![format!("{}: {e}", path.display())])?;
    serde_json::from_str(&text).map_err(|e| {
        vec![format!(
            "{}:{}:{}: {e}",
            path.display(),
            e.line(),
            e.column()
        )]
    })
}
