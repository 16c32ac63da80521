//! How the loader places the widget on a firm's page and what else it does there: the loader's
//! own settings (`data-mode`, `data-side`, `data-button-label`, `data-forward-params`,
//! `data-datalayer`, `data-open-after`, `data-show-once`), which the loader reads and never
//! passes to the app as they are. The configurator writes them into the snippet; the names and
//! values here are the ones the loader checks (tests/facts.rs ties the two).

use super::checks::check_text;
use super::Reason;

pub const MODE: &str = "mode";
pub const SIDE: &str = "side";
pub const BUTTON_LABEL: &str = "button-label";
/// The longest button label the loader draws (it cuts longer ones).
pub const BUTTON_LABEL_MAX: usize = 80;
/// The host page's parameters the loader passes on to the call to action (names separated by
/// spaces or commas; `utm` stands for every `utm_*` parameter).
pub const FORWARD_PARAMS: &str = "forward-params";
/// Present: the loader also pushes its events into the host page's `dataLayer`.
pub const DATALAYER: &str = "datalayer";
/// An overlay that opens by itself: after seconds (`20`), a share scrolled (`50%`) or `exit`.
pub const OPEN_AFTER: &str = "open-after";
/// Present: once closed, an overlay never opens by itself again in that browser.
pub const SHOW_ONCE: &str = "show-once";
/// The word in `data-forward-params` that stands for every `utm_*` parameter.
pub const UTM: &str = "utm";
/// The most names `data-forward-params` holds, and the longest name.
const FORWARD_NAMES: usize = 20;
const FORWARD_NAME_MAX: usize = 40;

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

/// When an overlay opens by itself (`data-open-after`), as the loader reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenAfter {
    /// After this many seconds on the page (0 to 9999).
    Seconds(u16),
    /// Once the visitor has scrolled this share of the page, in percent (0 to 100).
    Scrolled(u8),
    /// When the pointer leaves the window through its top.
    Exit,
}

impl OpenAfter {
    /// Reads `20`, `50%` or `exit`, as the loader's own pattern does (digits only, no sign or
    /// space inside).
    pub fn parse(value: &str) -> Option<OpenAfter> {
        let value = value.trim();
        let digits = |s: &str, max: usize| {
            (1..=max).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
        };
        if value == "exit" {
            Some(OpenAfter::Exit)
        } else if let Some(share) = value.strip_suffix('%') {
            let share: u8 = share.parse().ok().filter(|_| digits(share, 3))?;
            (share <= 100).then_some(OpenAfter::Scrolled(share))
        } else if digits(value, 4) {
            value.parse().ok().map(OpenAfter::Seconds)
        } else {
            None
        }
    }

    /// The value of `data-open-after`.
    pub fn name(self) -> String {
        match self {
            OpenAfter::Seconds(seconds) => seconds.to_string(),
            OpenAfter::Scrolled(share) => format!("{share}%"),
            OpenAfter::Exit => "exit".to_string(),
        }
    }
}

/// The names of `data-forward-params`: separated by spaces or commas, each of letters, digits,
/// `_`, `.` and `-` (a query parameter's name as the loader passes it on), each kept once.
pub fn check_forward_params(value: &str) -> Result<Vec<String>, Reason> {
    let mut names: Vec<String> = Vec::new();
    for name in value
        .split([' ', ',', '\t', '\n'])
        .filter(|n| !n.is_empty())
    {
        let valid = name.len() <= FORWARD_NAME_MAX
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'));
        if !valid {
            return Err(Reason::BadForward);
        }
        if !names.iter().any(|seen| seen == name) {
            names.push(name.to_string());
        }
    }
    if names.len() > FORWARD_NAMES {
        return Err(Reason::BadForward);
    }
    Ok(names)
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
    /// The host page's parameters passed on to the call to action (`utm` for every `utm_*`).
    pub forward_params: Vec<String>,
    /// The loader's events also pushed into the host page's `dataLayer`.
    pub datalayer: bool,
    /// An overlay opening by itself (overlays only).
    pub open_after: Option<OpenAfter>,
    /// Once closed, never opened by itself again (overlays only).
    pub show_once: bool,
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
            FORWARD_PARAMS => check_forward_params(value).map(|names| self.forward_params = names),
            DATALAYER => {
                self.datalayer = !value.trim().is_empty();
                Ok(())
            }
            OPEN_AFTER if value.trim().is_empty() => {
                self.open_after = None;
                Ok(())
            }
            // A value the loader does not read is refused as the other values it does not know.
            OPEN_AFTER => match OpenAfter::parse(value) {
                Some(when) => {
                    self.open_after = Some(when);
                    Ok(())
                }
                None => Err(Reason::UnknownSetting),
            },
            SHOW_ONCE => {
                self.show_once = !value.trim().is_empty();
                Ok(())
            }
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

    /// The attributes (name without `data-`, value) that differ from the loader's defaults; an
    /// empty value is an attribute that counts by being there (`data-datalayer`).
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
            if let Some(when) = self.open_after {
                pairs.push((OPEN_AFTER, when.name()));
            }
            if self.show_once {
                pairs.push((SHOW_ONCE, String::new()));
            }
        }
        if !self.forward_params.is_empty() {
            pairs.push((FORWARD_PARAMS, self.forward_params.join(" ")));
        }
        if self.datalayer {
            pairs.push((DATALAYER, String::new()));
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
                button_label: Some("Go".to_string()),
                ..Placement::default()
            }
        );
    }

    #[test]
    fn an_overlay_opens_by_itself_only_after_what_the_loader_reads() {
        let read = OpenAfter::parse;
        assert_eq!(read("20"), Some(OpenAfter::Seconds(20)));
        assert_eq!(read(" 0 "), Some(OpenAfter::Seconds(0)));
        assert_eq!(read("9999"), Some(OpenAfter::Seconds(9999)));
        assert_eq!(read("50%"), Some(OpenAfter::Scrolled(50)));
        assert_eq!(read("100%"), Some(OpenAfter::Scrolled(100)));
        assert_eq!(read("exit"), Some(OpenAfter::Exit));
        for refused in [
            "",
            "10000",
            "101%",
            "1000%",
            "-5",
            "+5",
            "5 s",
            "5s",
            "1.5",
            "%",
            "+5%",
            "Exit",
            "exit-intent",
            "50 %",
            "\u{663}",
        ] {
            assert_eq!(read(refused), None, "{refused:?}");
        }
        for when in [
            OpenAfter::Seconds(7),
            OpenAfter::Scrolled(0),
            OpenAfter::Exit,
        ] {
            assert_eq!(read(&when.name()), Some(when));
        }
    }

    #[test]
    fn the_loaders_other_settings_are_checked_and_written_only_where_they_count() {
        let mut placement = Placement::default();
        assert_eq!(
            placement.set(FORWARD_PARAMS, "utm, gclid  fbclid,utm"),
            Some(Ok(()))
        );
        assert_eq!(placement.forward_params, [UTM, "gclid", "fbclid"]);
        assert_eq!(placement.set(DATALAYER, "true"), Some(Ok(())));
        assert_eq!(placement.set(OPEN_AFTER, "50%"), Some(Ok(())));
        assert_eq!(placement.set(SHOW_ONCE, "true"), Some(Ok(())));
        // Inline: campaign tags and the dataLayer count; the overlay's triggers do not.
        assert_eq!(
            placement.pairs(),
            vec![
                (FORWARD_PARAMS, "utm gclid fbclid".to_string()),
                (DATALAYER, String::new())
            ]
        );
        placement.mode = Mode::Popup;
        assert_eq!(
            placement.pairs(),
            vec![
                (MODE, "popup".to_string()),
                (OPEN_AFTER, "50%".to_string()),
                (SHOW_ONCE, String::new()),
                (FORWARD_PARAMS, "utm gclid fbclid".to_string()),
                (DATALAYER, String::new())
            ]
        );
        // Refused values leave what was there, and say why.
        for bad in ["utm_source=x", "a&b", "<b>", "na\u{308}me", &"x".repeat(41)] {
            assert_eq!(
                placement.set(FORWARD_PARAMS, bad),
                Some(Err(Reason::BadForward)),
                "{bad}"
            );
        }
        let many: Vec<String> = (0..21).map(|k| format!("p{k}")).collect();
        assert_eq!(
            placement.set(FORWARD_PARAMS, &many.join(" ")),
            Some(Err(Reason::BadForward))
        );
        assert_eq!(placement.forward_params.len(), 3);
        assert_eq!(
            placement.set(OPEN_AFTER, "soon"),
            Some(Err(Reason::UnknownSetting))
        );
        assert_eq!(placement.open_after, Some(OpenAfter::Scrolled(50)));
        // Emptied, each is gone.
        for key in [FORWARD_PARAMS, DATALAYER, OPEN_AFTER, SHOW_ONCE] {
            assert_eq!(placement.set(key, " "), Some(Ok(())), "{key}");
        }
        assert_eq!(placement.pairs(), vec![(MODE, "popup".to_string())]);
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
