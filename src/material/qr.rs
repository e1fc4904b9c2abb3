//! QR codes of page URLs, as SVG (for posters and print) and PNG (for download).

use qrcode::render::svg;
use qrcode::{Color, EcLevel, QrCode};

/// Modules of quiet zone around the code, as the standard asks.
const QUIET: usize = 4;

fn code(url: &str) -> Option<QrCode> {
    QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M).ok()
}

/// A standalone SVG of the code, at least `size` pixels wide.
pub fn svg(url: &str, size: u32) -> Option<String> {
    Some(
        code(url)?
            .render::<svg::Color>()
            .min_dimensions(size, size)
            .quiet_zone(true)
            .dark_color(svg::Color("#000000"))
            .light_color(svg::Color("#ffffff"))
            .build(),
    )
}

/// The dark modules as one SVG path in a `width`-module square (quiet zone included), to
/// place inside another drawing with a transform.
pub fn path(url: &str) -> Option<(String, usize)> {
    let code = code(url)?;
    let n = code.width();
    let colors = code.to_colors();
    let mut d = String::new();
    for (i, c) in colors.iter().enumerate() {
        if *c == Color::Dark {
            let (x, y) = (i % n + QUIET, i / n + QUIET);
            d.push_str(&format!("M{x} {y}h1v1h-1z"));
        }
    }
    Some((d, n + 2 * QUIET))
}

/// A grayscale PNG of the code, `scale` pixels a module.
pub fn png(url: &str, scale: usize) -> Option<Vec<u8>> {
    let code = code(url)?;
    let n = code.width();
    let colors = code.to_colors();
    let side = (n + 2 * QUIET) * scale;
    let mut pixels = vec![255u8; side * side];
    for (i, c) in colors.iter().enumerate() {
        if *c == Color::Dark {
            let (mx, my) = (i % n + QUIET, i / n + QUIET);
            for y in my * scale..(my + 1) * scale {
                pixels[y * side + mx * scale..y * side + (mx + 1) * scale].fill(0);
            }
        }
    }
    let mut out = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut out, side as u32, side as u32);
        encoder.set_color(png::ColorType::Grayscale);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header().ok()?;
        writer.write_image_data(&pixels).ok()?;
    }
    Some(out)
}
