//! One function per screen: each takes the state it shows and the callbacks it forwards, and
//! returns the view. `App` picks the one for the state on screen.

use crate::app::address::link_to;
use crate::app::state::{
    Action, AppState, Broken, Intent, Opened, OwnResult, Place, QuestionnaireRef,
};
use crate::app::{broken_link, comparison, firm, intro, question, result, share, text};
use crate::model::link;
use crate::model::questionnaire::{Form, Seat};
use crate::model::route::Route;
use crate::model::scoring::{self, Outcome};
use crate::model::settings::{self, Settings};
use std::rc::Rc;
use yew::prelude::*;

/// What the screens forward their events to.
#[derive(Clone)]
pub struct Wiring {
    pub dispatch: Callback<Action>,
    /// The in-app Back (see `hooks::use_address`).
    pub back: Callback<()>,
    pub settings: Rc<Settings>,
    /// The share panel's state (see `share::use_share_state`).
    pub share: share::ShareState,
    /// The visitor's own result while it is on screen (App makes it once for the host page,
    /// the earlier results and the call to action).
    pub own: Option<Rc<OwnResult>>,
}

impl Wiring {
    fn act(&self, action: Action) -> Callback<()> {
        self.dispatch.reform(move |()| action.clone())
    }

    /// Answer a seat (resuming its saved progress), optionally against a shared result.
    fn answer(&self, seat: Seat, against: Option<Opened>) -> Callback<MouseEvent> {
        self.dispatch.reform(move |_| {
            Action::Want(Intent::AnswerSeat {
                seat,
                against: against.clone(),
            })
        })
    }
}

/// The screen for what is on screen.
pub fn screen(state: &AppState, w: &Wiring, t: &'static text::Ui) -> Html {
    match state.place() {
        Place::Broken(reason) => broken(reason, w, t),
        Place::Shared(opened) => shared(opened, w, t),
        Place::Comparison(first, second) => compared(first, second, w, t),
        Place::Question(k) | Place::AgainstQuestion(_, k) => asked(state, k, w, t),
        Place::AgainstResult(against) => against_result(state, against, w, t),
        Place::Result => own_result(state, w, t),
        Place::Intro => intro_screen(state, w, t),
    }
}

fn broken(reason: Broken, w: &Wiring, t: &'static text::Ui) -> Html {
    let on_start = w.answer(Seat::Client, None);
    broken_link::broken_link(&broken_link::BrokenLinkProps { reason, on_start }, t)
}

fn take_it_yourself(w: &Wiring, t: &'static text::Ui) -> Html {
    html! {
        <button type="button" class="button" onclick={w.answer(Seat::Client, None)}>
            { t.take_it_yourself }
        </button>
    }
}

fn shared(opened: &Opened, w: &Wiring, t: &'static text::Ui) -> Html {
    let note = opened
        .label
        .as_deref()
        .map(|label| t.shared_from(label))
        .unwrap_or_else(|| t.shared_heading.to_string());
    let seat = opened.questionnaire.seat;
    let props = result::ResultProps {
        questionnaire: opened.questionnaire.clone(),
        answers: opened.answers.clone(),
        heading: Some(AttrValue::Static(t.shared_heading)),
        on_revisit: None,
        benchmark: false,
        payload: AttrValue::from(opened.payload.clone()),
        note: Some(AttrValue::from(format!("{note}. {}", t.shared_note))),
        children: html! {
            <div class="actions">
                { take_it_yourself(w, t) }
                <button type="button" class="button secondary"
                    onclick={w.answer(seat.other(), Some(opened.clone()))}>
                    { t.answer_other_seat(seat) }
                </button>
            </div>
        },
    };
    result::result(&props, t)
}

fn compared(first: &Opened, second: &Opened, w: &Wiring, t: &'static text::Ui) -> Html {
    let route = Route::Comparison {
        first: first.payload.clone(),
        second: second.payload.clone(),
    };
    let url = link_to(&w.settings, &route);
    let props = comparison::ComparisonProps {
        first: first.clone(),
        second: second.clone(),
        children: html! { <>
            { share::share_panel(&share::ShareProps {
                summary: t.email_body(None, None, None, &url).into(),
                url: url.into(),
                team: share::team_address(&first.payload, t),
                label: None,
            }, &w.share, t) }
            <div class="actions">{ take_it_yourself(w, t) }</div>
        </> },
    };
    comparison::comparison(&props, t)
}

/// The other form of the questionnaire on screen (the quick check or the full one, of the same
/// version), if the catalog has it.
fn other_form(state: &AppState) -> Option<QuestionnaireRef> {
    let q = &state.questionnaire;
    let id = match q.form {
        Form::Full => q.quick_id(),
        Form::Quick => q.base_id().to_string(),
    };
    state.catalog.find(&id, q.version).cloned()
}

fn intro_screen(state: &AppState, w: &Wiring, t: &'static text::Ui) -> Html {
    let settings = &w.settings;
    let seat = state.questionnaire.seat.other();
    let lang = t.lang.code();
    let offer = other_form(state).map(|f| (f.form == Form::Quick, f.items.len(), f.minutes(lang)));
    let props = intro::IntroProps {
        questionnaire: state.questionnaire.clone(),
        resumable: !state.progress.is_fresh(),
        privacy: settings
            .host
            .as_deref()
            .map(|host| AttrValue::from(t.privacy_embedded(settings::host_of(host)))),
        on_start: w.act(Action::Start),
        on_start_over: w.act(Action::StartOver),
        on_switch_seat: w.answer(seat, None),
        other_form: offer,
        on_form: w.dispatch.reform(Action::UseForm),
    };
    intro::intro(&props, t)
}

fn asked(state: &AppState, k: usize, w: &Wiring, t: &'static text::Ui) -> Html {
    let props = question::QuestionProps {
        questionnaire: state.questionnaire.clone(),
        index: k,
        answer: state.progress.answers[k],
        need_answer: state.need_answer,
        on_choose: w.dispatch.reform(Action::Choose),
        on_next: w.act(Action::Next),
        on_back: w.back.clone(),
    };
    question::question(&props, t)
}

/// What the visitor shares (`url` and `summary`, with the label they typed) and what the
/// firm's call to action is given (`plain`, the link without the label, and `outcome`).
struct Sent {
    url: String,
    summary: String,
    /// The result the team view opens with (a comparison's first).
    first: String,
    plain: String,
    outcome: Rc<Outcome>,
}

/// Under the visitor's own result or comparison: sharing (with the label field), the firm's
/// call to action, and "Change my answers" and "Start over".
fn own_panel(state: &AppState, w: &Wiring, sent: Sent, t: &'static text::Ui) -> Html {
    html! { <>
        { share::share_panel(&share::ShareProps {
            url: sent.url.into(),
            summary: sent.summary.into(),
            team: share::team_address(&sent.first, t),
            label: label_field(state, w),
        }, &w.share, t) }
        { firm::call_to_action(&w.settings, t, &state.questionnaire, &sent.outcome, &sent.plain) }
        <div class="actions">
            <button type="button" class="button secondary" onclick={w.back.reform(|_| ())}>{ t.change_answers }</button>
            <button type="button" class="button secondary" onclick={w.act(Action::StartOver).reform(|_| ())}>{ t.start_over }</button>
        </div>
    </> }
}

fn label_field(state: &AppState, w: &Wiring) -> Option<(AttrValue, Callback<String>)> {
    Some((
        AttrValue::from(state.label.clone()),
        w.dispatch.reform(Action::SetLabel),
    ))
}

fn against_result(state: &AppState, against: &Opened, w: &Wiring, t: &'static text::Ui) -> Html {
    let payload = state.own_payload();
    let mine = Opened {
        questionnaire: state.questionnaire.clone(),
        answers: Rc::new(state.progress.answers.clone()),
        label: link::clean_label(&state.label),
        payload: payload.clone(),
    };
    let compared = |first: String, second: String| {
        let route = Route::Comparison { first, second };
        let url = link_to(&w.settings, &route);
        let summary = t.email_body(None, None, None, &url);
        (url, summary)
    };
    let first = against.payload.clone();
    let (url, summary) = compared(first.clone(), payload);
    // The firm is sent neither side's label: the other person typed theirs for this visitor.
    let (plain, _) = compared(
        link::encode(&against.questionnaire, &against.answers, None),
        link::encode(&state.questionnaire, &state.progress.answers, None),
    );
    let outcome = Rc::new(scoring::score(
        &state.questionnaire,
        &state.progress.answers,
    ));
    let props = comparison::ComparisonProps {
        first: against.clone(),
        second: mine,
        children: own_panel(
            state,
            w,
            Sent {
                url,
                summary,
                first,
                plain,
                outcome,
            },
            t,
        ),
    };
    comparison::comparison(&props, t)
}

fn own_result(state: &AppState, w: &Wiring, t: &'static text::Ui) -> Html {
    let Some(own) = &w.own else {
        return html! {};
    };
    let questionnaire = &state.questionnaire;
    let payload = state.own_payload();
    let outcome = &own.outcome;
    let stage = outcome
        .stage(questionnaire)
        .map(|s| s.name.get(t.lang.code()));
    let shared = |payload: String, label: Option<&str>| {
        let url = link_to(&w.settings, &Route::Shared(payload));
        let summary = t.email_body(outcome.index(), stage, label, &url);
        (url, summary)
    };
    let (url, summary) = shared(payload.clone(), link::clean_label(&state.label).as_deref());
    let first = payload.clone();
    let plain = link_to(&w.settings, &Route::Shared(own.link.clone()));
    // A quick check goes on into the full assessment, keeping every answer.
    let more = other_form(state)
        .filter(|full| full.form == Form::Full)
        .map(|full| full.items.len().saturating_sub(questionnaire.items.len()));
    let props = result::ResultProps {
        questionnaire: questionnaire.clone(),
        answers: Rc::new(state.progress.answers.clone()),
        heading: None,
        note: None,
        on_revisit: Some(w.dispatch.reform(Action::Revisit)),
        benchmark: crate::app::hooks::compared(own, &w.settings).is_some(),
        payload: AttrValue::from(payload),
        children: html! { <>
            if let Some(more) = more {
                <p class="continue-full">
                    <button type="button" class="button" onclick={w.dispatch.reform(|_| Action::UseForm(false))}>
                        { t.continue_full(more) }
                    </button>
                </p>
            }
            { own_panel(state, w, Sent { url, summary, first, plain, outcome: outcome.clone() }, t) }
        </> },
    };
    result::result(&props, t)
}
