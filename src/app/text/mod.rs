//! Every piece of interface text, in every language (the questionnaire carries its own texts).
//!
//! [`Ui`] has one field per text; [`EN`] and [`DE`] fill every field, so a missing text is a
//! compile error, and a native test fails on an empty one or on placeholders that differ between
//! languages. Texts with numbers or names in them are templates with `{name}` placeholders,
//! filled by the methods below. Components read the current language's texts with
//! [`use_text`].

use std::cell::Cell;
use yew::prelude::*;

/// A language of the interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    En,
    De,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::De];

    /// The BCP 47 code, as in `<html lang>` and in the questionnaire's texts.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language's name in itself, for the switch.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
        }
    }
}

thread_local! {
    /// The language on screen, for the view drawn after a fatal fault (which has no component
    /// tree to ask).
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
}

pub fn set_current(lang: Lang) {
    CURRENT.with(|c| c.set(lang));
}

pub fn current() -> &'static Ui {
    ui(current_lang())
}

/// The language chosen, whose texts may not have arrived yet (`current().lang` is the language
/// of the texts on screen): what to fetch for.
pub fn current_lang() -> Lang {
    CURRENT.with(Cell::get)
}

/// The texts of a language. English is built in. In the assessment's wasm the German texts
/// arrive with the German questionnaire (`install`), which the app fetches before it shows
/// German, so a visitor reading English never downloads them; until then German falls back
/// to English (whose `lang` says so). The configurator, and native code, have them built in
/// (`install_builtin`); the team view reads the few it shows from `few`.
pub fn ui(lang: Lang) -> &'static Ui {
    match lang {
        Lang::En => &EN,
        Lang::De => german(),
    }
}

thread_local! {
    /// The German texts once installed.
    static GERMAN: std::cell::OnceCell<&'static Ui> = const { std::cell::OnceCell::new() };
}

#[cfg(target_arch = "wasm32")]
fn german() -> &'static Ui {
    GERMAN.with(|g| g.get().copied()).unwrap_or(&EN)
}

#[cfg(not(target_arch = "wasm32"))]
fn german() -> &'static Ui {
    GERMAN.with(|g| g.get().copied()).unwrap_or(&DE)
}

/// Installs the texts of a language as fetched with the catalog (`(language code, texts in
/// the order of `Ui::entries`)`); a list that does not fit is ignored, and texts once there
/// stay.
pub fn install(fetched: Vec<(String, Vec<String>)>) {
    for (code, texts) in fetched {
        if code == Lang::De.code() && GERMAN.with(|g| g.get().is_none()) {
            if let Some(ui) = Ui::from_texts(Lang::De, texts) {
                let ui: &'static Ui = Box::leak(Box::new(ui));
                GERMAN.with(|g| g.set(ui).ok());
            }
        }
    }
}

/// Installs the German texts built into this binary: the configurator carries them, since it
/// shows German before any questionnaire part has arrived.
pub fn install_builtin() {
    GERMAN.with(|g| g.set(&DE).ok());
}

/// The fatal-error view's texts in a language's table.
pub const fn fatal(t: &Ui) -> crate::browser::fatal::Texts {
    let t = &t.texts;
    crate::browser::fatal::Texts {
        heading: t.fatal_heading,
        text: t.fatal_text,
        reload: t.fatal_reload,
        start_over: t.start_over,
    }
}

/// The few interface texts the team view shows, in one language: the language switch's name,
/// the fatal-error view's texts, and the answers its exports write for "can't judge" and "not
/// applicable".
pub struct Few {
    pub language_switch_label: &'static str,
    pub fatal: crate::browser::fatal::Texts,
    pub cant_judge: &'static str,
    pub not_applicable: &'static str,
}

impl Few {
    const fn of(t: &Ui) -> Few {
        Few {
            language_switch_label: t.texts.language_switch_label,
            fatal: fatal(t),
            cant_judge: t.texts.cant_judge,
            not_applicable: t.texts.not_applicable,
        }
    }
}

/// `Few` of each language, copied from `EN` and `DE` as the program is compiled: a wasm that
/// names these rather than `ui` carries these texts and not the whole tables (the team view's
/// would carry all of the German table, about 5 KB brotli, for these seven).
static FEW_EN: Few = Few::of(&EN);
static FEW_DE: Few = Few::of(&DE);

/// The few texts of a language (see `Few`), German included without `install_builtin`.
pub fn few(lang: Lang) -> &'static Few {
    match lang {
        Lang::En => &FEW_EN,
        Lang::De => &FEW_DE,
    }
}

/// The texts of the language the app provides as context (English without one).
#[hook]
pub fn use_text() -> &'static Ui {
    ui(use_context::<Lang>().unwrap_or_default())
}

include!("keys.rs");

mod cta;
mod settings;
mod templates;

pub use settings::setting_warning;

mod de;
mod en;

pub use de::DE;
pub use en::EN;

#[cfg(test)]
mod tests;
