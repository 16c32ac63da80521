//! Colour maths for a firm's accent: reading a hex colour, WCAG 2.x luminance and contrast,
//! and which of the app's two text colours reads on the accent.

/// WCAG 2.x AA for normal text.
pub const MIN_CONTRAST: f64 = 4.5;
/// The two text colours the app can draw on a firm's accent (kept equal to `styles/main.css`).
pub const LIGHT_TEXT: &str = "#ffffff";
pub const DARK_TEXT: &str = "#1b1f24";

/// `#rgb` or `#rrggbb` in either case, written as lowercase `#rrggbb`; `None` for anything
/// else (a name, `#rgba`, trailing CSS).
pub(super) fn hex_colour(value: &str) -> Option<String> {
    let hex = value.strip_prefix('#')?;
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let full: String = match hex.len() {
        3 => hex.chars().flat_map(|c| [c, c]).collect(),
        6 => hex.to_string(),
        _ => return None,
    };
    Some(format!("#{}", full.to_ascii_lowercase()))
}

/// The channels of a `#rrggbb` colour.
pub(super) fn parse_rgb(colour: &str) -> Option<[u8; 3]> {
    let hex = colour.strip_prefix('#')?;
    let channel = |k: usize| u8::from_str_radix(hex.get(k..k + 2)?, 16).ok();
    Some([channel(0)?, channel(2)?, channel(4)?])
}

/// Whichever of [`LIGHT_TEXT`] and [`DARK_TEXT`] contrasts more with `background` (light when
/// they tie), with its contrast ratio. The caller decides whether that ratio is enough.
pub(super) fn best_text(background: [u8; 3]) -> (&'static str, f64) {
    let on_light = contrast(background, parse_rgb(LIGHT_TEXT).unwrap_or([255; 3]));
    let on_dark = contrast(background, parse_rgb(DARK_TEXT).unwrap_or([0; 3]));
    if on_light >= on_dark {
        (LIGHT_TEXT, on_light)
    } else {
        (DARK_TEXT, on_dark)
    }
}

/// WCAG 2.x contrast ratio, from 1 to 21.
pub fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// WCAG 2.x relative luminance.
fn luminance([r, g, b]: [u8; 3]) -> f64 {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            pow_2_4((c + 0.055) / 1.055)
        }
    };
    0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/// `x` to the power 2.4 for `x` in (0, 1], as `x² · (x^⅕)²` with the fifth root found by
/// Newton's method. `f64::powf` would link the general `pow` routine into the wasm (2 KB).
fn pow_2_4(x: f64) -> f64 {
    // From 1 down, Newton's steps on y⁵ − x fall monotonically onto the root.
    let mut y = 1.0_f64;
    for _ in 0..40 {
        let next = y - (y.powi(5) - x) / (5.0 * y.powi(4));
        if next >= y {
            break;
        }
        y = next;
    }
    x * x * y * y
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn black_on_white_is_the_greatest_contrast() {
        assert!((contrast([0, 0, 0], [255, 255, 255]) - 21.0).abs() < 1e-9);
    }

    #[test]
    fn the_gamma_power_matches_the_general_one_on_every_channel_value() {
        for c in 0..=255u8 {
            let x = (f64::from(c) / 255.0 + 0.055) / 1.055;
            let (ours, std) = (pow_2_4(x), x.powf(2.4));
            assert!((ours - std).abs() < 1e-12, "{c}: {ours} vs {std}");
        }
    }
}
