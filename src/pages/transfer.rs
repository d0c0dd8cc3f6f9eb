//! A transfer link opened (`#/import/t1.…`): the candidate's search from their other device,
//! locked with a passphrase. It asks for the passphrase, previews what would change, and
//! merges only when the candidate chooses to; the link then leaves the address bar.

use crate::components::import_flow::{ImportFlow, Incoming};
use crate::components::in_safari::InSafariTab;
use crate::domain::locked_file::{read_link, Opened};
use crate::domain::route::Route;
use crate::runtime::state::use_app_state;
use leptos::prelude::*;

/// The screen of a transfer link.
#[component]
pub fn TransferPage(link: String) -> impl IntoView {
    let state = use_app_state();
    let body = match read_link(&link) {
        Ok(locked) => {
            let incoming = Incoming {
                name: String::new(),
                opened: Opened::Locked(locked),
            };
            view! { <ImportFlow state incoming/> }.into_any()
        }
        Err(error) => view! {
            <p class="form-error" role="alert">{format!("{error} Nothing was changed.")}</p>
        }
        .into_any(),
    };
    view! {
        <h1 tabindex="-1">"Move from another device"</h1>
        <InSafariTab route=Route::Import(link.clone())/>
        <section class="card" aria-labelledby="transfer-title">
            <h2 id="transfer-title">"Your search from your other device"</h2>
            <p>
                "This link holds a copy of your search, locked with the passphrase you chose \
                 when you made it. Nothing changes here until you choose to merge it."
            </p>
            {body}
            <p><button type="button" class="button button--quiet" on:click=move |_| state.replace_route(Route::Data)>"Done"</button></p>
        </section>
    }
}
