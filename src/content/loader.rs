//! Reads `content/` from disk into [`Content`]: parse, place, link, render, validate.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

use super::front_matter::{self, FrontMatter, SplitError};
use super::{
    calendar_date, markdown, slug, Campaign, Content, Dataset, Guide, Page, PageKind, Toolkit,
    MAX_FILE_BYTES,
};
use crate::config::{toml_message, SiteConfig};
use crate::diagnostics::{At, Diagnostics, Position};

/// A parsed file before its Markdown is rendered.
struct Parsed {
    locale: String,
    file: PathBuf,
    rel_path: String,
    text: String,
    body_offset: usize,
    matter_offset: usize,
    matter: FrontMatter,
    kind: PageKind,
}

/// Loads `content_dir/site.toml` and every `content_dir/<locale>/**.md`.
/// Returns `None` when any error was found; warnings alone still give a site.
pub fn load(content_dir: &Path, diags: &mut Diagnostics) -> Option<Content> {
    let config_path = content_dir.join("site.toml");
    let config_text = read_text(&config_path, diags)?;
    let config = SiteConfig::parse(&config_path, &config_text, diags)?;

    let mut parsed = Vec::new();
    for locale in &config.locales {
        let dir = content_dir.join(locale);
        if !dir.is_dir() {
            diags.error(
                &config_path,
                Position::of_key(&config_text, 0, "locales"),
                format!("locale `{locale}` has no folder {}", dir.display()),
            );
            continue;
        }
        let mut files = Vec::new();
        walk(&dir, &dir, &mut files, diags);
        for (file, rel_path) in files {
            if let Some(p) = parse_file(locale, file, rel_path, diags) {
                if !p.matter.draft {
                    parsed.push(p);
                }
            }
        }
    }
    let datasets = super::dataset::load_all(content_dir, diags);
    let directory = crate::directory::load(
        content_dir,
        &config.locales,
        time::OffsetDateTime::now_utc().date(),
        diags,
    );
    let mut content = place_and_render(config, parsed, datasets, diags);
    if let Some(content) = &mut content {
        content.directory = directory;
        check_required(content, &config_path, &config_text, diags);
        check_dataset_pages(content, diags);
    }
    if diags.has_errors() {
        None
    } else {
        content
    }
}

/// Reads a file as UTF-8, refusing huge files and naming the first invalid byte.
pub fn read_text(path: &Path, diags: &mut Diagnostics) -> Option<String> {
    let size = match fs::metadata(path) {
        Ok(m) => m.len(),
        Err(e) => {
            diags.error(path, Position::FILE, format!("cannot read: {e}"));
            return None;
        }
    };
    if size > MAX_FILE_BYTES {
        diags.error(
            path,
            Position::FILE,
            format!(
                "file is {:.1} MB; a content or locale file may be at most {} MB",
                size as f64 / 1_048_576.0,
                MAX_FILE_BYTES / 1_048_576
            ),
        );
        return None;
    }
    let bytes = match fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            diags.error(path, Position::FILE, format!("cannot read: {e}"));
            return None;
        }
    };
    match String::from_utf8(bytes) {
        Ok(s) => Some(s),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let prefix = std::str::from_utf8(&e.as_bytes()[..valid]).unwrap_or_default();
            diags.error(
                path,
                Position::at_offset(prefix, valid),
                "the file is not valid UTF-8 here; save it as UTF-8",
            );
            None
        }
    }
}

/// Collects `.md` files below `dir`, sorted, with their `/`-separated path below `root`.
fn walk(root: &Path, dir: &Path, out: &mut Vec<(PathBuf, String)>, diags: &mut Diagnostics) {
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            diags.error(dir, Position::FILE, format!("cannot read folder: {e}"));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with('.') {
            continue;
        }
        if path.is_dir() {
            walk(root, &path, out, diags);
        } else if name.ends_with(".md") {
            let rel = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            out.push((path, rel));
        }
    }
}

fn parse_file(
    locale: &str,
    file: PathBuf,
    rel_path: String,
    diags: &mut Diagnostics,
) -> Option<Parsed> {
    let text = read_text(&file, diags)?;
    let split = match front_matter::split(&text) {
        Ok(s) => s,
        Err(SplitError::NoOpening) => {
            diags.error(
                &file,
                Position::new(1, 1),
                "the file must start with a `+++` line, then TOML front matter, then `+++`",
            );
            return None;
        }
        Err(SplitError::NoClosing) => {
            diags.error(
                &file,
                Position::new(1, 1),
                "front matter opened with `+++` is never closed by another `+++` line",
            );
            return None;
        }
    };
    let (matter_offset, body_offset) = (split.matter_offset, split.body_offset);
    let matter: FrontMatter = match toml::from_str(split.matter) {
        Ok(m) => m,
        Err(e) => {
            let at = e.span().map_or(matter_offset, |s| matter_offset + s.start);
            diags.error(&file, Position::at_offset(&text, at), toml_message(&e));
            return None;
        }
    };
    let kind = if rel_path == "_index.md" {
        PageKind::Home
    } else if rel_path.ends_with("/_index.md") {
        PageKind::Section
    } else {
        PageKind::Page
    };
    let at = |key: &str| Position::of_key(&text, matter_offset, key);
    if matter.title.trim().is_empty() {
        diags.error(&file, at("title"), "`title` must not be empty");
    }
    if matter.description.trim().is_empty() {
        diags.error(&file, at("description"), "`description` must not be empty");
    }
    if let Some(s) = &matter.slug {
        if kind == PageKind::Home {
            diags.error(&file, at("slug"), "a locale's home page has no slug");
        } else if !slug::is_valid_slug(s) {
            diags.error(
                &file,
                at("slug"),
                format!(
                    "slug `{s}` must be lowercase letters or digits joined by single hyphens, Latin letters without accents (try `{}`)",
                    slug::url_slug(s)
                ),
            );
        }
    }
    for (key, value) in [("date", &matter.date), ("updated", &matter.updated)] {
        if let Some(dt) = value {
            if let Err(e) = calendar_date(dt) {
                diags.error(&file, at(key), format!("`{key}`: {e}"));
            }
        }
    }
    Some(Parsed {
        locale: locale.to_string(),
        file,
        rel_path,
        text,
        body_offset,
        matter_offset,
        matter,
        kind,
    })
}

/// The folder a file sits in, below the locale folder ("" for the locale root).
fn folder_of(rel_path: &str) -> &str {
    rel_path.rsplit_once('/').map_or("", |(d, _)| d)
}

/// The folder a section's `_index.md` stands for, or "" for the home page.
fn section_folder(p: &Parsed) -> &str {
    match p.kind {
        PageKind::Home => "",
        _ => folder_of(&p.rel_path),
    }
}

/// Default slug: a page's file stem, a section's folder name.
fn default_slug(p: &Parsed) -> String {
    let path = match p.kind {
        PageKind::Section => folder_of(&p.rel_path),
        _ => p.rel_path.trim_end_matches(".md"),
    };
    path.rsplit('/').next().unwrap_or(path).to_string()
}

fn place_and_render(
    config: SiteConfig,
    parsed: Vec<Parsed>,
    datasets: Vec<Dataset>,
    diags: &mut Diagnostics,
) -> Option<Content> {
    // Sections by (locale, folder), placed shallowest first so parents have URLs first.
    let mut sections: BTreeMap<(String, String), usize> = BTreeMap::new();
    for (i, p) in parsed.iter().enumerate() {
        if p.kind != PageKind::Page {
            sections.insert((p.locale.clone(), section_folder(p).to_string()), i);
        }
    }
    let mut order: Vec<usize> = (0..parsed.len()).collect();
    order.sort_by_key(|&i| {
        (
            parsed[i].kind == PageKind::Page,
            parsed[i].rel_path.matches('/').count(),
        )
    });

    let mut urls: Vec<Option<String>> = vec![None; parsed.len()];
    let mut parents: Vec<Option<usize>> = vec![None; parsed.len()];
    for &i in &order {
        let p = &parsed[i];
        if p.kind == PageKind::Home {
            urls[i] = Some(format!("/{}/", p.locale));
            continue;
        }
        let parent_folder = match p.kind {
            PageKind::Section => folder_of(section_folder(p)),
            _ => folder_of(&p.rel_path),
        };
        let Some(&parent) = sections.get(&(p.locale.clone(), parent_folder.to_string())) else {
            let folder = if parent_folder.is_empty() {
                p.locale.clone()
            } else {
                format!("{}/{parent_folder}", p.locale)
            };
            diags.error(
                &p.file,
                Position::FILE,
                format!("its folder has no _index.md; add `{folder}/_index.md` to give the section a title and slug"),
            );
            continue;
        };
        let Some(parent_url) = urls[parent].clone() else {
            continue;
        };
        let slug = p.matter.slug.clone().unwrap_or_else(|| default_slug(p));
        urls[i] = Some(format!("{parent_url}{slug}/"));
        parents[i] = Some(parent);
    }

    // URLs and translation keys must be unique.
    let mut by_url: HashMap<String, usize> = HashMap::new();
    let mut by_key: HashMap<(String, String), usize> = HashMap::new();
    let mut by_path: HashMap<(String, String), String> = HashMap::new();
    for (i, p) in parsed.iter().enumerate() {
        let Some(url) = &urls[i] else { continue };
        if let Some(&other) = by_url.get(url) {
            diags.error(
                &p.file,
                Position::of_key(&p.text, p.matter_offset, "slug"),
                format!(
                    "URL {url} is already used by {}; give one of them another slug",
                    parsed[other].file.display()
                ),
            );
        } else {
            by_url.insert(url.clone(), i);
        }
        let key = translation_key(p);
        if let Some(&other) = by_key.get(&(p.locale.clone(), key.clone())) {
            diags.error(
                &p.file,
                Position::of_key(&p.text, p.matter_offset, "translation_key"),
                format!(
                    "translation key `{key}` is already used by {} in the same locale",
                    parsed[other].file.display()
                ),
            );
        } else {
            by_key.insert((p.locale.clone(), key), i);
        }
        by_path.insert((p.locale.clone(), p.rel_path.clone()), url.clone());
    }

    // Sector guides a toolkit may point to: pages with a `[guide]` table.
    let guide_paths: HashSet<(&str, &str)> = parsed
        .iter()
        .filter(|p| p.matter.guide.is_some())
        .map(|p| (p.locale.as_str(), p.rel_path.as_str()))
        .collect();

    // Phase two: render Markdown, resolving `@/` links in the page's own locale.
    let bodies = crate::parallel::map(&parsed, |p| {
        let resolve = |path: &str| by_path.get(&(p.locale.clone(), path.to_string())).cloned();
        markdown::render(&p.text[p.body_offset..], &resolve)
    });
    let mut pages = Vec::with_capacity(parsed.len());
    let mut index_of: Vec<Option<usize>> = vec![None; parsed.len()];
    for ((i, p), (body, problems)) in parsed.iter().enumerate().zip(bodies) {
        let Some(url) = urls[i].clone() else { continue };
        for problem in problems {
            let pos = Position::at_offset(&p.text, p.body_offset + problem.offset);
            if problem.is_error {
                diags.error(&p.file, pos, problem.message);
            } else {
                diags.warning(&p.file, pos, problem.message);
            }
        }
        let guide = p
            .matter
            .guide
            .as_ref()
            .and_then(|g| validated(Guide::from_matter(g), p, "[guide]", diags));
        let campaign = p
            .matter
            .campaign
            .as_ref()
            .and_then(|c| validated(Campaign::from_matter(c), p, "[campaign]", diags));
        let toolkit = p
            .matter
            .toolkit
            .as_ref()
            .and_then(|t| toolkit_with_urls(p, t, &by_path, &guide_paths, diags));
        let data = p
            .matter
            .data
            .as_ref()
            .and_then(|m| data_page(p, m, &datasets, &by_path, &guide_paths, diags));
        let updated = p
            .matter
            .updated
            .as_ref()
            .or(p.matter.date.as_ref())
            .and_then(|d| calendar_date(d).ok());
        index_of[i] = Some(pages.len());
        pages.push(Page {
            locale: p.locale.clone(),
            file: p.file.clone(),
            rel_path: p.rel_path.clone(),
            key: translation_key(p),
            kind: p.kind,
            url,
            matter: p.matter.clone(),
            guide,
            campaign,
            toolkit,
            data,
            updated,
            body,
            parent: None,
            children: Vec::new(),
        });
    }
    for (i, parent) in parents.iter().enumerate() {
        if let (Some(child), Some(parent)) = (index_of[i], parent.and_then(|p| index_of[p])) {
            pages[child].parent = Some(parent);
            pages[parent].children.push(child);
        }
    }
    for i in 0..pages.len() {
        let mut children = std::mem::take(&mut pages[i].children);
        children.sort_by(|&a, &b| {
            (pages[a].matter.weight, &pages[a].matter.title)
                .cmp(&(pages[b].matter.weight, &pages[b].matter.title))
        });
        pages[i].children = children;
    }
    let by_url: HashMap<String, usize> = pages
        .iter()
        .enumerate()
        .map(|(i, p)| (p.url.clone(), i))
        .collect();
    let by_key = pages
        .iter()
        .enumerate()
        .map(|(i, p)| ((p.locale.clone(), p.key.clone()), i))
        .collect();
    let aliases = collect_aliases(&parsed, &index_of, &by_url, diags);
    Some(Content {
        config,
        pages,
        by_url,
        by_key,
        aliases,
        datasets,
        directory: crate::directory::Directory::default(),
    })
}

/// A kind-specific table's value, or its problems reported at the fields they concern
/// (looked up from the table's header line onwards).
fn validated<T>(
    result: Result<T, Vec<(&'static str, String)>>,
    p: &Parsed,
    header: &str,
    diags: &mut Diagnostics,
) -> Option<T> {
    match result {
        Ok(value) => Some(value),
        Err(errors) => {
            let table = p.text[p.matter_offset..]
                .find(header)
                .map_or(p.matter_offset, |o| p.matter_offset + o);
            for (field, message) in errors {
                diags.error(&p.file, Position::of_key(&p.text, table, field), message);
            }
            None
        }
    }
}

/// The URL of the guide at content path `path` in `locale`, or why there is none.
fn guide_url(
    by_path: &HashMap<(String, String), String>,
    guide_paths: &HashSet<(&str, &str)>,
    locale: &str,
    path: &str,
) -> Result<String, &'static str> {
    match by_path.get(&(locale.to_string(), path.to_string())) {
        None => Err("no page"),
        Some(_) if !guide_paths.contains(&(locale, path)) => {
            Err("not a guide (no `[guide]` table)")
        }
        Some(url) => Ok(url.clone()),
    }
}

/// A `[toolkit]` table's value with its guides' URLs in the page's locale, or its problems
/// reported where they are (a field, or a field of the n-th `[[toolkit.<array>]]` entry).
fn toolkit_with_urls(
    p: &Parsed,
    matter: &front_matter::ToolkitMatter,
    by_path: &HashMap<(String, String), String>,
    guide_paths: &HashSet<(&str, &str)>,
    diags: &mut Diagnostics,
) -> Option<Toolkit> {
    let result = Toolkit::from_matter(matter);
    let mut errors = match &result {
        Ok(_) => Vec::new(),
        Err(errors) => errors.clone(),
    };
    let mut resolve = |field: &'static str, path: &str| {
        guide_url(by_path, guide_paths, &p.locale, path).unwrap_or_else(|why| {
            errors.push((
                At::field(field),
                format!("`{path}` is {why} in content/{}/; name a guide's file, such as `indicators/hotels.md`", p.locale),
            ));
            String::new()
        })
    };
    let guide_url = resolve("guide", &matter.guide);
    let related_urls: Vec<String> = matter
        .related
        .iter()
        .map(|r| resolve("related", r))
        .collect();
    let toolkit = result.ok().map(|t| Toolkit {
        guide_url,
        related_urls,
        ..t
    });
    if errors.is_empty() {
        return toolkit;
    }
    let text = &p.text[..p.body_offset];
    let table = text[p.matter_offset..]
        .find("[toolkit]")
        .map_or(p.matter_offset, |o| p.matter_offset + o);
    for (at, message) in errors {
        let pos = at.position(text, table, "toolkit.");
        diags.error(&p.file, pos, message);
    }
    None
}

/// A data page's dataset (by index) and the dataset's guides in the page's locale, or its
/// problems reported at the `[data]` field they concern.
fn data_page(
    p: &Parsed,
    m: &front_matter::DataMatter,
    datasets: &[Dataset],
    by_path: &HashMap<(String, String), String>,
    guide_paths: &HashSet<(&str, &str)>,
    diags: &mut Diagnostics,
) -> Option<(usize, Vec<String>)> {
    let text = &p.text[..p.body_offset];
    let table = text[p.matter_offset..]
        .find("[data]")
        .map_or(p.matter_offset, |o| p.matter_offset + o);
    let Some(index) = datasets.iter().position(|d| d.id == m.dataset) else {
        diags.error(
            &p.file,
            Position::of_key(text, table, "dataset"),
            format!(
                "no dataset `{0}`: add content/data/{0}.toml, or name one that exists",
                m.dataset
            ),
        );
        return None;
    };
    let d = &datasets[index];
    let mut errors = super::dataset::check_page(m, d);
    let mut urls = Vec::new();
    for guide in &d.guides {
        match guide_url(by_path, guide_paths, &p.locale, guide) {
            Ok(url) => urls.push(url),
            Err(_) => errors.push((
                At::field("dataset"),
                format!(
                    "dataset `{}` names the guide `{guide}`, which is no guide in content/{}/",
                    d.id, p.locale
                ),
            )),
        }
    }
    for (at, message) in &errors {
        diags.error(&p.file, at.position(text, table, "data."), message.clone());
    }
    errors.is_empty().then_some((index, urls))
}

/// Every dataset must have its page, with its words, in every locale.
fn check_dataset_pages(content: &Content, diags: &mut Diagnostics) {
    for (i, d) in content.datasets.iter().enumerate() {
        for locale in &content.config.locales {
            let shown = content
                .pages
                .iter()
                .any(|p| &p.locale == locale && p.data.as_ref().is_some_and(|(j, _)| *j == i));
            if !shown {
                diags.error(
                    &d.file,
                    Position::FILE,
                    format!("no page in content/{locale}/ shows this dataset: add one with `[data]` and `dataset = \"{}\"` (its title and labels in that language)", d.id),
                );
            }
        }
    }
}

fn translation_key(p: &Parsed) -> String {
    p.matter
        .translation_key
        .clone()
        .unwrap_or_else(|| p.rel_path.trim_end_matches(".md").to_string())
}

/// Validates `aliases`: site-relative paths that no page or other alias already uses.
fn collect_aliases(
    parsed: &[Parsed],
    index_of: &[Option<usize>],
    by_url: &HashMap<String, usize>,
    diags: &mut Diagnostics,
) -> Vec<(String, usize)> {
    let mut seen: HashMap<String, &Path> = HashMap::new();
    let mut out = Vec::new();
    for (i, p) in parsed.iter().enumerate() {
        let Some(target) = index_of[i] else { continue };
        let at = Position::of_key(&p.text, p.matter_offset, "aliases");
        for alias in &p.matter.aliases {
            let ok = alias.starts_with('/')
                && !alias.starts_with("//")
                && !alias.contains(['?', '#', '\\', ' '])
                && !alias.split('/').any(|s| s == ".." || s == ".");
            if !ok {
                diags.error(
                    &p.file,
                    at,
                    format!("alias `{alias}` must be a path on this site, like /en/old-page/"),
                );
            } else if by_url.contains_key(alias) {
                diags.error(
                    &p.file,
                    at,
                    format!("alias `{alias}` is the URL of a page that exists"),
                );
            } else if let Some(other) = seen.get(alias.as_str()) {
                diags.error(
                    &p.file,
                    at,
                    format!("alias `{alias}` is also claimed by {}", other.display()),
                );
            } else {
                seen.insert(alias.clone(), &p.file);
                out.push((alias.clone(), target));
            }
        }
    }
    out
}

/// Every locale must have every page listed in `required`.
fn check_required(
    content: &Content,
    config_path: &Path,
    config_text: &str,
    diags: &mut Diagnostics,
) {
    for locale in &content.config.locales {
        for key in &content.config.required {
            if content.page_by_key(locale, key).is_none() {
                diags.error(
                    config_path,
                    Position::of_key(config_text, 0, "required"),
                    format!("locale `{locale}` lacks the required page `{key}` (content/{locale}/{key}.md)"),
                );
            }
        }
    }
}
