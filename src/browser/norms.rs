//! The firm's norms file (`model::norms`), fetched once the visitor's own result is on screen:
//! only from the app's own origin, and read and checked by the core. The setting is a path
//! relative to the app (no scheme, no host, no way up: `model::settings`), and the browser is
//! told to refuse any other origin, a redirect to one included.

use crate::browser::more;
use crate::model::norms::{self, Norms, NormsError};

/// Fetches and reads the norms file at `path`, relative to the app's own address; why not, in
/// a few words for the console.
pub async fn fetch(path: &str) -> Result<Norms, &'static str> {
    let bytes = more::bytes(path, true).await.ok_or("the fetch failed")?;
    norms::read(&bytes).map_err(|e: NormsError| e.reason())
}
