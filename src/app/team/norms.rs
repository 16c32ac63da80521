//! The norms file's section of the team view: for each questionnaire among the results read,
//! the button that saves its norms file (`model::norms`), or how many more settled results it
//! needs; and what the file holds and where a firm publishes it.

use super::norms_words::norms_words;
use crate::app::text::Lang;
use crate::browser::{download, kept};
use crate::model::norms::{self, Month, Norms, MIN_COUNT};
use crate::model::questionnaire::Questionnaire;
use crate::model::team::Reading;
use std::rc::Rc;
use yew::prelude::*;

/// The section under the team's results (nothing before any result is read).
pub fn section(all: &[Questionnaire], reading: &Reading, lang: Lang) -> Html {
    let w = norms_words(lang);
    let Some(today) = Month::parse(&kept::today()) else {
        return Html::default();
    };
    let results: Vec<(&Questionnaire, &[_])> = reading
        .respondents
        .iter()
        .filter_map(|(_, r)| Some((all.get(r.questionnaire)?, r.answers.as_slice())))
        .collect();
    let groups = norms::per_questionnaire(&results, None, today);
    let several = groups.len() > 1;
    let lines = groups.into_iter().map(|(q, made)| {
        let name = several.then(|| w.name(q.title.get(lang.code()), q.version));
        match made {
            Ok(norms) => {
                let norms = Rc::new(norms);
                let on_save = Callback::from(move |_: MouseEvent| save(&norms));
                html! {
                    <p class="actions">
                        <button type="button" class="button secondary" onclick={on_save}
                            aria-describedby="team-norms-note">
                            { w.save(name.as_deref()) }
                        </button>
                    </p>
                }
            }
            Err(short) => html! { <p>{ w.more(short.needed(), MIN_COUNT, name.as_deref()) }</p> },
        }
    });
    html! {
        <section class="team-actions team-norms no-print" aria-labelledby="team-norms">
            <h2 id="team-norms">{ w.heading }</h2>
            <p class="hint" id="team-norms-note">{ w.note }</p>
            { for lines }
        </section>
    }
}

/// Offers the file as `norms-<questionnaire>-<version>.json`.
fn save(norms: &Norms) {
    let name = format!(
        "norms-{}-{}.json",
        norms.questionnaire, norms.questionnaire_version
    );
    download::save(&name, "application/json", &norms::write(norms));
}
