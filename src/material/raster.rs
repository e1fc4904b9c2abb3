//! SVG to PNG with resvg, with the fonts of `fonts.rs`.

use resvg::{tiny_skia, usvg};

/// How resvg reads our SVGs: our font database and our fallback rule.
fn options() -> usvg::Options<'static> {
    usvg::Options {
        fontdb: super::fonts::database(),
        font_resolver: usvg::FontResolver {
            select_font: usvg::FontResolver::default_font_selector(),
            select_fallback: Box::new(|c, used, _| super::fonts::fallback(c, used)),
        },
        ..usvg::Options::default()
    }
}

/// Renders `svg` to a PNG of its own size; `None` if the SVG is invalid.
pub fn png(svg: &str) -> Option<Vec<u8>> {
    let tree = usvg::Tree::from_str(svg, &options()).ok()?;
    let size = tree.size().to_int_size();
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height())?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap.encode_png().ok()
}

/// Where resvg puts each glyph: per `<text>` element, in document order, the text each
/// glyph draws and the x of its origin, as laid out for drawing. Tests read the reading
/// order of a drawn line from it.
pub fn glyph_lines(svg: &str) -> Option<Vec<Vec<(String, f32)>>> {
    fn walk(group: &usvg::Group, out: &mut Vec<Vec<(String, f32)>>) {
        for node in group.children() {
            match node {
                usvg::Node::Group(g) => walk(g, out),
                usvg::Node::Text(text) => out.push(
                    text.layouted()
                        .iter()
                        .flat_map(|span| &span.positioned_glyphs)
                        .map(|g| (g.text.clone(), g.transform().tx))
                        .collect(),
                ),
                _ => {}
            }
        }
    }
    let tree = usvg::Tree::from_str(svg, &options()).ok()?;
    let mut lines = Vec::new();
    walk(tree.root(), &mut lines);
    Some(lines)
}
