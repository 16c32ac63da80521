//! The introduction: what the assessment looks at, how long it takes, and that answers stay here.

use crate::app::page::STEP_HEADING_ID;
use crate::app::state::QuestionnaireRef;
use crate::app::text;
use crate::model::questionnaire::Form;
use yew::prelude::*;

#[derive(PartialEq)]
pub struct IntroProps {
    pub questionnaire: QuestionnaireRef,
    /// Answers from earlier are kept: offer to continue, or to start over.
    pub resumable: bool,
    /// What happens to the answers, when it differs from the standalone app's promise.
    pub privacy: Option<AttrValue>,
    pub on_start: Callback<()>,
    pub on_start_over: Callback<()>,
    /// Answer from the other seat instead.
    pub on_switch_seat: Callback<MouseEvent>,
    /// The other form of this questionnaire, offered before the visitor starts: whether it is
    /// the quick check, its questions and minutes.
    pub other_form: Option<(bool, usize, usize)>,
    /// Answer that form instead (`true`: the quick check).
    pub on_form: Callback<bool>,
}

/// A plain function rather than a component: it has no state of its own.
pub fn intro(props: &IntroProps, t: &text::Ui) -> Html {
    let q = &props.questionnaire;
    html! {
        <section class="intro">
            <h1 id={STEP_HEADING_ID} tabindex="-1">{ q.title.get(t.lang.code()) }</h1>
            <p class="lead">{ t.intro_lead(q.seat) }</p>
            <p>{ t.intro_looks_at }</p>
            <ul class="intro-dimensions">
                { for q.dimensions.iter().map(|d| html! {
                    <li><strong>{ d.name.get(t.lang.code()) }</strong>{ ": " }{ d.summary.get(t.lang.code()) }</li>
                }) }
            </ul>
            <p class="intro-length">{ t.length(q.items.len(), q.minutes(t.lang.code())) }</p>
            if q.form == Form::Quick {
                <p class="result-quick">{ t.quick_note(q.items.len()) }</p>
            }
            <p class="intro-one">{ t.intro_one(q.seat) }</p>
            <p class="privacy">{ props.privacy.clone().unwrap_or(AttrValue::Static(t.privacy)) }</p>
            <div class="actions">
                if props.resumable {
                    <button type="button" class="button" onclick={props.on_start.reform(|_| ())}>
                        { t.continue_ }
                    </button>
                    <button type="button" class="button secondary" onclick={props.on_start_over.reform(|_| ())}>
                        { t.start_over }
                    </button>
                } else {
                    <button type="button" class="button" onclick={props.on_start.reform(|_| ())}>
                        { t.start }
                    </button>
                    if let Some((quick, questions, minutes)) = props.other_form {
                        <button type="button" class="button secondary" onclick={props.on_form.reform(move |_| quick)}>
                            { t.other_form(quick, questions, minutes) }
                        </button>
                    }
                }
            </div>
            <p class="how-link">{ how_link(t) }</p>
            <p class="intro-seat">
                <button type="button" class="link-button" onclick={props.on_switch_seat.clone()}>
                    { t.switch_seat(q.seat.other()) }
                </button>
            </p>
        </section>
    }
}

/// The link to the static page on how the assessment works, in the visitor's language. It
/// opens in a new tab, so the assessment stays where it is (also inside a firm's page).
pub fn how_link(t: &text::Ui) -> Html {
    html! {
        <a href={t.how_page} target="_blank" rel="noopener">
            { t.how_link }<span class="visually-hidden">{ t.new_tab }</span>
        </a>
    }
}
