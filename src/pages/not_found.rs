//! The screen for an address the app does not know.

use crate::domain::route::Route;
use leptos::prelude::*;

/// Shown for unknown routes.
#[component]
pub fn NotFoundPage(
    /// The part of the address that was asked for.
    asked: String,
) -> impl IntoView {
    view! {
        <h1 tabindex="-1">"Page not found"</h1>
        <section class="card">
            <p>"There is no page at " <code>{format!("#/{asked}")}</code> "."</p>
            <p>"The link may be mistyped or from a newer version of Candor."</p>
            <a class="button" href=Route::Today.to_fragment()>"Go to Today"</a>
        </section>
    }
}
