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

/// Starts the app: replaces the loading shell with the live app, and makes sure that an
/// unexpected error shows a message instead of a frozen page.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        show_fatal_error();
    }));
    // Let the static shell paint at least once (two animation frames), so that on a fast
    // load the candidate still sees the introduction rather than a flash; then replace it.
    leptos::prelude::request_animation_frame(|| {
        leptos::prelude::request_animation_frame(|| {
            if let Some(shell) = web_sys::window()
                .and_then(|window| window.document())
                .and_then(|document| document.get_element_by_id("boot"))
            {
                shell.remove();
            }
            leptos::mount::mount_to_body(app::App);
            browser::say_started();
        })
    });
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
