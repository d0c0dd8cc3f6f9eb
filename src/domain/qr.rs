//! QR codes for share links, drawn as one SVG path, so that a coach can put a playbook on a
//! slide and a room of candidates can scan it.

use qrcodegen::{QrCode, QrCodeEcc};

/// A QR code as an SVG path over a square of `size` modules (the quiet zone included).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrPath {
    /// The side of the square, in modules.
    pub size: u32,
    /// The dark modules, as path commands.
    pub path: String,
}

impl QrPath {
    /// The width to draw it at, in CSS pixels: a whole number of pixels per module (at least
    /// three, and about 300 pixels in all), so that each module stays crisp and a camera (or
    /// a test) reads a dense code as easily as a short one.
    pub fn display_px(&self) -> u32 {
        let per_module = 300u32.div_ceil(self.size.max(1)).max(3);
        self.size * per_module
    }
}

/// The white border around the code, in modules, as the standard asks.
const QUIET_ZONE: i32 = 4;

/// The QR code of `text`, or `None` when it is too long for any QR code.
pub fn qr_path(text: &str) -> Option<QrPath> {
    let code = QrCode::encode_text(text, QrCodeEcc::Low).ok()?;
    let side = code.size();
    let mut path = String::new();
    for y in 0..side {
        let mut x = 0;
        while x < side {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            // One rectangle per horizontal run of dark modules.
            let run = (x..side).take_while(|&end| code.get_module(end, y)).count();
            path.push_str(&format!(
                "M{} {}h{run}v1h-{run}z",
                x + QUIET_ZONE,
                y + QUIET_ZONE
            ));
            x += run as i32;
        }
    }
    Some(QrPath {
        size: (side + 2 * QUIET_ZONE) as u32,
        path,
    })
}

/// Reads the dark modules back from a path made by `qr_path`, as (x, y) pairs in modules.
pub fn dark_modules(path: &QrPath) -> Vec<(u32, u32)> {
    let mut dark = Vec::new();
    for command in path.path.split('M').filter(|c| !c.is_empty()) {
        let parsed = command.split_once('h').and_then(|(xy, rest)| {
            let (x, y) = xy.split_once(' ')?;
            let run = rest.split_once('v')?.0;
            Some((
                x.parse::<u32>().ok()?,
                y.parse::<u32>().ok()?,
                run.parse::<u32>().ok()?,
            ))
        });
        if let Some((x, y, run)) = parsed {
            dark.extend((x..x + run).map(|x| (x, y)));
        }
    }
    dark
}
