//! A locked link opened: it asks for the passphrase, and once the passphrase opens it, shows
//! what the link holds (a playbook to preview, or a snapshot) in its place. What it holds is
//! kept in memory only: the address still shows the locked link. A wrong passphrase says so
//! and changes nothing.

use crate::components::in_safari::InSafariTab;
use crate::components::passphrase::PassphraseField;
use crate::crypto::{self, UnlockError};
use crate::domain::lock::open_text;
use crate::domain::route::Route;
use crate::pages::frames::LinkRefused;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The passphrase form of a locked link; `open` draws the link it holds once opened.
#[component]
pub fn UnlockPage(link: String, open: fn(String) -> AnyView) -> impl IntoView {
    if let Err(error) = open_text(&link) {
        return view! { <LinkRefused error/> }.into_any();
    }
    let passphrase = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    let opened = RwSignal::new(None::<String>);
    let refused = RwSignal::new(None::<crate::domain::link::LinkError>);
    let route = Route::Import(link.clone());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let phrase = passphrase.get_untracked();
        if phrase.is_empty() {
            problem.set(Some("Enter the passphrase you were given.".to_owned()));
            crate::browser::focus("unlock-passphrase");
            return;
        }
        busy.set(true);
        problem.set(None);
        let link = link.clone();
        spawn_local(async move {
            match crypto::unlock(&phrase, &link).await {
                Ok(inner) => opened.set(Some(inner)),
                Err(UnlockError::Link(error)) => refused.set(Some(error)),
                Err(error) => {
                    problem.set(Some(error.to_string()));
                    crate::browser::focus("unlock-passphrase");
                }
            }
            busy.set(false);
        });
    };
    Effect::new(move |_| {
        if opened.with(Option::is_some) || refused.with(Option::is_some) {
            // The heading of what was opened takes the focus, as a new screen's would.
            request_animation_frame(crate::browser::focus_heading);
        }
    });
    view! {
        {move || match (opened.get(), refused.get()) {
            (Some(inner), _) => open(inner),
            (None, Some(error)) => view! { <LinkRefused error/> }.into_any(),
            (None, None) => view! {
                <h1 tabindex="-1">"This link is locked"</h1>
                <InSafariTab route=route.clone()/>
                <section class="card">
                    <p>
                        "Whoever sent it locked it with a passphrase, which they give separately \
                         from the link. Enter it to see what the link holds. Nothing is saved \
                         until you choose to keep it."
                    </p>
                    <form class="lock-form" on:submit=submit.clone() novalidate>
                        <PassphraseField id="unlock-passphrase" value=passphrase problem autocomplete="off"/>
                        <button type="submit" class="button" disabled=move || busy.get()>
                            {move || if busy.get() { "Opening…" } else { "Open the link" }}
                        </button>
                    </form>
                </section>
            }.into_any(),
        }}
    }
    .into_any()
}
