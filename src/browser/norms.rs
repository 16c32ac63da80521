//! The firm's norms file (`model::norms`), fetched once the visitor's own result is on screen:
//! only from the app's own origin, with the browser told to refuse any other (a redirect
//! included), and read and checked by the core.

use crate::browser::more;
use crate::model::norms::{self, Norms, NormsError};

/// Why no norms came: the address is not the app's own origin, the fetch failed, or the file
/// was refused.
#[derive(Debug)]
pub enum Failed {
    OtherOrigin,
    Fetch,
    File(NormsError),
}

/// Fetches and reads the norms file at `path`, relative to the app's own address.
pub async fn fetch(path: &str) -> Result<Norms, Failed> {
    let address = same_origin(path).ok_or(Failed::OtherOrigin)?;
    let bytes = more::bytes(&address, true).await.ok_or(Failed::Fetch)?;
    norms::read(&bytes).map_err(Failed::File)
}

/// `path` resolved against the page's address, if it stays on the page's origin.
fn same_origin(path: &str) -> Option<String> {
    let location = web_sys::window()?.location();
    let here = location.href().ok()?;
    let url = web_sys::Url::new_with_base(path, &here).ok()?;
    (url.origin() == location.origin().ok()?).then(|| url.href())
}
