//! Start-up of the configurator's page (`configure.html`): a binary of its own, so the
//! assessment's download carries none of it.

fn main() {
    partner_or_vendor::app::configure::start();
}
