//! The firm's norms file, fetched once when the visitor's own settled result is first on
//! screen and the firm named one (`data-benchmark`): never in the first load. A file that
//! cannot be fetched or is refused costs a console warning and nothing else; whether it fits
//! the result on screen is the core's to say (`Norms::standing_of`).

use crate::app::state::AppState;
use crate::browser::norms::fetch;
use crate::model::norms::{self, Norms};
use crate::model::settings::Settings;
use std::rc::Rc;
use yew::prelude::*;

/// The norms file once it is here and read.
#[hook]
pub fn use_benchmark(state: &UseReducerHandle<AppState>, settings: &Settings) -> Option<Rc<Norms>> {
    let norms = use_state(|| None::<Rc<Norms>>);
    let asked = use_mut_ref(|| false);
    let settled = state
        .own
        .as_ref()
        .is_some_and(|own| norms::settled(&own.outcome).is_some());
    let wanted = settings.benchmark.clone().filter(|_| settled);
    let questionnaire = state.questionnaire.clone();
    {
        let norms = norms.clone();
        use_effect_with(wanted, move |wanted| {
            let Some(path) = wanted.clone() else {
                return;
            };
            if std::mem::replace(&mut *asked.borrow_mut(), true) {
                return;
            }
            wasm_bindgen_futures::spawn_local(async move {
                let problem = match fetch(&path).await {
                    Ok(file) => {
                        let fits = file.fits(&questionnaire).err().map(|e| e.reason());
                        norms.set(Some(Rc::new(file)));
                        fits
                    }
                    Err(reason) => Some(reason),
                };
                if let Some(reason) = problem {
                    let text = "Partner or Vendor?: no comparison with the norms file:";
                    web_sys::console::warn_3(&text.into(), &path.into(), &reason.into());
                }
            });
        });
    }
    (*norms).clone()
}
