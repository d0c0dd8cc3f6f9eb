//! The message that a new version of Candor is ready. The switch happens only when the
//! candidate agrees; everything they entered is already saved, so nothing is lost by it.
//! `public/sw-register.js` announces the new version and performs the switch.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// Whether a new version is installed and waiting to take over, kept current.
pub fn update_waiting() -> RwSignal<bool> {
    let already_waiting = web_sys::window()
        .and_then(|window| {
            js_sys::Reflect::get(&window, &JsValue::from_str("candorUpdateReady")).ok()
        })
        .is_some_and(|flag| flag.is_truthy());
    let ready = RwSignal::new(already_waiting);
    let listener = window_event_listener_untyped("candor-update-ready", move |_| ready.set(true));
    on_cleanup(move || listener.remove());
    ready
}

fn send(event: &str) {
    if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::Event::new(event)) {
        let _ = window.dispatch_event(&event);
    }
}

/// Switches to the waiting version: the page reloads once, with every file from it.
pub fn apply_update() {
    send("candor-apply-update");
}

/// Asks the service worker to look for a new version now.
pub fn look_for_update() {
    send("candor-check-update");
}

/// A banner offering to switch to a new version, shown once one is installed and waiting.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let ready = update_waiting();
    move || {
        ready.get().then(|| view! {
            <section class="banner banner--info" role="status" aria-labelledby="update-title">
                <h2 id="update-title" class="banner__title">"A new version of Candor is ready"</h2>
                <p>"Everything you have entered is saved. Switch when it suits you; the page reloads once."</p>
                <div class="banner__actions">
                    <button type="button" class="button" on:click=move |_| apply_update()>"Switch to the new version"</button>
                    <button type="button" class="button button--quiet" on:click=move |_| ready.set(false)>"Later"</button>
                </div>
            </section>
        })
    }
}
