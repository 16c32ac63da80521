//! How the loader places the widget on a firm's page: the loader's own settings (`data-mode`,
//! `data-side`, `data-button-label`), which `embed.js` reads and never passes to the app. The
//! configurator writes them into the snippet; the names and values here are the ones the loader
//! checks (tests/facts.rs ties the two).

use super::checks::check_text;
use super::Reason;

pub const MODE: &str = "mode";
pub const SIDE: &str = "side";
pub const BUTTON_LABEL: &str = "button-label";
/// The longest button label the loader draws (it cuts longer ones).
pub const BUTTON_LABEL_MAX: usize = 80;

/// Where the assessment appears.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// In the page, in place of the marked element, loaded when it comes near the viewport.
    #[default]
    Inline,
    /// A centred dialog.
    Popup,
    /// A panel sliding in from an edge.
    Slider,
    /// A tab fixed on an edge of the window, which opens the slider.
    SideTab,
    /// A round button in a corner, which opens a popover.
    Floating,
}

impl Mode {
    pub const ALL: [Mode; 5] = [
        Mode::Inline,
        Mode::Popup,
        Mode::Slider,
        Mode::SideTab,
        Mode::Floating,
    ];

    /// The value of `data-mode`.
    pub fn name(self) -> &'static str {
        match self {
            Mode::Inline => "inline",
            Mode::Popup => "popup",
            Mode::Slider => "slider",
            Mode::SideTab => "side-tab",
            Mode::Floating => "floating",
        }
    }

    pub fn from_name(name: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|mode| mode.name() == name)
    }

    /// Whether it opens over the page (and so needs something to open it).
    pub fn is_overlay(self) -> bool {
        self != Mode::Inline
    }

    /// Whether it sits on an edge the firm chooses (`data-side`).
    pub fn has_side(self) -> bool {
        matches!(self, Mode::Slider | Mode::SideTab)
    }
}

/// The loader's settings as a firm chose them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Placement {
    pub mode: Mode,
    /// On the left edge rather than the right (slider and side tab only).
    pub left: bool,
    /// The text of the control the loader draws to open an overlay; without it, the firm's own
    /// elements marked `data-partner-or-vendor-open` open it.
    pub button_label: Option<String>,
}

impl Placement {
    /// Sets the loader's setting `key` (without `data-`) from what a firm chose; `None` when
    /// `key` is not one of the loader's own (it is then one of the app's settings).
    pub fn set(&mut self, key: &str, value: &str) -> Option<Result<(), Reason>> {
        Some(match key {
            MODE => match Mode::from_name(value.trim()) {
                Some(mode) => {
                    self.mode = mode;
                    Ok(())
                }
                None => Err(Reason::UnknownSetting),
            },
            SIDE => match value.trim() {
                "left" | "right" => {
                    self.left = value.trim() == "left";
                    Ok(())
                }
                _ => Err(Reason::UnknownSetting),
            },
            BUTTON_LABEL => self.set_button_label(value),
            _ => return None,
        })
    }

    /// Checks a typed button label as the other free-text settings are checked: an empty one
    /// means none.
    pub fn set_button_label(&mut self, value: &str) -> Result<(), Reason> {
        self.button_label = match check_text(value, BUTTON_LABEL_MAX) {
            Ok(label) => Some(label),
            Err(Reason::Empty) => None,
            Err(reason) => return Err(reason),
        };
        Ok(())
    }

    /// The attributes (name without `data-`, value) that differ from the loader's defaults.
    pub fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if self.mode.is_overlay() {
            pairs.push((MODE, self.mode.name().to_string()));
            if self.left && self.mode.has_side() {
                pairs.push((SIDE, "left".to_string()));
            }
            if let Some(label) = &self.button_label {
                pairs.push((BUTTON_LABEL, label.clone()));
            }
        }
        pairs
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_mode_is_read_back_from_its_name() {
        for mode in Mode::ALL {
            assert_eq!(Mode::from_name(mode.name()), Some(mode));
        }
        assert_eq!(Mode::from_name("modal"), None);
        assert_eq!(Mode::from_name("Popup"), None);
    }

    #[test]
    fn only_what_differs_from_the_defaults_is_written() {
        let mut placement = Placement {
            left: true,
            ..Placement::default()
        };
        placement
            .set_button_label("  Check your provider ")
            .unwrap();
        // Inline: no side, no button.
        assert_eq!(placement.pairs(), vec![]);
        placement.mode = Mode::Popup;
        assert_eq!(
            placement.pairs(),
            vec![
                (MODE, "popup".to_string()),
                (BUTTON_LABEL, "Check your provider".to_string())
            ]
        );
        placement.mode = Mode::SideTab;
        assert_eq!(placement.pairs()[1], (SIDE, "left".to_string()));
        placement.set_button_label("").unwrap();
        assert_eq!(placement.pairs().len(), 2);
    }

    #[test]
    fn only_the_loaders_own_settings_are_taken() {
        let mut placement = Placement::default();
        assert_eq!(placement.set(MODE, "slider"), Some(Ok(())));
        assert_eq!(placement.set(SIDE, "left"), Some(Ok(())));
        assert_eq!(
            placement.set(SIDE, "top"),
            Some(Err(Reason::UnknownSetting))
        );
        assert_eq!(
            placement.set(MODE, "modal"),
            Some(Err(Reason::UnknownSetting))
        );
        assert_eq!(placement.set(BUTTON_LABEL, "Go"), Some(Ok(())));
        assert_eq!(placement.set("firm", "Acme"), None);
        assert_eq!(
            placement,
            Placement {
                mode: Mode::Slider,
                left: true,
                button_label: Some("Go".to_string())
            }
        );
    }

    #[test]
    fn a_button_label_is_checked_like_any_text() {
        let mut placement = Placement::default();
        assert_eq!(placement.set_button_label("<b>Go</b>"), Err(Reason::Markup));
        assert_eq!(
            placement.set_button_label(&"x".repeat(81)),
            Err(Reason::TooLong { max: 80 })
        );
        assert_eq!(placement.button_label, None);
    }
}
