//! Playbook: the checklists Candor walks through. Not built yet; the screen says what is
//! coming.

use leptos::prelude::*;

/// The Playbook screen.
#[component]
pub fn PlaybookPage() -> impl IntoView {
    view! {
        <h1 tabindex="-1">"Playbook"</h1>
        <section class="card coming">
            <h2>"Coming next"</h2>
            <p>
                "Guided checklists for the four moments of working with a recruiter: their call, \
                 each interview round, the debrief call afterwards, and the thank-you notes. Each \
                 step will say what to do, why it matters and by when."
            </p>
            <p>
                "Later, a career coach will be able to share a tailored playbook with you as a link."
            </p>
        </section>
    }
}
