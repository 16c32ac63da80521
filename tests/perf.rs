//! The cost of the work as it grows, measured in headless Chromium with `performance.now()`:
//! a generated questionnaire of 300 items in 12 dimensions, one step to the next, and scoring
//! every answer. Prints medians for `scripts/bench`, which checks them against the budgets in
//! docs/PERFORMANCE.md; it asserts only that the journey works, never a time.
#![cfg(target_arch = "wasm32")]

use partner_or_vendor::app::state::{ById, Catalog, QuestionnaireRef};
use partner_or_vendor::app::{App, AppProps};
use partner_or_vendor::model::scoring::{self, Answer};
use partner_or_vendor::model::synthetic;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;
use yew::Renderer;

wasm_bindgen_test_configure!(run_in_browser);

const ITEMS: usize = 300;
const DIMENSIONS: usize = 12;

fn now() -> f64 {
    web_sys::window().unwrap().performance().unwrap().now()
}

fn median(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

fn click(root: &web_sys::Element, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
}

#[wasm_bindgen_test]
async fn steps_and_scoring_with_300_items() {
    let _ = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear();
    let q = ById(Rc::new(synthetic::questionnaire(ITEMS, DIMENSIONS)));
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let props = AppProps {
        catalog: Rc::new(Catalog {
            all: vec![q.clone()],
            complete: true,
        }),
        settings: Default::default(),
        lang: Default::default(),
        read: Default::default(),
        focus_heading: false,
    };
    Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    click(&root, ".intro .actions button");
    yew::scheduler::flush().await;

    let mut steps = Vec::new();
    for k in 0..ITEMS {
        click(&root, &format!("input[type=radio][value='{}']", k % 5));
        yew::scheduler::flush().await;
        let start = now();
        click(&root, "button[type=submit]");
        yew::scheduler::flush().await;
        steps.push(now() - start);
    }
    assert!(
        root.query_selector(".result-index").unwrap().is_some(),
        "the journey ends on the result"
    );

    let answers: Vec<_> = (0..ITEMS)
        .map(|i| Some(Answer::Choice((i % 5) as u8)))
        .collect();
    let mut scoring_times = Vec::new();
    for _ in 0..500 {
        let start = now();
        let outcome = scoring::score(&q, &answers);
        scoring_times.push(now() - start);
        assert!(outcome.index().is_some());
    }
    console_log!(
        "PERF {{\"items\":{ITEMS},\"dimensions\":{DIMENSIONS},\"step_ms_median\":{:.3},\"step_ms_max\":{:.3},\"scoring_ms_median\":{:.4},\"steps\":{},\"scorings\":{}}}",
        median(steps.clone()),
        steps.iter().cloned().fold(0.0, f64::max),
        median(scoring_times.clone()),
        steps.len(),
        scoring_times.len()
    );
}
