//! The Yew shell: the root component, start-up and the views. Components render state and
//! forward events; every decision is made by the core in `crate::model`.

pub mod broken_link;
pub mod chart;
pub mod comparison;
pub mod configure;
pub mod intro;
pub mod language;
pub mod notice;
pub mod qr;
pub mod question;
pub mod result;
pub mod share;
pub mod state;
pub mod text;

use crate::browser::{embed, fatal, storage};
use crate::model::link;
use crate::model::progress::{Progress, Step};
use crate::model::questionnaire::Seat;
use crate::model::scoring;
use crate::model::settings::{CtaTarget, Settings};
use state::{Action, AppState, Catalog, Notice, Opened, Screen, Shared};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The id of the element the app renders into, and of the heading that takes focus on each step.
pub const ROOT_ID: &str = "app";
pub const STEP_HEADING_ID: &str = "step-heading";

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub catalog: Rc<Catalog>,
    /// The firm's checked settings (the seat answered first is `settings.lens`).
    #[prop_or_default]
    pub settings: Rc<Settings>,
    /// The language to start in (the visitor can switch at any step).
    #[prop_or_default]
    pub lang: text::Lang,
    /// The saved progress of the first seat, when read ahead of the first render (start-up
    /// does, so that render is a shorter task); read at the first render without it.
    #[prop_or_default]
    pub loaded: Option<Loaded>,
}

/// A seat's saved progress, the questionnaire version it belongs to, and the notice for it.
pub type Loaded = (Shared, Progress, Option<Notice>);

/// Saved progress for a seat (with the version it was saved with), and the notice for it.
fn load_progress(catalog: &Catalog, seat: Seat) -> Loaded {
    let versions = catalog.versions(seat);
    let refs: Vec<&crate::model::questionnaire::Questionnaire> =
        versions.iter().map(|q| &*q.0).collect();
    let (loaded, which) = storage::load(&refs);
    let questionnaire = versions[which].clone();
    let fresh = Progress::new(&questionnaire);
    let (progress, notice) = match loaded {
        storage::Loaded::Nothing => (fresh, None),
        storage::Loaded::Restored(p) => (p, Some(Notice::Restored)),
        storage::Loaded::Discarded => (fresh, Some(Notice::Discarded)),
        storage::Loaded::Unavailable => (fresh, Some(Notice::NoStorage)),
    };
    (questionnaire, progress, notice)
}

fn location() -> Option<web_sys::Location> {
    web_sys::window().map(|w| w.location())
}

/// The app's own address: origin and path, without query or fragment.
fn app_url() -> String {
    let Some(location) = location() else {
        return String::new();
    };
    format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}

/// The base of every results link: the app's address with the firm's checked settings (so the
/// link opens with the firm's name and colours) but never the host origin, anything unchecked,
/// or the language: a link opens in its reader's language.
fn base_url(settings: &Settings) -> String {
    let query = Settings {
        lang: None,
        ..settings.clone()
    }
    .to_query();
    if query.is_empty() {
        app_url()
    } else {
        format!("{}?{query}", app_url())
    }
}

fn current_fragment() -> String {
    location().and_then(|l| l.hash().ok()).unwrap_or_default()
}

/// Which view is on screen, for moving focus when it changes.
fn view_key(state: &AppState) -> String {
    match &state.screen {
        Screen::Journey => {
            let step = match state.progress.step {
                Step::Intro => "intro".to_string(),
                Step::Question(k) => k.to_string(),
                Step::Result => "result".to_string(),
            };
            format!("journey {step} {}", state.questionnaire.id)
        }
        Screen::SharedResult(o) => format!("shared {}", o.payload),
        Screen::Comparison(a, b) => format!("compare {} {}", a.payload, b.payload),
        // The reason's message is what differs between broken links.
        Screen::BrokenLink(reason) => format!("broken {}", text::EN.broken(*reason)),
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let lang = language::use_language(props.lang);
    let t = text::ui(*lang);
    // The initial state is built on the first render only (the closure borrows the props, so
    // later renders copy nothing for it).
    let state = use_reducer(|| {
        let (questionnaire, progress, notice) = props
            .loaded
            .clone()
            .unwrap_or_else(|| load_progress(&props.catalog, props.settings.lens));
        let mut state = AppState::new(props.catalog.clone(), questionnaire, progress, notice);
        state.open_fragment(&current_fragment());
        state
    });

    // Save after every change of answers or position. A refusal costs only the resume, and
    // the visitor already saw the notice when storage was refused at start-up. The first
    // render has nothing new to save, unless a damaged record must be replaced.
    let unchanged = use_mut_ref(|| state.notice != Some(Notice::Discarded));
    use_effect_with(
        (state.questionnaire.clone(), state.progress.clone()),
        move |(questionnaire, progress)| {
            if !std::mem::replace(&mut *unchanged.borrow_mut(), false) {
                storage::save(questionnaire, progress);
            }
        },
    );

    // Follow the address: a results link pasted into this tab opens at once.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                gloo_events::EventListener::new(&window, "hashchange", move |_| {
                    let fragment = current_fragment();
                    if configure::forward_old_address(&fragment) {
                        return;
                    }
                    if state.catalog.needs_more_for(&fragment) {
                        with_whole_catalog(state.clone(), move |state, _| {
                            state.dispatch(Action::OpenFragment(fragment))
                        });
                    } else {
                        state.dispatch(Action::OpenFragment(fragment));
                    }
                })
            });
            move || drop(listener)
        });
    }

    // Back on the visitor's own journey, a results link left in the address would reopen the
    // shared result on reload: take it out (unless answering against it).
    {
        let on_own_journey = state.screen == Screen::Journey && state.against.is_none();
        let settings = props.settings.clone();
        use_effect_with(on_own_journey, move |on_own_journey| {
            if *on_own_journey && link::parse_fragment(&current_fragment()).result.is_some() {
                let window = web_sys::window();
                if let Some(history) = window.as_ref().and_then(|w| w.history().ok()) {
                    let _ = history.replace_state_with_url(
                        &wasm_bindgen::JsValue::NULL,
                        "",
                        Some(&base_url(&settings)),
                    );
                }
            }
        });
    }

    // Tell the host page when the visitor starts and whenever their own result is on screen.
    {
        let previous = use_mut_ref(|| state.progress.step);
        let settings = props.settings.clone();
        let own_result = (state.screen == Screen::Journey && state.progress.step == Step::Result)
            .then(|| {
                (
                    state.questionnaire.clone(),
                    state.progress.answers.clone(),
                    state.own_payload(),
                )
            });
        use_effect_with(
            (state.progress.step, own_result),
            move |(step, own_result)| {
                let before = std::mem::replace(&mut *previous.borrow_mut(), *step);
                let host = settings.host.as_deref();
                if before == Step::Intro && matches!(step, Step::Question(_)) {
                    embed::post(host, "start", &[]);
                }
                if let Some((questionnaire, answers, payload)) = own_result {
                    let url = format!("{}{}", base_url(&settings), link::fragment(payload, None));
                    embed::post(
                        host,
                        "complete",
                        &[("detail", completion(questionnaire, answers, &url, t))],
                    );
                }
            },
        );
    }

    // Move focus to the new view's heading, so keyboard and screen-reader users start reading
    // there; not on the first render, where the page's own focus order should stand.
    let first_render = use_mut_ref(|| true);
    use_effect_with(view_key(&state), move |_| {
        if std::mem::replace(&mut *first_render.borrow_mut(), false) {
            return;
        }
        let heading = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(STEP_HEADING_ID))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(heading) = heading {
            let _ = heading.focus();
        }
    });

    let dispatch = |action: Action| {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(action.clone()))
    };
    let on_choose = {
        let state = state.clone();
        Callback::from(move |answer| state.dispatch(Action::Choose(answer)))
    };
    let on_revisit = {
        let state = state.clone();
        Callback::from(move |questions| state.dispatch(Action::Revisit(questions)))
    };
    let on_label = {
        let state = state.clone();
        Callback::from(move |label| state.dispatch(Action::SetLabel(label)))
    };
    // Answer a seat, resuming its saved progress, optionally against a shared result.
    let answer_seat = |seat: Seat, against: Option<Opened>| {
        let state = state.clone();
        Callback::from(move |()| {
            let against = against.clone();
            with_whole_catalog(state.clone(), move |state, catalog| {
                let (questionnaire, progress, _) = load_progress(catalog, seat);
                state.dispatch(Action::UseSeat {
                    questionnaire,
                    progress,
                    against,
                });
            });
        })
    };
    let own_actions = html! {
        <div class="actions">
            <button type="button" class="button secondary" onclick={dispatch(Action::Back).reform(|_| ())}>
                { t.change_answers }
            </button>
            <button type="button" class="button secondary" onclick={dispatch(Action::StartOver).reform(|_| ())}>
                { t.start_over }
            </button>
        </div>
    };
    let take_it_yourself = html! {
        <button type="button" class="button" onclick={answer_seat(Seat::Client, None).reform(|_| ())}>
            { t.take_it_yourself }
        </button>
    };

    let questionnaire = &state.questionnaire;
    let total = questionnaire.items.len();
    let settings = &props.settings;
    // Only the screens that show a link need its base (it reads the address).
    let base = || base_url(settings);
    let screen = match (&state.screen, state.progress.step) {
        (Screen::BrokenLink(reason), _) => html! {
            { broken_link::broken_link(&broken_link::BrokenLinkProps { reason: *reason, on_start: answer_seat(Seat::Client, None) }, t) }
        },
        (Screen::SharedResult(opened), _) => {
            let other = match opened.questionnaire.seat {
                Seat::Client => Seat::Provider,
                Seat::Provider => Seat::Client,
            };
            let note = opened
                .label
                .as_deref()
                .map(|label| t.shared_from(label))
                .unwrap_or_else(|| t.shared_heading.to_string());
            result::result(
                &result::ResultProps {
                    questionnaire: opened.questionnaire.clone(),
                    answers: opened.answers.clone(),
                    heading: Some(AttrValue::Static(t.shared_heading)),
                    on_revisit: None,
                    note: Some(AttrValue::from(format!("{note}. {}", t.shared_note))),
                    children: html! {
                        <div class="actions">
                            { take_it_yourself.clone() }
                            <button type="button" class="button secondary"
                                onclick={answer_seat(other, Some(opened.clone())).reform(|_| ())}>
                                { t.answer_other_seat(opened.questionnaire.seat) }
                            </button>
                        </div>
                    },
                },
                t,
            )
        }
        (Screen::Comparison(first, second), _) => {
            let url = format!(
                "{}{}",
                base(),
                link::fragment(&first.payload, Some(&second.payload))
            );
            html! {
                { comparison::comparison(&comparison::ComparisonProps {
                    first: first.clone(),
                    second: second.clone(),
                    children: html! { <>
                        <share::SharePanel url={url.clone()} summary={t.email_body(None, None, None, &url)} />
                        <div class="actions">{ take_it_yourself.clone() }</div>
                    </> },
                }, t) }
            }
        }
        (Screen::Journey, Step::Intro) => intro::intro(
            &intro::IntroProps {
                questionnaire: questionnaire.clone(),
                resumable: !state.progress.is_fresh(),
                privacy: settings
                    .host
                    .is_some()
                    .then(|| AttrValue::from(t.privacy_embedded(settings.firm.as_deref()))),
                on_start: dispatch(Action::Start),
                on_start_over: dispatch(Action::StartOver),
                on_switch_seat: answer_seat(
                    match questionnaire.seat {
                        Seat::Client => Seat::Provider,
                        Seat::Provider => Seat::Client,
                    },
                    None,
                ),
            },
            t,
        ),
        (Screen::Journey, Step::Question(k)) => question::question(
            &question::QuestionProps {
                questionnaire: questionnaire.clone(),
                index: k,
                answer: state.progress.answers[k],
                need_answer: state.need_answer,
                on_choose,
                on_next: dispatch(Action::Next),
                on_back: dispatch(Action::Back),
            },
            t,
        ),
        (Screen::Journey, Step::Result) => {
            let payload = state.own_payload();
            let label = Some((AttrValue::from(state.label.clone()), on_label.clone()));
            match &state.against {
                Some(against) => {
                    let mine = Opened {
                        questionnaire: questionnaire.clone(),
                        answers: Rc::new(state.progress.answers.clone()),
                        label: link::clean_label(&state.label),
                        payload: payload.clone(),
                    };
                    let url = format!(
                        "{}{}",
                        base(),
                        link::fragment(&against.payload, Some(&payload))
                    );
                    html! {
                        { comparison::comparison(&comparison::ComparisonProps {
                            first: against.clone(),
                            second: mine,
                            children: html! { <>
                                <share::SharePanel url={url.clone()} summary={t.email_body(None, None, None, &url)} {label} />
                                { call_to_action(settings, t, &url, &t.email_body(None, None, None, &url)) }
                                { own_actions }
                            </> },
                        }, t) }
                    }
                }
                None => {
                    let url = format!("{}{}", base(), link::fragment(&payload, None));
                    let outcome = scoring::score(questionnaire, &state.progress.answers);
                    let summary = t.email_body(
                        outcome.index(),
                        outcome
                            .stage(questionnaire)
                            .map(|s| s.name.get(t.lang.code())),
                        link::clean_label(&state.label).as_deref(),
                        &url,
                    );
                    result::result(
                        &result::ResultProps {
                            questionnaire: questionnaire.clone(),
                            answers: Rc::new(state.progress.answers.clone()),
                            heading: None,
                            note: None,
                            on_revisit: Some(on_revisit),
                            children: html! { <>
                                <share::SharePanel url={url.clone()} summary={summary.clone()} {label} />
                                { call_to_action(settings, t, &url, &summary) }
                                { own_actions }
                            </> },
                        },
                        t,
                    )
                }
            }
        }
    };
    let switch = language::switch(&lang, t);
    html! {
        <ContextProvider<text::Lang> context={*lang}>
        <div class="app">
            { switch }
            { brand(settings, t) }
            if let Some(notice) = state.notice {
                { notice::notice_banner(&notice::NoticeProps { notice, on_dismiss: dispatch(Action::DismissNotice) }, t) }
            }
            if let (Screen::Journey, Step::Question(k)) = (&state.screen, state.progress.step) {
                // Outside the per-question view, so the element lives across steps and its
                // change of text is announced as a polite live region.
                <div class="question-status">
                    <p class="question-count" aria-live="polite">{ t.question_of(k + 1, total) }</p>
                    <progress
                        class="question-progress"
                        max={total.to_string()}
                        value={(k + 1).to_string()}
                        aria-label={t.progress_label}
                    />
                </div>
            }
            { screen }
            if state.screen == Screen::Journey && state.progress.step == Step::Intro && !embed::is_framed() {
                <p class="for-firms"><a href={configure::address(*lang)}>{ t.configure_link }</a></p>
            }
        </div>
        </ContextProvider<text::Lang>>
    }
}

/// Runs `then` with the whole catalog: at once when it is here, otherwise once the rest has
/// been fetched (the visitor's own seat needs none of it); a failed fetch shows a notice and
/// changes nothing else, so trying again fetches again.
fn with_whole_catalog(
    state: UseReducerHandle<AppState>,
    then: impl FnOnce(&UseReducerHandle<AppState>, &Catalog) + 'static,
) {
    if state.catalog.complete {
        let catalog = state.catalog.clone();
        then(&state, &catalog);
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        match crate::browser::more::fetch().await {
            Some(more) => {
                let catalog = Rc::new(state.catalog.with(more));
                state.dispatch(Action::CatalogLoaded(catalog.clone()));
                then(&state, &catalog);
            }
            None => state.dispatch(Action::LoadFailed),
        }
    });
}

/// The firm's name and logo above the assessment, when given.
fn brand(settings: &Settings, t: &text::Ui) -> Html {
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

/// The firm's call to action under the visitor's own result, carrying the results link.
fn call_to_action(settings: &Settings, t: &text::Ui, url: &str, summary: &str) -> Html {
    let Some(href) = settings.cta_href(url, t.cta_mail_subject, summary) else {
        return Html::default();
    };
    let label = settings
        .cta_label
        .clone()
        .unwrap_or_else(|| t.cta_default_label.to_string());
    // A web page opens in a new tab, so the result stays where it is.
    let (target, rel) = match settings.cta_url {
        Some(CtaTarget::Web(_)) => (Some("_blank"), Some("noopener")),
        _ => (None, None),
    };
    html! {
        <section class="cta" aria-labelledby="cta-heading">
            <h2 id="cta-heading">{ t.cta_heading(settings.firm.as_deref()) }</h2>
            <p>{ t.cta_text }</p>
            <p><a class="button" {href} {target} {rel}>{ label }</a></p>
        </section>
    }
}

/// The `detail` of the host page's `partner-or-vendor:complete` event.
fn completion(
    questionnaire: &Shared,
    answers: &scoring::Answers,
    url: &str,
    t: &text::Ui,
) -> wasm_bindgen::JsValue {
    use wasm_bindgen::JsValue;
    let outcome = scoring::score(questionnaire, answers);
    let number = |n: Option<u8>| n.map(JsValue::from).unwrap_or(JsValue::NULL);
    let dimensions: Vec<(&str, JsValue)> = questionnaire
        .dimensions
        .iter()
        .zip(&outcome.dimensions)
        .map(|(d, s)| (d.id.as_str(), number(s.rounded())))
        .collect();
    let stage = outcome.stage(questionnaire);
    embed::object(&[
        ("overall", number(outcome.index())),
        (
            "stage",
            stage
                .map(|s| JsValue::from(s.id.as_str()))
                .unwrap_or(JsValue::NULL),
        ),
        (
            "stageName",
            stage
                .map(|s| JsValue::from(s.name.get(t.lang.code())))
                .unwrap_or(JsValue::NULL),
        ),
        ("dimensions", embed::object(&dimensions)),
        // Too few answers for an index: `overall` and `stage` are null.
        ("provisional", JsValue::from(outcome.is_provisional())),
        (
            "heldBack",
            outcome
                .held_back
                .iter()
                .map(|&d| JsValue::from(questionnaire.dimensions[d].id.as_str()))
                .collect::<js_sys::Array>()
                .into(),
        ),
        ("link", url.into()),
        (
            "lens",
            JsValue::from(match questionnaire.seat {
                Seat::Client => "client",
                Seat::Provider => "provider",
            }),
        ),
    ])
}

/// Shows the fatal-error view in place of the page's app if the wasm panics.
pub fn install_fatal_view() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("Partner or Vendor? stopped: {info}").into());
        let document = web_sys::window().and_then(|w| w.document());
        if let Some(document) = document {
            if let Some(root) = document.get_element_by_id(ROOT_ID) {
                fatal::show(&document, &root);
            }
        }
    }));
}

/// Start-up: install the fatal-error view, honour a "start over" link, and mount the app.
pub fn start() {
    install_fatal_view();
    if configure::forward_old_address(&current_fragment()) {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let Some(root) = document.get_element_by_id(ROOT_ID) else {
        web_sys::console::error_1(&format!("Partner or Vendor?: no element #{ROOT_ID}").into());
        return;
    };
    // The work is split over several tasks (decode, read the settings, render) so that none
    // blocks the page for long on a slow phone (docs/PERFORMANCE.md: Total Blocking Time). The
    // first wait leaves the wasm's instantiation a task of its own.
    wasm_bindgen_futures::spawn_local(async move {
        next_task(&window).await;
        let mut catalog = Catalog::builtin();
        next_task(&window).await;
        forget_progress_if_asked(&window);
        let settings = Rc::new(embed::settings_from_address());
        // The firm's lens, a link in the address or progress saved with an earlier version may
        // need the part of the catalog that is fetched on demand: fetch it before the first
        // render, so nothing on screen changes under the visitor.
        let saved = storage::saved_version(&catalog.for_seat(Seat::Client));
        let needs_more = settings.lens != Seat::Client
            || catalog.needs_more_for(&current_fragment())
            || saved.is_some_and(|(id, version)| {
                !catalog
                    .all
                    .iter()
                    .any(|q| q.id == id && q.version == version)
            });
        let mut failed = false;
        if needs_more {
            match crate::browser::more::fetch().await {
                Some(more) => catalog = catalog.with(more),
                None => failed = true,
            }
        }
        let mut props = prepare(&window, Rc::new(catalog), settings);
        if failed {
            if let Some(loaded) = props.loaded.as_mut() {
                loaded.2 = Some(Notice::LoadFailed);
            }
        }
        next_task(&window).await;
        mount(root, props);
    });
}

/// Resolves in a later task of the event loop, so the browser can paint and handle input first.
async fn next_task(window: &web_sys::Window) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if window
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .is_err()
        {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Reads the settings and the visitor's language, and applies the firm's colours.
fn prepare(window: &web_sys::Window, catalog: Rc<Catalog>, settings: Rc<Settings>) -> AppProps {
    embed::apply(&settings);
    let lang = language::initial(window, &settings);
    text::set_current(lang);
    let loaded = Some(load_progress(&catalog, settings.lens));
    AppProps {
        catalog,
        settings,
        lang,
        loaded,
    }
}

/// Replaces the page's placeholder (shown while the wasm loads) with the app.
fn mount(root: web_sys::Element, props: AppProps) {
    let host = props.settings.host.clone();
    root.set_text_content(None);
    embed::post(host.as_deref(), "ready", &[]);
    yew::Renderer::<App>::with_root_and_props(root, props).render();
    embed::report_height(host);
}

/// The fatal view's "Start over" link loads the page with `?start-over`: forget saved progress,
/// then drop the parameter so a later reload keeps the visitor's new answers.
fn forget_progress_if_asked(window: &web_sys::Window) {
    let location = window.location();
    let search = location.search().unwrap_or_default();
    let params: Vec<&str> = search.trim_start_matches('?').split('&').collect();
    if !params.contains(&fatal::START_OVER_PARAM) {
        return;
    }
    storage::clear_all();
    let kept: Vec<&str> = params
        .into_iter()
        .filter(|p| !p.is_empty() && *p != fatal::START_OVER_PARAM)
        .collect();
    let query = if kept.is_empty() {
        String::new()
    } else {
        format!("?{}", kept.join("&"))
    };
    let url = format!(
        "{}{}{}",
        location.pathname().unwrap_or_default(),
        query,
        location.hash().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}
