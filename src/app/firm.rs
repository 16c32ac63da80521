//! What the firm puts on the visitor's screens: its name and logo above the assessment, and its
//! call to action under the visitor's own result, with the line that says what it sends.

use super::text;
use crate::model::settings::{CtaTarget, Settings};
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

/// The firm's call to action under the visitor's own result, carrying the results link
/// (without the label), with a line that says who receives it.
pub fn call_to_action(settings: &Settings, t: &text::Ui, url: &str, summary: &str) -> Html {
    let (Some(href), Some(sent_to)) = (
        settings.cta_href(url, t.cta_mail_subject, summary),
        settings.cta_url.as_ref(),
    ) else {
        return Html::default();
    };
    let label = settings
        .cta_label
        .clone()
        .unwrap_or_else(|| t.cta_default_label.to_string());
    // A web page opens in a new tab, so the result stays where it is; it learns nothing of the
    // page it came from but what its address carries.
    let (target, rel) = match settings.cta_url {
        Some(CtaTarget::Web(_)) => (Some("_blank"), Some("noopener noreferrer")),
        _ => (None, None),
    };
    html! {
        <section class="cta" aria-labelledby="cta-heading">
            <h2 id="cta-heading">{ t.cta_heading(settings.firm.as_deref()) }</h2>
            <p>{ t.cta_text }</p>
            <p><a class="button" {href} {target} {rel} aria-describedby="cta-sends">{ label }</a></p>
            <p class="hint" id="cta-sends">{ t.cta_sends(sent_to) }</p>
        </section>
    }
}
