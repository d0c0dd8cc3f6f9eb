//! "Open a link or a file", as a screen of its own (`#/open`), for the places that send the
//! candidate to it: Today when there is nothing yet, the Playbook screen, the coach board.
//! The Data screen shows the same.

use crate::components::open_link_or_file::OpenLinkOrFile;
use crate::runtime::state::use_app_state;
use leptos::prelude::*;

/// The screen.
#[component]
pub fn OpenPage() -> impl IntoView {
    let state = use_app_state();
    view! {
        <h1 tabindex="-1">"Open a link or a file"</h1>
        <section class="card" aria-label="A link or a file">
            <OpenLinkOrFile state/>
        </section>
    }
}
