//! The participant link as a QR code, drawn as one SVG path from the module matrix the
//! `qrcode` crate computes (no image library, no markup from a string). Error correction
//! level M and a quiet zone of four modules, as scanners expect; `shape-rendering:
//! crispEdges` keeps the modules sharp at any size, from a phone to a projected slide.

use qrcode::{Color, EcLevel, QrCode};
use yew::prelude::*;

/// Modules of white border around the code (the standard's quiet zone).
const QUIET: usize = 4;

/// The QR code of `text` as an SVG, named `label` for assistive technology; `None` if the
/// text is too long for a QR code.
pub fn qr_svg(text: &str, label: &str, class: &str) -> Option<Html> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let width = code.width();
    let colors = code.to_colors();
    let mut path = String::new();
    for (i, color) in colors.iter().enumerate() {
        if *color == Color::Dark {
            let (x, y) = (i % width + QUIET, i / width + QUIET);
            path.push_str(&format!("M{x} {y}h1v1h-1z"));
        }
    }
    let size = width + 2 * QUIET;
    Some(html! {
        <svg class={classes!("qr", class.to_owned())} viewBox={format!("0 0 {size} {size}")} role="img"
            aria-label={label.to_owned()} shape-rendering="crispEdges">
            <rect class="qr-light" width={size.to_string()} height={size.to_string()} />
            <path class="qr-dark" d={path} />
        </svg>
    })
}
