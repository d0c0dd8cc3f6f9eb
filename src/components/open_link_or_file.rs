//! "Open a link or a file": the one place to bring anything into Candor. A pasted link
//! opens exactly the screen tapping it would (a playbook, a snapshot, a locked link, a
//! transfer); a chosen file (a backup or a transfer, plain or locked) goes through the same
//! preview as any import. An installed iPhone app needs it most: links tapped elsewhere open
//! in Safari, whose storage is not the app's.

use crate::browser;
use crate::components::import_flow::{ImportFlow, Incoming};
use crate::domain::locked_file;
use crate::domain::route::link_in;
use crate::runtime::state::AppState;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

/// The paste field, the file picker, and what was chosen, previewed.
#[component]
pub fn OpenLinkOrFile(state: AppState) -> impl IntoView {
    let pasted = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    // A counter with the file, so that choosing the same file again starts afresh.
    let chosen = RwSignal::new(None::<(u32, Incoming)>);
    let open_link = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match link_in(&pasted.get_untracked()) {
            Some(route) => {
                problem.set(None);
                pasted.set(String::new());
                browser::go_to(&route.to_fragment());
                // An address of this very screen changes nothing; say so rather than nothing.
                if state.route.get_untracked() == route {
                    problem.set(Some("That link opens this screen.".to_owned()));
                }
            }
            None => {
                problem.set(Some(
                    "That is not a Candor link. Copy the whole link (it contains #/import/ or #/view/) and paste it here."
                        .to_owned(),
                ));
                browser::focus("open-link");
            }
        }
    };
    let pick = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        spawn_local(async move {
            let read = browser::read_chosen_file(&input).await;
            // Let the same file be chosen again later.
            input.set_value("");
            let (name, text) = match read {
                Ok(file) => file,
                Err(why) => {
                    problem.set(Some(format!("This file cannot be imported: {why}.")));
                    chosen.set(None);
                    return;
                }
            };
            match locked_file::read(&text) {
                Ok(opened) => {
                    problem.set(None);
                    let n = chosen.with_untracked(|c| c.as_ref().map_or(0, |(n, _)| n + 1));
                    chosen.set(Some((n, Incoming { name, opened })));
                }
                Err(error) => {
                    problem.set(Some(format!("{error} Nothing was changed.")));
                    chosen.set(None);
                }
            }
        });
    };
    view! {
        <form class="open-link" on:submit=open_link>
            <div class="field">
                <label for="open-link">"Paste a Candor link"</label>
                <p class="field__hint" id="open-link-hint">
                    "A playbook or snapshot from your coach, a locked link, or a transfer from your other device."
                </p>
                <input id="open-link" type="text" inputmode="url" autocomplete="off" spellcheck="false"
                    aria-describedby="open-link-hint"
                    prop:value=move || pasted.get()
                    on:input=move |ev| pasted.set(event_target_value(&ev))/>
            </div>
            <button type="submit" class="button">"Open the link"</button>
        </form>
        <div class="field">
            <label for="open-file">"Or choose a backup or transfer file"</label>
            <input id="open-file" type="file" accept=".json,application/json,text/plain" on:change=pick/>
        </div>
        {move || problem.get().map(|why| view! { <p class="form-error" role="alert">{why}</p> })}
        {move || chosen.get().map(|(_, incoming)| view! { <ImportFlow state incoming/> })}
        <p class="field__hint">
            "Nothing changes until you choose to. To move your search here from another device, make a transfer there (Data → Move to another device)."
        </p>
    }
}
