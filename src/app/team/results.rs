//! What the team view shows once the questions are here: the pasted lines read, each seat's
//! group, the team link and the downloads; or one result then and now.

use super::words::{words, Words};
use super::{keep_in_address, page_url, time, view};
use crate::app::result::print;
use crate::app::share::{copy_or_select, Copied};
use crate::app::text::{self, Lang};
use crate::browser::download;
use crate::model::export;
use crate::model::link::{self, LinkError};
use crate::model::questionnaire::{Form, Questionnaire, Seat};
use crate::model::scoring::Answers;
use crate::model::team::{self, spread, LineProblem, TeamError};
use std::rc::Rc;
use yew::prelude::*;

/// The shown lines read against the catalog: what was skipped, each seat's group, and the
/// actions (team link, downloads, print).
pub fn results(
    all: &Rc<Vec<Questionnaire>>,
    shown: &str,
    lang: Lang,
    copied: &UseStateHandle<Copied>,
    link_field: &NodeRef,
) -> Html {
    let w = words(lang);
    let code = lang.code();
    let refs: Vec<&Questionnaire> = all.iter().collect();
    let reading = team::read(&refs, shown);
    let names = named(&reading, &refs, w);
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
    let respondents = reading.team(&refs);
    let groups = spread::aggregate(&respondents);
    let payloads: Vec<&str> = reading.payloads.iter().map(String::as_str).collect();
    let team_link = team::encode(&payloads)
        .map(|p| format!("{}#t={p}", page_url()))
        .unwrap_or_default();
    if let Some(fragment) = team_link.find('#').map(|at| &team_link[at..]) {
        keep_in_address(fragment);
    }
    let people = exported(&reading, &names);
    let copy = {
        let (team_link, copied, field) = (team_link.clone(), copied.clone(), link_field.clone());
        Callback::from(move |_| {
            copy_or_select(team_link.clone(), field.clone(), {
                let copied = copied.clone();
                Callback::from(move |c| copied.set(c))
            })
        })
    };
    html! {
        <>
            { for problems }
            { for groups.iter().enumerate().map(|(k, g)| view::group(g, &names, w, code, format!("team-group-{k}"))) }
            <section class="team-actions no-print" aria-labelledby="team-share">
                <h2 id="team-share">{ w.team_link_heading }</h2>
                <label for="team-link">{ w.team_link_label }</label>
                <p class="hint" id="team-link-hint">{ w.team_link_note }</p>
                <input id="team-link" type="text" readonly=true value={team_link} ref={link_field.clone()}
                    aria-describedby="team-link-hint" />
                <p class="actions">
                    <button type="button" class="button" onclick={copy}>{ w.copy }</button>
                    { downloads_and_print(all, people, lang) }
                </p>
                <p role="status">{ match **copied { Copied::Done => w.copied, Copied::Selected => w.copy_fallback, Copied::Not => "" } }</p>
            </section>
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
            let name = r
                .label
                .clone()
                .unwrap_or_else(|| w.respondent.replace("{n}", &(k + 1).to_string()));
            match refs.get(r.questionnaire).map(|q| q.form) {
                Some(Form::Quick) => format!("{name} {}", w.quick_mark),
                _ => name,
            }
        })
        .collect()
}

fn exported(reading: &team::Reading, names: &[String]) -> Vec<Exported> {
    reading
        .respondents
        .iter()
        .zip(names)
        .map(|((_, r), name)| Exported {
            label: name.clone(),
            questionnaire: r.questionnaire,
            answers: r.answers.clone(),
            date: None,
        })
        .collect()
}

/// The name a result's own file is saved under.
pub fn file_name(file: File) -> &'static str {
    match file {
        File::Csv => "result.csv",
        File::Json => "result.json",
    }
}

/// Saves the shown lines' respondents as a file: the page was opened from a result's download
/// button (`&save=`), and its own button was pressed.
pub fn save_shown(all: &[Questionnaire], shown: &str, lang: Lang, file: File) {
    let refs: Vec<&Questionnaire> = all.iter().collect();
    let reading = team::read(&refs, shown);
    if !reading.respondents.is_empty() {
        let people = exported(&reading, &named(&reading, &refs, words(lang)));
        save(all, &people, lang, file, "result");
    }
}

/// The two kinds of file the answers download as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum File {
    Csv,
    Json,
}

/// Writes the respondents' file and offers it for download as `<name>.csv` or `<name>.json`.
fn save(all: &[Questionnaire], people: &[Exported], lang: Lang, file: File, name: &str) {
    let t = text::ui(lang);
    let escapes = export::Escapes {
        cant_judge: t.cant_judge,
        not_applicable: t.not_applicable,
    };
    let rows: Vec<export::Row> = people
        .iter()
        .map(|p| export::Row {
            label: &p.label,
            questionnaire: &all[p.questionnaire],
            answers: &p.answers,
            date: p.date.as_deref(),
        })
        .collect();
    match file {
        File::Json => {
            let text = export::json(&rows, lang.code(), &escapes);
            download::save(&format!("{name}.json"), "application/json", &text);
        }
        File::Csv => {
            let text = export::csv(&rows, lang.code(), &escapes);
            download::save(&format!("{name}.csv"), "text/csv;charset=utf-8", &text);
        }
    }
}

/// One respondent to export, owned, so the files are written only when asked for.
struct Exported {
    label: String,
    /// Index into the catalog the page read the links against.
    questionnaire: usize,
    answers: Answers,
    date: Option<String>,
}

/// The downloads of these respondents (CSV and JSON, in the page's language) and Print.
fn downloads_and_print(all: &Rc<Vec<Questionnaire>>, people: Vec<Exported>, lang: Lang) -> Html {
    let w = words(lang);
    let people = Rc::new(people);
    let on = |file: File| {
        let (all, people) = (all.clone(), people.clone());
        move |_: MouseEvent| save(&all, &people, lang, file, "team-results")
    };
    html! {
        <>
            <button type="button" class="button secondary" onclick={on(File::Csv)}>{ w.download_csv }</button>
            <button type="button" class="button secondary" onclick={on(File::Json)}>{ w.download_json }</button>
            <button type="button" class="button secondary" onclick={|_| print()}>{ w.print }</button>
        </>
    }
}

/// An earlier result against the one now, or why the links could not be read.
pub fn then_and_now(
    all: &Rc<Vec<Questionnaire>>,
    parts: &(String, Option<String>, String),
    lang: Lang,
) -> Html {
    let w = words(lang);
    let refs: Vec<&Questionnaire> = all.iter().collect();
    let (was, on, now) = parts;
    let (then, current) = match (link::decode(&refs, was), link::decode(&refs, now)) {
        (Ok(a), Ok(b)) => (a, b),
        (a, b) => {
            let problems = [a.err(), b.err()]
                .into_iter()
                .enumerate()
                .filter_map(|(i, e)| e.map(|e| w.problem(i + 1, team::LineProblem::Link(e))));
            return html! { <ul class="team-problems">{ for problems.map(|p| html! { <li>{ p }</li> }) }</ul> };
        }
    };
    let (tq, nq) = (refs[then.questionnaire], refs[current.questionnaire]);
    let shown_date = on.as_deref().map(|d| crate::app::earlier::date(d, lang));
    let people = vec![
        Exported {
            label: w.then.to_string(),
            questionnaire: then.questionnaire,
            answers: then.answers.clone(),
            date: on.clone(),
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

impl Words {
    pub fn seat(&self, seat: Seat) -> &'static str {
        match seat {
            Seat::Client => self.seat_client,
            Seat::Provider => self.seat_provider,
        }
    }

    /// Why a line was skipped, with its number.
    pub fn problem(&self, line: usize, problem: LineProblem) -> String {
        let l = &self.link_errors;
        let why = match problem {
            LineProblem::NotALink => self.not_a_link,
            LineProblem::TooMany => self.too_many,
            LineProblem::Link(e) => match e {
                LinkError::Truncated => l.truncated,
                LinkError::NotOurFormat => l.not_ours,
                LinkError::ChecksumMismatch => l.changed,
                LinkError::NewerVersion => l.newer,
                LinkError::UnknownQuestionnaire => l.unknown,
                LinkError::AnswerOutOfRange => l.out_of_range,
                LinkError::BadLabel => l.bad_label,
            },
            LineProblem::Team(e) => match e {
                TeamError::Truncated => self.team_errors[0],
                TeamError::NotOurFormat => self.team_errors[1],
                TeamError::ChecksumMismatch => self.team_errors[2],
                TeamError::NewerVersion => self.team_errors[3],
            },
        };
        format!("{}{why}", self.line.replace("{n}", &line.to_string()))
    }
}
