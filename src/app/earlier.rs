//! "Your earlier results": the results kept in this browser (`browser::kept`), listed on the
//! intro and under the visitor's own result with their dates and indices. Each opens again
//! from its link; under a result, each can be compared with it in the team view; one click
//! forgets them all, one stops keeping them.

use crate::app::parts::date::date;
use crate::app::text;
use crate::browser::kept::Earlier;
use crate::model::route::{Route, TeamRoute};
use yew::prelude::*;

pub struct EarlierProps<'a> {
    pub earlier: &'a Earlier,
    /// The visitor's own result on screen (its payload), or `None` on the intro.
    pub now: Option<&'a str>,
    /// Keep results from now on, or forget them and keep none (the checkbox).
    pub on_keep: Callback<bool>,
    /// Forget every kept result (the button).
    pub on_forget: Callback<()>,
}

/// Never inlined into the App's render, so its code is compiled only when there is a list.
#[inline(never)]
pub fn earlier(p: &EarlierProps, t: &'static text::Ui) -> Html {
    let kept = match p.earlier {
        Earlier::Kept(kept) => kept.as_slice(),
        _ => &[],
    };
    let listed: Vec<_> = kept
        .iter()
        .rev()
        .filter(|k| Some(k.payload.as_str()) != p.now)
        .collect();
    let note = match p.earlier {
        Earlier::Unavailable => Some(t.earlier_unavailable),
        Earlier::Off => Some(t.earlier_off),
        Earlier::Kept(_) => None,
    };
    // The intro lists them only when there are some.
    if p.now.is_none() && listed.is_empty() {
        return html! {};
    }
    let items = listed.iter().map(|k| {
        let index = k.index.map_or_else(
            || t.earlier_no_index.to_string(),
            |i| t.earlier_index.replace("{n}", &i.to_string()),
        );
        let compare = p.now.map(|now| {
            let then_now = TeamRoute::ThenNow {
                was: k.payload.clone(),
                on: Some(k.date.clone()),
                now: now.to_string(),
            };
            then_now.address(t.lang.code())
        });
        html! {
            <li>
                <a href={Route::Shared(k.payload.clone()).format()}>{ format!("{}: {index}", date(&k.date, t.lang)) }</a>
                if let Some(compare) = compare {
                    { " \u{b7} " }<a href={compare}>{ t.compare_now }</a>
                }
            </li>
        }
    });
    let keeping = matches!(p.earlier, Earlier::Kept(_));
    // Turning keeping off forgets what is kept; on, keeps from the next result.
    let toggle = p.on_keep.reform(move |_| !keeping);
    let forget = p.on_forget.reform(|_| ());
    html! {
        <section class="earlier" aria-labelledby="earlier-heading">
            <h2 id="earlier-heading">{ t.earlier_heading }</h2>
            if let Some(note) = note {
                <p class="hint">{ note }</p>
            }
            if !listed.is_empty() {
                <ul>{ for items }</ul>
            }
            if !matches!(p.earlier, Earlier::Unavailable) {
                <p class="earlier-controls">
                    <label>
                        <input type="checkbox" checked={keeping} onclick={toggle} />
                        { " " }{ t.keep_results }
                    </label>
                    if !kept.is_empty() {
                        <button type="button" class="button secondary" onclick={forget}>{ t.forget_all }</button>
                    }
                </p>
            }
        </section>
    }
}
