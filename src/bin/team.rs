//! Start-up of the team view's page (`team.html`): a binary of its own, so the assessment's
//! download carries none of it.

fn main() {
    partner_or_vendor::app::team::start();
}
