//! `export --out DIR`: the built site as static files, byte for byte what `serve` sends.
//!
//! `/en/` becomes `en/index.html`, assets keep their fingerprinted paths, each locale's 404
//! page is `<locale>/404.html` (and the default locale's is also `404.html`), and each alias
//! becomes a small page that sends the reader on to the new URL.

use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

use crate::site::Site;

/// What was written, for the summary line.
#[derive(Debug, Default)]
pub struct Summary {
    pub files: usize,
    pub bytes: u64,
}

pub fn export(site: &Site, out: &Path) -> io::Result<Summary> {
    let mut summary = Summary::default();
    let mut urls: Vec<&String> = site.files.keys().collect();
    urls.sort();
    for url in urls {
        write(out, &file_for(url)?, &site.files[url].body(), &mut summary)?;
    }
    for (locale, page) in &site.not_found {
        write(
            out,
            &PathBuf::from(locale).join("404.html"),
            &page.body(),
            &mut summary,
        )?;
        if *locale == site.default_locale {
            write(out, Path::new("404.html"), &page.body(), &mut summary)?;
        }
    }
    // Social cards are drawn on first request when serving; an export draws them all,
    // writing each as it is drawn.
    let written = crate::material::for_each_card_png(&site.cards, |url, png| {
        let mut one = Summary::default();
        write(out, &file_for(url)?, png, &mut one).map(|()| one)
    });
    for one in written {
        let one = one?;
        summary.files += one.files;
        summary.bytes += one.bytes;
    }
    for (from, to) in &site.redirects {
        write(
            out,
            &file_for(from)?,
            redirect_page(to).as_bytes(),
            &mut summary,
        )?;
    }
    Ok(summary)
}

/// The file a URL is stored in: `/en/` -> `en/index.html`. Refuses anything that could
/// step outside the output folder.
pub fn file_for(url: &str) -> io::Result<PathBuf> {
    let mut rel = url.trim_start_matches('/').to_string();
    if rel.is_empty() || rel.ends_with('/') {
        rel.push_str("index.html");
    }
    let path = PathBuf::from(&rel);
    if path
        .components()
        .any(|c| !matches!(c, Component::Normal(_)))
    {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("refusing to write URL {url}"),
        ));
    }
    Ok(path)
}

fn write(out: &Path, rel: &Path, body: &[u8], summary: &mut Summary) -> io::Result<()> {
    let path = out.join(rel);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)?;
    }
    fs::write(&path, body)?;
    summary.files += 1;
    summary.bytes += body.len() as u64;
    Ok(())
}

/// A page for static hosts that cannot send a 301: it names the new URL and refreshes to it.
fn redirect_page(to: &str) -> String {
    let to = to
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;");
    format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Moved</title>\
         <meta name=\"robots\" content=\"noindex\"><link rel=\"canonical\" href=\"{to}\">\
         <meta http-equiv=\"refresh\" content=\"0; url={to}\"></head>\
         <body><p><a href=\"{to}\">{to}</a></p></body></html>\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_map_to_files_inside_the_output() {
        assert_eq!(file_for("/en/").unwrap(), PathBuf::from("en/index.html"));
        assert_eq!(
            file_for("/assets/site.abc.css").unwrap(),
            PathBuf::from("assets/site.abc.css")
        );
        assert!(file_for("/en/../../etc/").is_err());
    }
}
