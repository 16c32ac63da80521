//! The live preview: the widget as the checked settings make it, opened at the start or at a
//! result of the stage the firm chooses, and the call to action that result gets, drawn by
//! the assessment's own view (`firm::call_to_action`) with the result filled in.

use super::cta_words;
use crate::app::firm;
use crate::app::text::{self, Lang};
use crate::browser::more;
use crate::model::questionnaire::{Questionnaire, Seat};
use crate::model::settings::Settings;
use crate::model::{builtin, link, scoring, synthetic};
use std::rc::Rc;
use yew::prelude::*;

/// The client seat's questionnaire in `lang`: the one the wasm carries (English) until the
/// language's own part is fetched, so stage names read in the language on screen. Without the
/// part (offline, or a server without it) they stay in English.
#[hook]
pub fn use_questionnaire(lang: Lang) -> Rc<Questionnaire> {
    let carried = use_state(|| Rc::new(builtin::questionnaire()));
    let part = use_state(|| None::<(Lang, Rc<Questionnaire>)>);
    {
        let part = part.clone();
        use_effect_with(lang, move |lang| {
            let lang = *lang;
            let fetched = part.as_ref().map(|(l, _)| *l);
            if lang != Lang::En && fetched != Some(lang) {
                wasm_bindgen_futures::spawn_local(async move {
                    let fetched = more::fetch_part(Seat::Client, lang.code()).await;
                    if let Some(q) = fetched.and_then(|(qs, _)| qs.into_iter().next()) {
                        part.set(Some((lang, Rc::new(q))));
                    }
                });
            }
        });
    }
    match &*part {
        Some((l, q)) if *l == lang => q.clone(),
        _ => (*carried).clone(),
    }
}

/// The stages of `q` as (id, name in `lang`).
pub fn stages(q: &Questionnaire, lang: Lang) -> Vec<(String, String)> {
    q.stages
        .iter()
        .map(|s| (s.id.clone(), s.name.get(lang.code()).to_string()))
        .collect()
}

/// The address of the app with the checked settings: only settings that pass reach the
/// preview, as only they would reach a visitor.
fn with_settings(app_url: &str, checked: &Settings) -> String {
    let query = checked.to_query();
    if query.is_empty() {
        app_url.to_string()
    } else {
        format!("{app_url}?{query}")
    }
}

/// A result of `q` at `stage` (its id): its outcome and the payload of its results link, which
/// carries no label.
fn result_at(q: &Questionnaire, stage: &str) -> Option<(scoring::Outcome, String)> {
    let answers = synthetic::answers_for_stage(q, stage)?;
    Some((scoring::score(q, &answers), link::encode(q, &answers, None)))
}

/// The preview frame's address: the start, or a result at `stage`.
pub fn address(app_url: &str, checked: &Settings, q: &Questionnaire, stage: &str) -> String {
    let start = with_settings(app_url, checked);
    match result_at(q, stage) {
        Some((_, payload)) => format!("{start}#r={payload}"),
        None => start,
    }
}

/// The choice of what the preview opens: the start or a result at one of `stages`.
pub fn stage_field(
    current: &str,
    stages: &[(String, String)],
    onchange: Callback<Event>,
    lang: Lang,
) -> Html {
    let w = cta_words::words(lang);
    html! {
        <div class="field">
            <label for="cfg-preview-stage">{ w.preview_stage }</label>
            <select id="cfg-preview-stage" {onchange}>
                <option value="" selected={current.is_empty()}>{ w.preview_start }</option>
                { for stages.iter().map(|(id, name)| html! {
                    <option value={id.clone()} selected={current == id}>{ name.clone() }</option>
                }) }
            </select>
        </div>
    }
}

/// The call to action a result at `stage` gets, as the assessment draws it under the
/// visitor's own result (its address filled with that result); nothing at the start.
pub fn call_to_action(
    app_url: &str,
    checked: &Settings,
    q: &Questionnaire,
    stage: &str,
    t: &'static text::Ui,
) -> Html {
    let Some((outcome, payload)) = result_at(q, stage) else {
        return Html::default();
    };
    let w = cta_words::words(t.lang);
    let base = with_settings(app_url, &checked.for_links());
    let drawn = firm::call_to_action(checked, t, q, &outcome, &format!("{base}#r={payload}"));
    html! {
        <section class="cta-preview" aria-labelledby="cfg-cta-preview">
            <h3 id="cfg-cta-preview">{ w.preview_cta }</h3>
            if checked.cta_for(Some(stage)).is_some() {
                { drawn }
            } else {
                <p>{ w.preview_no_cta }</p>
            }
        </section>
    }
}
