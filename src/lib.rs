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
/// The page fetches the app once the shell has painted, and starting is cut into short tasks
/// (`app::start`), so that a tap on the shell is answered at once even on a slow phone.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        show_fatal_error();
    }));
    app::start();
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
