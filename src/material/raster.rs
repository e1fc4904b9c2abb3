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

pub use tiny_skia::Pixmap;

/// Renders `svg` to a PNG of its own size; `None` if the SVG is invalid.
pub fn png(svg: &str) -> Option<Vec<u8>> {
    encode(&pixmap(svg)?)
}

/// Renders `svg` to pixels of its own size; `None` if the SVG is invalid.
pub fn pixmap(svg: &str) -> Option<Pixmap> {
    let tree = usvg::Tree::from_str(svg, &options()).ok()?;
    let size = tree.size().to_int_size();
    let mut pixmap = Pixmap::new(size.width(), size.height())?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    Some(pixmap)
}

/// `svg` drawn over a copy of `background` (an SVG of the same size drawn before), as a PNG.
/// Drawing what many images share once and only what differs on top gives the pixels of
/// drawing each whole, when the layers do not overlap.
///
/// Each thread draws into one working pixmap (and converts into one RGB buffer), reused from
/// image to image: with fresh 3 MB buffers per card, the first export of the 10,000-page
/// corpus used 43–46 s of CPU in user space instead of 37–39 s.
pub fn png_over(background: &Pixmap, svg: &str) -> Option<Vec<u8>> {
    thread_local! {
        static WORK: std::cell::RefCell<Option<Pixmap>> = const { std::cell::RefCell::new(None) };
    }
    let tree = usvg::Tree::from_str(svg, &options()).ok()?;
    WORK.with(|work| {
        let mut work = work.borrow_mut();
        let pixmap = match work.as_mut() {
            Some(p) if p.width() == background.width() && p.height() == background.height() => {
                p.data_mut().copy_from_slice(background.data());
                p
            }
            _ => work.insert(background.clone()),
        };
        resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
        encode(pixmap)
    })
}

/// A PNG of `pixmap`. Our images are opaque, flat colours and text: stored as RGB (no alpha
/// channel to write), with the Paeth filter and fast deflate, which encodes in a tenth of the
/// time of the default settings for a file about twice the size (55 KB for a social card).
/// An image with transparency keeps its alpha channel.
fn encode(pixmap: &Pixmap) -> Option<Vec<u8>> {
    if pixmap.pixels().iter().any(|p| p.alpha() != 255) {
        return pixmap.encode_png().ok();
    }
    thread_local! {
        static RGB: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    RGB.with(|rgb| {
        let mut rgb = rgb.borrow_mut();
        let data = pixmap.data();
        rgb.resize(data.len() / 4 * 3, 0);
        for (to, from) in rgb.chunks_exact_mut(3).zip(data.chunks_exact(4)) {
            to.copy_from_slice(&from[..3]);
        }
        let mut out = Vec::with_capacity(64 * 1024);
        let mut encoder = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        encoder.set_compression(png::Compression::Fast);
        encoder.set_filter(png::Filter::Paeth);
        let mut writer = encoder.write_header().ok()?;
        writer.write_image_data(&rgb).ok()?;
        writer.finish().ok()?;
        Some(out)
    })
}

/// The box each `<text>` element covers as resvg draws it: `(text, left, top, right,
/// bottom)` in the image's pixels. Tests check that no line leaves its image or runs into
/// the QR code.
pub fn text_boxes(svg: &str) -> Option<Vec<(String, [f32; 4])>> {
    fn walk(group: &usvg::Group, out: &mut Vec<(String, [f32; 4])>) {
        for node in group.children() {
            match node {
                usvg::Node::Group(g) => walk(g, out),
                usvg::Node::Text(text) => {
                    let b = text.abs_bounding_box();
                    let words = text.chunks().iter().map(|c| c.text().to_string()).collect();
                    out.push((words, [b.left(), b.top(), b.right(), b.bottom()]));
                }
                _ => {}
            }
        }
    }
    let tree = usvg::Tree::from_str(svg, &options()).ok()?;
    let mut boxes = Vec::new();
    walk(tree.root(), &mut boxes);
    Some(boxes)
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
