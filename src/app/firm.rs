//! What the firm puts on the visitor's screens: its name and logo above the assessment, and its
//! call to action under the visitor's own result, with the line that says what it sends.

use super::text;
use crate::browser::embed;
use crate::model::cta;
use crate::model::message::Message;
use crate::model::questionnaire::{Questionnaire, Seat};
use crate::model::scoring::Outcome;
use crate::model::settings::{CtaTarget, Settings};
use wasm_bindgen::JsValue;
use yew::prelude::*;

/// The firm's name and logo above the assessment, when given.
pub fn brand(settings: &Settings, t: &text::Ui) -> Html {
    if settings.firm.is_none() && settings.logo.is_none() {
        return Html::default();
    }
    let firm = settings.firm.as_deref();
    html! {
        <header class="brand">
            if let Some(logo) = &settings.logo {
                // Next to the name the logo adds nothing for a screen reader.
                <img class="brand-logo" src={logo.clone()}
                    alt={if firm.is_some() { "" } else { t.logo_alt }} />
            }
            if let Some(firm) = firm {
                <p class="brand-name">{ firm }</p>
            }
        </header>
    }
}

/// The firm's call to action under the visitor's own result: the one the result's stage
/// gets, its address filled with the result (`link`: the results link without the label),
/// and a line that says what it sends to whom. Following it tells the host page.
pub fn call_to_action(
    settings: &Settings,
    t: &text::Ui,
    q: &Questionnaire,
    outcome: &Outcome,
    link: &str,
) -> Html {
    let stage = outcome.stage(q);
    let Some(cta) = settings.cta_for(stage.map(|s| s.id.as_str())) else {
        return Html::default();
    };
    let lang = t.lang.code();
    // Which side answered, so a booking tool's record tells a client's view from a self-rating.
    let side = match q.seat {
        Seat::Client => t.view_client,
        Seat::Provider => t.view_provider,
    };
    let head = [
        t.result_line(outcome.index(), stage.map(|s| s.name.get(lang)), ""),
        side.to_string(),
    ];
    let summary = cta::summary(&head, q, outcome, lang, t.not_enough_answers);
    let filling = cta::Filling::of(q, outcome, lang, link.to_string(), summary);
    let href = cta::href(cta.target, &filling, &settings.forward, t.cta_mail_subject);
    let label = cta.label.unwrap_or(t.cta_default_label).to_string();
    let text = match (cta.text, filling.weakest.as_str(), stage) {
        (Some(text), ..) => text.to_string(),
        (None, "", _) | (None, _, None) => t.cta_text.to_string(),
        (None, weakest, Some(_)) => t.cta_weakest(weakest),
    };
    let sent = t.cta_sends(cta.target, &settings.forward);
    // A web page opens in a new tab, so the result stays where it is; it learns nothing of the
    // page it came from but what its address carries.
    let (target, rel) = match cta.target {
        CtaTarget::Web(_) => (Some("_blank"), Some("noopener noreferrer")),
        CtaTarget::Mail(_) => (None, None),
    };
    let detail = embed::object(&[
        (
            "stage",
            stage.map_or(JsValue::NULL, |s| s.id.as_str().into()),
        ),
        (
            "index",
            outcome.index().map_or(JsValue::NULL, JsValue::from),
        ),
        ("host", cta.target.receiver().into()),
    ]);
    let host = settings.host.clone();
    let onclick = Callback::from(move |_: MouseEvent| {
        embed::post(host.as_deref(), Message::Cta, detail.clone());
    });
    html! {
        <section class="cta" aria-labelledby="cta-heading">
            <h2 id="cta-heading">{ t.cta_heading(settings.firm.as_deref()) }</h2>
            <p>{ text }</p>
            <p><a class="button" {href} {target} {rel} {onclick} aria-describedby="cta-sends"
                data-receiver={cta.target.receiver().to_string()}>{ label }</a></p>
            <p class="hint" id="cta-sends">{ sent }</p>
        </section>
    }
}
