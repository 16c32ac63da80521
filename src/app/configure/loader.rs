//! The loader's other settings: the host page's campaign tags passed on to the call to action
//! and the events pushed into its `dataLayer` (any mode), and an overlay that opens by itself
//! (overlays only). Like the placement, the loader reads them on the firm's page; the app never
//! sees them as they are. Their texts live here, as the placement's do.

use super::fields::{switch_field, text_field, Form, TextField};
use crate::app::text::Lang;
use crate::model::settings::{DATALAYER, FORWARD_PARAMS, OPEN_AFTER, SHOW_ONCE};
use yew::prelude::*;

pub struct Words {
    pub legend: &'static str,
    pub field_forward: &'static str,
    pub hint_forward: &'static str,
    pub field_datalayer: &'static str,
    pub hint_datalayer: &'static str,
    pub field_open_after: &'static str,
    pub hint_open_after: &'static str,
    pub problem_open_after: &'static str,
    pub field_show_once: &'static str,
    pub hint_show_once: &'static str,
}

pub const EN: Words = Words {
    legend: "Campaign tags and analytics",
    field_forward: "Campaign tags passed on",
    hint_forward: "Parameters of your page's address passed on to an https:// call to action, \
                   separated by spaces or commas; utm stands for every utm_… parameter (such as \
                   “utm gclid”). Never added to a mail or a results link.",
    field_datalayer: "Also push the events into the dataLayer",
    hint_datalayer: "Pushes the start, each question shown, completion (with the partner index and stage) and a click on the call to action (also as GA4's generate_lead) into your page's dataLayer; never the answers or the results link. A push sends nothing by itself: only tags set up in your tag manager do, under your consent settings.",
    field_open_after: "Open by itself",
    hint_open_after: "Enter 20 to open after 20 seconds on the page, 50% once the visitor has scrolled half of it, or exit when the mouse pointer leaves the window at the top (devices with a mouse only, never on phones). It never opens by itself for a visitor who has completed the assessment in this browser. Leave it empty to open only when the visitor chooses.",
    problem_open_after: "it must be seconds (20), a share scrolled (50%) or exit",
    field_show_once: "Only until it is closed once",
    hint_show_once: "After a visitor closes it, it no longer opens by itself for them on your site. This is remembered in their browser's local storage (no cookie); where storage is blocked, only on the current page.",
};

pub const DE: Words = Words {
    legend: "Kampagnenparameter und Analyse",
    field_forward: "Weitergegebene Kampagnenparameter",
    hint_forward: "Parameter der Adresse Ihrer Seite, die an eine https://-Kontaktadresse \
                   weitergegeben werden, getrennt durch Leerzeichen oder Kommas; utm steht für \
                   alle utm_…-Parameter (etwa „utm gclid“). Nie an eine E-Mail oder einen \
                   Ergebnis-Link angehängt.",
    field_datalayer: "Ereignisse auch in den dataLayer schreiben",
    hint_datalayer: "Start, jede gezeigte Frage, Abschluss (mit Partner-Index und Stufe) und der Klick auf die Kontaktschaltfläche (auch als generate_lead von GA4) werden in den dataLayer Ihrer Seite geschrieben – nie die Antworten oder der Ergebnis-Link. Dadurch allein wird nichts gesendet: Was übertragen wird, entscheiden Ihr Tag-Manager und Ihre Einwilligungseinstellungen.",
    field_open_after: "Von selbst öffnen",
    hint_open_after: "„20“ öffnet nach 20 Sekunden auf der Seite, „50%“, sobald Besucher die Hälfte der Seite gescrollt haben, „exit“, sobald der Mauszeiger das Fenster oben verlässt (nur mit Maus, nie auf Smartphones). Nach abgeschlossener Einschätzung öffnet sie sich in diesem Browser nie mehr von selbst. Leer lassen, wenn sie sich nur auf Klick der Besucher öffnen soll.",
    problem_open_after: "erlaubt sind Sekunden (20), ein gescrollter Anteil (50%) oder exit",
    field_show_once: "Nur bis sie einmal geschlossen wurde",
    hint_show_once: "Haben Besucher die Einschätzung einmal geschlossen, öffnet sie sich bei ihnen auf Ihrer Website nicht mehr von selbst. Das merkt sich ihr Browser im lokalen Speicher (kein Cookie); ist der Speicher gesperrt, nur auf der aktuellen Seite.",
};

pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::En => &EN,
        Lang::De => &DE,
    }
}

/// The campaign tags passed on and the `dataLayer`, for any mode.
pub fn tags(form: &Form) -> Html {
    let w = words(form.t.lang);
    let forward: TextField = (
        FORWARD_PARAMS,
        w.field_forward,
        w.hint_forward,
        "text",
        "off",
    );
    html! {
        <fieldset class="loader-settings">
            <legend>{ w.legend }</legend>
            { form.text(&forward, None) }
            { switch_field(DATALAYER, w.field_datalayer, w.hint_datalayer,
                !form.value(DATALAYER).is_empty(), (form.edit)(DATALAYER)) }
        </fieldset>
    }
}

/// An overlay opening by itself, and only until closed once: the loader's own check, said in
/// the configurator's words (the app never reads it, so its texts have no sentence for it).
pub fn triggers(form: &Form) -> Html {
    let w = words(form.t.lang);
    let field: TextField = (
        OPEN_AFTER,
        w.field_open_after,
        w.hint_open_after,
        "text",
        "off",
    );
    let problem = form
        .reason(OPEN_AFTER)
        .map(|_| w.problem_open_after.to_string());
    html! { <>
        { text_field(&field, form.value(OPEN_AFTER), problem, None, (form.edit)(OPEN_AFTER)) }
        { switch_field(SHOW_ONCE, w.field_show_once, w.hint_show_once,
            !form.value(SHOW_ONCE).is_empty(), (form.edit)(SHOW_ONCE)) }
    </> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_exists_in_both_languages() {
        let entries = |w: &Words| {
            [
                w.legend,
                w.field_forward,
                w.hint_forward,
                w.field_datalayer,
                w.hint_datalayer,
                w.field_open_after,
                w.hint_open_after,
                w.problem_open_after,
                w.field_show_once,
                w.hint_show_once,
            ]
        };
        for (en, de) in entries(&EN).into_iter().zip(entries(&DE)) {
            assert!(!en.trim().is_empty() && !de.trim().is_empty());
            assert_ne!(en, de);
        }
        for w in [&EN, &DE] {
            assert!(w.hint_datalayer.contains("dataLayer"));
            assert!(w.hint_forward.contains("utm"));
        }
    }
}
