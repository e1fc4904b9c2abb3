//! SVG to PNG with resvg, with the fonts of `fonts.rs`.

use resvg::{tiny_skia, usvg};

/// Renders `svg` to a PNG of its own size; `None` if the SVG is invalid.
pub fn png(svg: &str) -> Option<Vec<u8>> {
    let options = usvg::Options {
        fontdb: super::fonts::database(),
        font_resolver: usvg::FontResolver {
            select_font: usvg::FontResolver::default_font_selector(),
            select_fallback: Box::new(|c, used, _| super::fonts::fallback(c, used)),
        },
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options).ok()?;
    let size = tree.size().to_int_size();
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height())?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap.encode_png().ok()
}
