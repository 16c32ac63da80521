//! A QR code of a link, drawn as one SVG path (no script, no image request).

use yew::prelude::*;

/// The modules of a QR code as an SVG path, with the code's width in modules, or `None` when
/// the text is too long for any QR code.
pub fn qr_path(text: &str) -> Option<(i32, String)> {
    use qrcodegen::{QrCode, QrCodeEcc};
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = code.size();
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if code.get_module(x, y) {
                path.push_str(&format!("M{x} {y}h1v1h-1z"));
            }
        }
    }
    Some((size, path))
}

#[derive(PartialEq)]
pub struct QrProps {
    pub text: AttrValue,
    pub label: AttrValue,
}

/// A plain function rather than a component; the code is drawn again only when the share panel
/// renders, which is rare.
pub fn qr(props: &QrProps) -> Html {
    let Some((size, path)) = qr_path(&props.text) else {
        return html! {};
    };
    // A quiet zone of four modules on every side, as readers expect.
    let view_box = format!("-4 -4 {} {}", size + 8, size + 8);
    html! {
        <svg class="qr" role="img" aria-label={props.label.clone()} viewBox={view_box}
            xmlns="http://www.w3.org/2000/svg" shape-rendering="crispEdges">
            <rect class="qr-background" x="-4" y="-4" width={(size + 8).to_string()} height={(size + 8).to_string()} />
            <path class="qr-modules" d={path} />
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_results_link_gives_a_small_qr_code() {
        let (size, path) = qr_path(
            "https://assess.example/tools/#r=EOBzARmClU2svQ_tWFAhyw&vs=ELekASCwUN-E_IL7laJJdw",
        )
        .unwrap();
        assert!((21..=57).contains(&size), "size {size}");
        assert!(
            path.starts_with("M0 0h1v1h-1z"),
            "finder pattern starts at the corner"
        );
        assert!(path.matches('M').count() > 100);
    }

    #[test]
    fn text_beyond_any_qr_code_gives_none() {
        assert!(qr_path(&"x".repeat(8000)).is_none());
    }
}
