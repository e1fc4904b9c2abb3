//! The system's fonts, loaded once per process: which characters they can draw, which family
//! suits a line, how wide a line is, and which face stands in for a missing glyph.

use std::collections::HashSet;
use std::sync::{Arc, OnceLock};

use resvg::usvg;
use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};
use usvg::fontdb::{Database, Style, Weight, ID};

const DEFAULT_SANS: &str = "DejaVu Sans";

pub fn database() -> Arc<Database> {
    static FONTS: OnceLock<Arc<Database>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let mut db = Database::new();
            db.load_system_fonts();
            db.set_sans_serif_family(DEFAULT_SANS);
            // Map each font file once for the whole run. Left as plain files, fontdb maps
            // and unmaps a file on every use, and each unmap interrupts every other thread
            // to flush its address translations: most of an export's time went there.
            let ids: Vec<ID> = db.faces().map(|face| face.id).collect();
            for id in ids {
                // SAFETY: the files are the system's installed fonts, read-only to us. As
                // with fontdb's own per-use mapping (which this replaces), a font file
                // truncated by another process while we run could fault; nothing else can.
                unsafe {
                    db.make_shared_face_data(id);
                }
            }
            Arc::new(db)
        })
        .clone()
}

/// The files the installed faces are read from.
pub fn font_files() -> Vec<std::path::PathBuf> {
    database()
        .faces()
        .filter_map(|face| match &face.source {
            usvg::fontdb::Source::File(path) | usvg::fontdb::Source::SharedFile(path, _) => {
                Some(path.clone())
            }
            usvg::fontdb::Source::Binary(_) => None,
        })
        .collect()
}

/// An installed face: its id, family name, style and the characters it has glyphs for.
struct Face {
    id: ID,
    family: String,
    italic: bool,
    weight: Weight,
    chars: HashSet<u32>,
}

/// Every installed face, with its character coverage read once from its cmap.
fn coverage() -> &'static [Face] {
    static COVERAGE: OnceLock<Vec<Face>> = OnceLock::new();
    COVERAGE.get_or_init(|| {
        let db = database();
        db.faces()
            .filter_map(|face| {
                let chars = db.with_face_data(face.id, |data, index| {
                    let font = FontRef::from_index(data, index).ok()?;
                    Some(font.charmap().mappings().map(|(c, _)| c).collect())
                })??;
                Some(Face {
                    id: face.id,
                    family: face.families.first()?.0.clone(),
                    italic: face.style != Style::Normal,
                    weight: face.weight,
                    chars,
                })
            })
            .collect()
    })
}

/// The face resvg should borrow `c` from when the faces in `used` lack it: an upright face of
/// the same weight as the line's first face, the default family first. (resvg's own choice
/// takes the first face with the glyph, an italic one as readily as any.)
pub fn fallback(c: char, used: &[ID]) -> Option<ID> {
    let base = used
        .first()
        .and_then(|id| coverage().iter().find(|f| f.id == *id));
    let weight = base.map_or(Weight::NORMAL, |f| f.weight);
    coverage()
        .iter()
        .filter(|f| !used.contains(&f.id) && f.chars.contains(&u32::from(c)))
        .max_by_key(|f| (!f.italic, f.weight == weight, f.family == DEFAULT_SANS))
        .map(|f| f.id)
}

/// The family to draw `text` with: the one with glyphs for most of its characters, the
/// default sans-serif face when it draws them all. resvg falls back to other fonts for
/// single missing glyphs, but gives up on a line where the fallback font shapes a script
/// into a different number of glyphs (Gurmukhi after DejaVu), so a line must start with
/// the right font.
pub fn family_for(text: &str) -> String {
    let chars: HashSet<u32> = text
        .chars()
        .filter(|c| is_drawn(*c))
        .map(u32::from)
        .collect();
    let drawn_by = |set: &HashSet<u32>| chars.iter().filter(|c| set.contains(c)).count();
    let mut best = (DEFAULT_SANS, 0);
    for face in coverage() {
        let n = drawn_by(&face.chars);
        if n > best.1 || (n == best.1 && face.family == DEFAULT_SANS) {
            best = (face.family.as_str(), n);
        }
    }
    best.0.to_string()
}

/// The advance width, in pixels, of `text` set in `family` at `size` (bold or regular),
/// from the font's own metrics. Characters the face lacks count as half an em, as a
/// fallback glyph would; shaping is not applied, so this is an estimate for joined scripts.
pub fn text_width(text: &str, family: &str, size: f32, bold: bool) -> f32 {
    let db = database();
    let query = usvg::fontdb::Query {
        families: &[usvg::fontdb::Family::Name(family)],
        weight: if bold { Weight::BOLD } else { Weight::NORMAL },
        ..usvg::fontdb::Query::default()
    };
    let guess = text.chars().count() as f32 * size * 0.5;
    let Some(id) = db.query(&query) else {
        return guess;
    };
    db.with_face_data(id, |data, index| {
        let font = FontRef::from_index(data, index).ok()?;
        let metrics = font.glyph_metrics(Size::new(size), LocationRef::default());
        let charmap = font.charmap();
        Some(
            text.chars()
                .map(|c| {
                    charmap
                        .map(c)
                        .and_then(|g| metrics.advance_width(g))
                        .unwrap_or(size * 0.5)
                })
                .sum(),
        )
    })
    .flatten()
    .unwrap_or(guess)
}

/// Whether some face of `family` has a glyph for `c`.
pub fn family_draws(family: &str, c: char) -> bool {
    coverage()
        .iter()
        .any(|f| f.family == family && f.chars.contains(&u32::from(c)))
}

/// The characters of `text` that no installed font can draw, each once, in order of first
/// appearance. Spaces, controls and invisible format marks are never drawn, so never missing.
pub fn undrawable(text: &str) -> Vec<char> {
    let mut missing = Vec::new();
    for c in text.chars().filter(|c| is_drawn(*c)) {
        let covered = coverage().iter().any(|f| f.chars.contains(&u32::from(c)));
        if !covered && !missing.contains(&c) {
            missing.push(c);
        }
    }
    missing
}

fn is_drawn(c: char) -> bool {
    !(c.is_whitespace() || c.is_control() || is_format_mark(c))
}

/// Zero-width and bidirectional marks (isolates around phone numbers in right-to-left text).
fn is_format_mark(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

#[cfg(test)]
mod tests {
    use super::Weight;

    #[test]
    fn private_use_characters_are_undrawable_and_latin_and_marks_are_not() {
        // The system always has a Latin font here (DejaVu or Liberation); nothing draws U+E000.
        assert_eq!(
            super::undrawable("Call \u{2068}1-833\u{2069} \u{E000} \u{E000}"),
            ['\u{E000}']
        );
    }

    #[test]
    fn wider_text_measures_wider_and_bold_wider_still() {
        let w = |t, bold| super::text_width(t, "DejaVu Sans", 40.0, bold);
        assert!(w("Call 1-833-900-1010", false) > 2.0 * w("Call", false));
        assert!(w("Call 1-833-900-1010", true) > w("Call 1-833-900-1010", false));
        assert!(w("Call", false) > 40.0 && w("Call", false) < 160.0);
    }

    #[test]
    fn a_missing_glyph_is_borrowed_from_an_upright_face_of_the_same_weight() {
        // With the regular DejaVu Sans used up, 'a' must come from another upright, regular
        // face (DejaVu Serif or Sans Mono at least), never an italic or bold one.
        let regular = super::coverage()
            .iter()
            .find(|f| f.family == "DejaVu Sans" && !f.italic && f.weight == Weight::NORMAL)
            .expect("fonts-dejavu-core is installed");
        let id = super::fallback('a', &[regular.id]).expect("another face has 'a'");
        let face = super::coverage().iter().find(|f| f.id == id).unwrap();
        assert!(
            !face.italic && face.weight == Weight::NORMAL,
            "{}",
            face.family
        );
    }

    #[test]
    fn latin_text_keeps_the_default_face() {
        assert_eq!(
            super::family_for("Call 1-833-900-1010 · 24/7"),
            "DejaVu Sans"
        );
    }
}
