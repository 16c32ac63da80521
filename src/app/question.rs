//! One question per step: a real radio group in a fieldset whose legend is the question.

use crate::app::page::STEP_HEADING_ID;
use crate::app::state::QuestionnaireRef;
use crate::app::text;
use crate::model::questionnaire::Item;
use crate::model::scoring::Answer;
use wasm_bindgen::JsCast;
use yew::prelude::*;

const ERROR_ID: &str = "answer-error";

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub questionnaire: QuestionnaireRef,
    /// The item's index in the questionnaire.
    pub index: usize,
    pub answer: Option<Answer>,
    /// Show "choose an answer" (Next was pressed without one).
    pub need_answer: bool,
    pub on_choose: Callback<Answer>,
    pub on_next: Callback<()>,
    pub on_back: Callback<()>,
}

/// A plain function rather than a component: it has no state of its own (see ARCHITECTURE.md on
/// why few views are components). The form is keyed by questionnaire and item, so each
/// question gets fresh elements (no radio or focus state carries over).
pub fn question(props: &QuestionProps, t: &text::Ui) -> Html {
    let q = &props.questionnaire;
    let item = &q.items[props.index];
    let name = answer_name(item);

    let on_submit = {
        let on_next = props.on_next.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_next.emit(());
        })
    };
    let described_by = props.need_answer.then_some(ERROR_ID);
    let is_last = props.index + 1 == q.items.len();
    html! {
        <form key={format!("{}:{}", q.id, item.id)} class="question" onsubmit={on_submit} novalidate=true>
            if props.need_answer {
                { error_summary(&format!("{name}-0"), t) }
            }
            <fieldset class={classes!("question-fieldset", props.need_answer.then_some("has-error"))}
                aria-describedby={described_by}>
                <legend class="question-legend">
                    <h1 id={STEP_HEADING_ID} tabindex="-1">{ item.prompt.get(t.lang.code()) }</h1>
                </legend>
                if props.need_answer {
                    <p id={ERROR_ID} class="error-message">
                        <span class="visually-hidden">{ t.error_prefix }</span>{ t.need_answer }
                    </p>
                }
                <div class="options">{ for radios(props, &name, t) }</div>
            </fieldset>
            if is_last {
                <p class="question-hint">{ t.last_question_hint }</p>
            }
            <div class="actions">
                <button type="button" class="button secondary" onclick={props.on_back.reform(|_| ())}>
                    { t.back }
                </button>
                <button type="submit" class="button">{ t.next }</button>
            </div>
        </form>
    }
}

/// Where the visitor is: "Question k of n" and a progress bar, for the item at `index`. App
/// draws it above the question view rather than in it, so the live region lives across steps.
pub fn status(index: usize, total: usize, t: &text::Ui) -> Html {
    html! {
        <div class="question-status">
            <p class="question-count" aria-live="polite">{ t.question_of(index + 1, total) }</p>
            <progress
                class="question-progress"
                max={total.to_string()}
                value={(index + 1).to_string()}
                aria-label={t.progress_label}
            />
        </div>
    }
}

/// The item's options, then the escapes set apart after them: "I can't judge", and "Doesn't
/// apply to us" where the questionnaire offers it. `name` groups the radios. An iterator, not
/// `Html`, so the caller's `for` puts them straight into the group: wrapping them in a list of
/// their own costs the wasm about 600 bytes.
fn radios<'a>(
    props: &'a QuestionProps,
    name: &'a str,
    t: &'a text::Ui,
) -> impl Iterator<Item = Html> + 'a {
    let q = &props.questionnaire;
    let item = &q.items[props.index];
    let options = q
        .options(item)
        .iter()
        .enumerate()
        .map(|(k, label)| (Answer::Choice(k as u8), label.get(t.lang.code())));
    let escapes = [
        (Answer::CantJudge, t.cant_judge),
        (Answer::NotApplicable, t.not_applicable),
    ];
    let escapes = escapes.into_iter().take(q.escapes());
    // Enter on a radio moves on, as on the Next button; prevent the form's own submission so a
    // browser that also submits on Enter does not move two steps.
    let on_keydown = {
        let on_next = props.on_next.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" {
                e.prevent_default();
                on_next.emit(());
            }
        })
    };
    options.chain(escapes).map(move |(answer, label)| {
        let value = answer_value(answer);
        let id = format!("{name}-{value}");
        html! {
            <div class={option_class(answer)}>
                <input
                    type="radio"
                    id={id.clone()}
                    name={name.to_string()}
                    value={value}
                    checked={props.answer == Some(answer)}
                    onchange={props.on_choose.reform(move |_: Event| answer)}
                    onkeydown={on_keydown.clone()}
                />
                <label for={id}>{ label }</label>
            </div>
        }
    })
}

/// The name of an item's radio group; each radio's id is the name, `-` and its `answer_value`.
/// (The page's static first question, written before the app is here, uses the same ids.)
pub fn answer_name(item: &Item) -> String {
    format!("answer-{}", item.id)
}

/// A radio's value: the option's position, or the escape's name.
pub fn answer_value(answer: Answer) -> String {
    match answer {
        Answer::Choice(k) => k.to_string(),
        Answer::CantJudge => "cant-judge".to_string(),
        Answer::NotApplicable => "not-applicable".to_string(),
    }
}

/// The first escape carries its own class so the stylesheet can set the escapes apart from the
/// options above them.
pub fn option_class(answer: Answer) -> &'static str {
    match answer {
        Answer::CantJudge => "option option-escape option-first-escape",
        Answer::NotApplicable => "option option-escape",
        Answer::Choice(_) => "option",
    }
}

/// The summary at the top of a question with a problem, announced at once, whose link takes
/// the visitor to the first answer. The link moves focus itself: following its fragment would
/// change the app's address.
fn error_summary(first_answer: &str, t: &text::Ui) -> Html {
    let target = first_answer.to_string();
    let onclick = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        let input = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&target))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(input) = input {
            let _ = input.focus();
        }
    });
    html! {
        <div class="error-summary" role="alert">
            <h2 class="error-summary-title">{ t.problem_heading }</h2>
            <ul class="error-summary-list">
                <li><a href={format!("#{first_answer}")} {onclick}>{ t.need_answer }</a></li>
            </ul>
        </div>
    }
}
