//! Start-up: mount the app into the page.

fn main() {
    partner_or_vendor::app::start::start();
}
