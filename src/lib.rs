//! Candor: a pocket coach for job candidates who work with recruiters.
//!
//! `domain` is plain Rust and runs anywhere; the rest is the browser app around it.

pub mod domain;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod crypto;
#[cfg(target_arch = "wasm32")]
pub mod pages;
#[cfg(target_arch = "wasm32")]
pub mod runtime;
#[cfg(target_arch = "wasm32")]
pub mod storage;

/// Starts the app: builds it behind the loading shell and shows it in place of the shell
/// once its first screen is drawn (`app::App`), and makes sure that an unexpected error shows
/// a message instead of a frozen page.
///
/// The page fetches the app once the shell has painted. Starting is cut into short tasks
/// (this one instantiates the module; the next reads what was stored; the next mounts the
/// app, which builds itself in more: see `app::App`), so that a tap on the shell is answered
/// at once even on a slow phone.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        show_fatal_error();
    }));
    use leptos::prelude::set_timeout;
    use std::time::Duration;
    set_timeout(
        || {
            let state = runtime::state::AppState::load(runtime::engine::ENGINE);
            set_timeout(move || mount(state), Duration::ZERO);
        },
        Duration::ZERO,
    );
}

/// Mounts the app in its place in the page (behind the shell).
#[cfg(target_arch = "wasm32")]
fn mount(state: runtime::state::AppState) {
    use leptos::prelude::view;
    if let Some(root) = browser::app_root() {
        leptos::mount::mount_to(root, move || view! { <app::App state/> }).forget();
    }
}

/// Replaces the page with a message saying what happened and that stored data is safe.
#[cfg(target_arch = "wasm32")]
fn show_fatal_error() {
    let Some(body) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.body())
    else {
        return;
    };
    body.set_inner_html(
        "<main class=\"page fatal\" role=\"alert\"><h1>Candor stopped unexpectedly</h1>\
         <p>Your saved data has not been changed. Reload the page to carry on; anything typed \
         in the last second may need typing again.</p></main>",
    );
}
