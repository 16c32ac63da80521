//! Where the widget appears on the firm's page (inline, or an overlay opened by a button, a tab
//! or a round button): its fields and its live preview, drawn by the loader itself, which the
//! configurator's page loads. Its texts live here rather than in `text::Ui`, so the visitor's
//! app, which never shows them, does not carry them.

use super::fields::{field_id, Form, TextField};
use crate::app::text::Lang;
use crate::model::settings::{self, Mode, Placement, Settings};
use yew::prelude::*;

pub struct Words {
    pub field_mode: &'static str,
    pub hint_mode: &'static str,
    /// In the order of `Mode::ALL`.
    pub modes: [&'static str; 5],
    pub field_side: &'static str,
    pub side_right: &'static str,
    pub side_left: &'static str,
    pub field_button_label: &'static str,
    pub hint_button_label: &'static str,
    pub preview_note: &'static str,
    pub preview_open: &'static str,
}

pub const EN: Words = Words {
    field_mode: "How it appears",
    hint_mode: "In the page where you put the snippet, or over the page once a visitor opens it. \
                Over the page, nothing is loaded until then.",
    modes: [
        "In the page",
        "Pop-up window in the middle",
        "Panel sliding in from the edge",
        "Tab on the edge of the window",
        "Round button in the corner",
    ],
    field_side: "Edge",
    side_right: "Right",
    side_left: "Left",
    field_button_label: "Button text",
    hint_button_label: "The text of the button, tab or round button that opens the assessment. \
                        Leave it empty to open it from your own button or link instead: mark it \
                        with data-partner-or-vendor-open.",
    preview_note: "Your button, tab or round button appears on this page as it will on yours \
                   (the tab and the round button at the edge of the window). Open it to try the \
                   assessment.",
    preview_open: "Open the preview",
};

pub const DE: Words = Words {
    field_mode: "Darstellung",
    hint_mode: "In die Seite eingebunden (an der Stelle des Snippets) oder über der Seite \
                eingeblendet, sobald jemand die Einschätzung öffnet. Eingeblendet wird bis dahin \
                nichts geladen.",
    modes: [
        "In die Seite eingebunden",
        "Pop-up-Fenster in der Mitte",
        "Vom Rand einfahrendes Panel",
        "Reiter am Bildschirmrand",
        "Runde Schaltfläche in der Ecke",
    ],
    field_side: "Rand",
    side_right: "Rechts",
    side_left: "Links",
    field_button_label: "Text der Schaltfläche",
    hint_button_label: "Steht auf der Schaltfläche, dem Reiter oder der runden Schaltfläche zum \
                        Öffnen der Einschätzung. Lassen Sie das Feld leer, wenn die Einschätzung \
                        stattdessen über eine eigene Schaltfläche oder einen eigenen Link geöffnet \
                        werden soll, und versehen Sie dieses Element mit \
                        data-partner-or-vendor-open.",
    preview_note:
        "Die Schaltfläche, der Reiter bzw. die runde Schaltfläche erscheint hier genauso \
                   wie auf Ihrer Seite (Reiter und runde Schaltfläche am Bildschirmrand). Damit \
                   können Sie die Einschätzung gleich ausprobieren.",
    preview_open: "Vorschau öffnen",
};

pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::En => &EN,
        Lang::De => &DE,
    }
}

/// The placement's fields: the mode, the edge (for the modes on an edge) and the button text
/// (for the overlays).
pub fn fields(placement: &Placement, form: &Form, w: &Words) -> Html {
    let on_edit = form.edit;
    let mode = form.value(settings::MODE);
    let side = form.value(settings::SIDE);
    let label: TextField = (
        settings::BUTTON_LABEL,
        w.field_button_label,
        w.hint_button_label,
        "text",
        "off",
    );
    html! { <>
        <div class="field">
            <label for="cfg-mode">{ w.field_mode }</label>
            <p class="hint" id="cfg-mode-hint">{ w.hint_mode }</p>
            <select id="cfg-mode" aria-describedby="cfg-mode-hint" onchange={on_edit(settings::MODE)}>
                { for Mode::ALL.iter().zip(w.modes).map(|(m, name)| html! {
                    <option value={m.name()} selected={mode == m.name()}>{ name }</option>
                }) }
            </select>
        </div>
        if placement.mode.has_side() {
            <div class="field">
                <label for={field_id(settings::SIDE)}>{ w.field_side }</label>
                <select id={field_id(settings::SIDE)} onchange={on_edit(settings::SIDE)}>
                    <option value="right" selected={side != "left"}>{ w.side_right }</option>
                    <option value="left" selected={side == "left"}>{ w.side_left }</option>
                </select>
            </div>
        }
        if placement.mode.is_overlay() {
            { form.text(&label, None) }
        }
    </> }
}

/// The overlay as the loader draws it on the firm's page, from the checked settings: the loader
/// on this page mounts it (and mounts it again, with a new key, after each change). Nothing for
/// the inline mode, which the preview frame shows.
pub fn preview(placement: &Placement, checked: &Settings, w: &Words) -> Html {
    if !placement.mode.is_overlay() {
        return Html::default();
    }
    let pairs = checked.pairs();
    let get = |key: &str| {
        pairs
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| AttrValue::from(v.clone()))
    };
    let label = placement.button_label.clone();
    let key = key(placement, &pairs);
    html! { <>
        <p class="hint">{ w.preview_note }</p>
        <div {key} id="cfg-placement-preview" class="placement-preview" data-partner-or-vendor=""
            data-mode={placement.mode.name()}
            data-side={(placement.left && placement.mode.has_side()).then_some("left")}
            data-button-label={label.clone()}
            data-firm={get(settings::FIRM)} data-accent={get(settings::ACCENT)}
            data-logo={get(settings::LOGO)} data-cta-url={get(settings::CTA_URL)}
            data-cta-label={get(settings::CTA_LABEL)} data-lens={get(settings::LENS)}
            data-form={get(settings::FORM)}
            data-lang={get(settings::LANG)}></div>
        if label.is_none() {
            <button type="button" class="button secondary" data-partner-or-vendor-open="cfg-placement-preview">
                { w.preview_open }
            </button>
        }
    </> }
}

/// The preview's key: a text that differs whenever the placement or the checked settings do, so
/// the loader mounts the preview again after each change. Each part is written after its length,
/// so no two keys differ only in where one part ends. Written out rather than by their `Debug`
/// text, whose formatting code the configurator's wasm would carry.
fn key(placement: &Placement, pairs: &[(String, String)]) -> String {
    let Placement {
        mode,
        left,
        button_label,
        forward_params,
        datalayer,
        open_after,
        show_once,
    } = placement;
    let mut key = String::new();
    let mut part = |text: &str| {
        key.push_str(&text.len().to_string());
        key.push(':');
        key.push_str(text);
    };
    let flag = |on: bool| if on { "1" } else { "0" };
    part(mode.name());
    part(flag(*left));
    part(flag(*datalayer));
    part(flag(*show_once));
    part(flag(button_label.is_some()));
    part(button_label.as_deref().unwrap_or_default());
    part(&open_after.map(|when| when.name()).unwrap_or_default());
    part(&forward_params.len().to_string());
    for name in forward_params {
        part(name);
    }
    for (name, value) in pairs {
        part(name);
        part(value);
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_names_every_mode() {
        for w in [&EN, &DE] {
            assert!(w.modes.iter().all(|name| !name.is_empty()));
            assert!(w.hint_button_label.contains("data-partner-or-vendor-open"));
        }
        assert_ne!(EN.modes, DE.modes);
    }

    #[test]
    fn the_preview_key_changes_with_every_setting() {
        let base = Placement {
            mode: Mode::Popup,
            ..Placement::default()
        };
        let changes: [fn(&mut Placement); 8] = [
            |p| p.mode = Mode::Inline,
            |p| p.left = true,
            |p| p.button_label = Some(String::new()),
            |p| p.button_label = Some("1:0".into()),
            |p| p.forward_params = vec!["utm".into()],
            |p| p.datalayer = true,
            |p| p.open_after = Some(settings::OpenAfter::Exit),
            |p| p.show_once = true,
        ];
        let mut keys = vec![key(&base, &[])];
        for change in changes {
            let mut placement = base.clone();
            change(&mut placement);
            keys.push(key(&placement, &[]));
        }
        let pair = |name: &str, value: &str| (name.to_string(), value.to_string());
        keys.push(key(&base, &[pair("firm", "ab")]));
        keys.push(key(&base, &[pair("firma", "b")]));
        keys.push(key(&base, &[pair("firm", "a"), pair("b", "")]));
        for (k, one) in keys.iter().enumerate() {
            assert!(!keys[k + 1..].contains(one), "{one}");
        }
    }
}
