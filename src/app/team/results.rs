//! What the team view shows once the questions are here: the shown lines read, each seat's
//! group, the team link and the downloads; or one result then and now.

use super::files::{downloads_and_print, exported, save, Exported};
use super::state::{team_route, Catalog, TeamAction, TeamState};
use super::words::{words, Words};
use super::{norms, time, view};
use crate::app::address;
use crate::app::parts::copy::{copy_or_select, Copied};
use crate::app::parts::date::date;
use crate::app::text::Lang;
use crate::model::export::Format;
use crate::model::link;
use crate::model::questionnaire::{Form, Questionnaire};
use crate::model::route::TeamRoute;
use crate::model::team::{self, spread, LineProblem};
use std::rc::Rc;
use yew::prelude::*;

/// What the results need from the page: where the copy of the team link stands, where its
/// outcome goes, and the field that holds the link.
pub struct CopyProps {
    pub copied: Copied,
    pub on_copied: Callback<Copied>,
    pub field: NodeRef,
}

/// Below the input: the questions loading or failed to load, else one result then and now or
/// the shown lines read.
pub fn body(
    state: &TeamState,
    dispatch: &UseReducerDispatcher<TeamState>,
    lang: Lang,
    field: &NodeRef,
) -> Html {
    let w = words(lang);
    let all = match &state.catalog {
        Catalog::Loading => return html! { <p class="loading" role="status">{ w.loading }</p> },
        Catalog::Failed => {
            let retry = dispatch
                .to_callback()
                .reform(|_: MouseEvent| TeamAction::Retry);
            return html! {
                <div class="notice" role="alert">
                    <p>{ w.load_failed }</p>
                    <button type="button" class="button secondary" onclick={retry}>{ w.retry }</button>
                </div>
            };
        }
        Catalog::Ready(all) => all,
    };
    if let TeamRoute::ThenNow { was, on, now } = &state.opened {
        return then_and_now(all, (was, on.as_deref(), now), lang);
    }
    let copy = CopyProps {
        copied: state.copied,
        on_copied: dispatch.to_callback().reform(TeamAction::Copied),
        field: field.clone(),
    };
    results(all, &state.shown, lang, &copy)
}

/// Opened from a result's download button: its file is offered with a button of its own (a
/// link alone never saves a file), once the questions are here.
pub fn save_button(state: &TeamState, lang: Lang) -> Html {
    let (
        Some(all),
        TeamRoute::Result {
            save: Some(file), ..
        },
    ) = (state.ready(), &state.opened)
    else {
        return Html::default();
    };
    let (all, shown, file) = (all.clone(), state.shown.clone(), *file);
    let on_save = Callback::from(move |_: MouseEvent| save_shown(&all, &shown, lang, file));
    html! {
        <p class="save-ready no-print">
            <button type="button" class="button" onclick={on_save} autofocus=true>
                { words(lang).save_file(file) }
            </button>
        </p>
    }
}

/// The shown lines read against the catalog: what was skipped, each seat's group, and the
/// actions (team link, downloads, print).
pub fn results(all: &Rc<Vec<Questionnaire>>, shown: &str, lang: Lang, copy: &CopyProps) -> Html {
    let w = words(lang);
    let refs: Vec<&Questionnaire> = all.iter().collect();
    let reading = team::read(&refs, shown);
    let problems = (!reading.problems.is_empty()).then(|| {
        html! {
            <section class="team-problems" aria-labelledby="team-problems">
                <h2 id="team-problems">{ w.problems_heading }</h2>
                <ul>{ for reading.problems.iter().map(|&(line, p)| html! { <li>{ w.problem(line, p) }</li> }) }</ul>
            </section>
        }
    });
    if reading.respondents.is_empty() {
        return html! { <>{ for problems }<p>{ w.nothing_yet }</p></> };
    }
    let names = named(&reading, &refs, w);
    let groups = spread::aggregate(&reading.team(&refs));
    let team_link = team_route(&reading)
        .map(|route| format!("{}{}", address::app_url(), route.format()))
        .unwrap_or_default();
    let on_copy = {
        let (link, field, done) = (
            team_link.clone(),
            copy.field.clone(),
            copy.on_copied.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            copy_or_select(link.clone(), field.clone(), done.clone())
        })
    };
    let status = match copy.copied {
        Copied::Done => w.copied,
        Copied::Selected => w.copy_fallback,
        Copied::Not => "",
    };
    html! {
        <>
            { for problems }
            { for groups.iter().enumerate().map(|(k, g)| view::group(g, &names, w, lang.code(), format!("team-group-{k}"))) }
            <section class="team-actions no-print" aria-labelledby="team-share">
                <h2 id="team-share">{ w.team_link_heading }</h2>
                <label for="team-link">{ w.team_link_label }</label>
                <p class="hint" id="team-link-hint">{ w.team_link_note }</p>
                <input id="team-link" type="text" readonly=true value={team_link} ref={copy.field.clone()}
                    aria-describedby="team-link-hint" />
                <p class="actions">
                    <button type="button" class="button" onclick={on_copy}>{ w.copy }</button>
                    { downloads_and_print(all, exported(&reading, &names), lang) }
                </p>
                <p role="status">{ status }</p>
            </section>
            { norms::section(all, &reading, lang) }
        </>
    }
}

/// The respondents' names as shown: the link's label, or "Respondent k"; a quick check's
/// result says so after the name.
fn named(reading: &team::Reading, refs: &[&Questionnaire], w: &Words) -> Vec<String> {
    reading
        .respondents
        .iter()
        .enumerate()
        .map(|(k, (_, r))| {
            let name = r.label.clone().unwrap_or_else(|| w.respondent(k + 1));
            match refs.get(r.questionnaire).map(|q| q.form) {
                Some(Form::Quick) => format!("{name} {}", w.quick_mark),
                _ => name,
            }
        })
        .collect()
}

/// Saves the shown lines' respondents as a file: the page was opened from a result's download
/// button (`&save=`), and its own button was pressed.
pub fn save_shown(all: &[Questionnaire], shown: &str, lang: Lang, file: Format) {
    let refs: Vec<&Questionnaire> = all.iter().collect();
    let reading = team::read(&refs, shown);
    if !reading.respondents.is_empty() {
        let people = exported(&reading, &named(&reading, &refs, words(lang)));
        save(all, &people, lang, file, "result");
    }
}

/// An earlier result against the one now (`on` its date, when known), or why the links could
/// not be read.
pub fn then_and_now(
    all: &Rc<Vec<Questionnaire>>,
    (was, on, now): (&str, Option<&str>, &str),
    lang: Lang,
) -> Html {
    let w = words(lang);
    let refs: Vec<&Questionnaire> = all.iter().collect();
    let (then, current) = match (link::decode(&refs, was), link::decode(&refs, now)) {
        (Ok(a), Ok(b)) => (a, b),
        (a, b) => {
            let problems = [a.err(), b.err()]
                .into_iter()
                .enumerate()
                .filter_map(|(i, e)| e.map(|e| w.problem(i + 1, LineProblem::Link(e))));
            return html! { <ul class="team-problems">{ for problems.map(|p| html! { <li>{ p }</li> }) }</ul> };
        }
    };
    let (tq, nq) = (refs[then.questionnaire], refs[current.questionnaire]);
    let shown_date = on.map(|d| date(d, lang));
    let people = vec![
        Exported {
            label: w.then.to_string(),
            questionnaire: then.questionnaire,
            answers: then.answers.clone(),
            date: on.map(str::to_string),
        },
        Exported {
            label: w.now.to_string(),
            questionnaire: current.questionnaire,
            answers: current.answers.clone(),
            date: Some(crate::browser::kept::today()),
        },
    ];
    html! {
        <>
            { time::view((tq, &then, shown_date.as_deref()), (nq, &current), w, lang.code()) }
            <p class="actions no-print">
                { downloads_and_print(all, people, lang) }
            </p>
        </>
    }
}
