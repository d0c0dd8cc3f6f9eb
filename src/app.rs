//! The root component: loads the state, keeps the route in step with the address bar, and
//! lays out the header, the storage banner and the current screen.

use crate::browser;
use crate::components::nav::NavBar;
use crate::components::storage_banner::{ConflictNotice, StorageBanner};
use crate::components::update_banner::UpdateBanner;
use crate::domain::route::Route;
use crate::pages::screen;
use crate::runtime::engine::ENGINE;
use crate::runtime::state::AppState;
use leptos::ev;
use leptos::prelude::*;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::load(ENGINE);
    provide_context(state);
    state.saving.save_changes();
    state.saving.follow_other_tabs();
    state.tick();

    let route = state.route;
    let listener = window_event_listener(ev::hashchange, move |_| {
        route.set(Route::parse(&browser::current_fragment()));
    });
    on_cleanup(move || listener.remove());

    // The screen to show. The lists' filters and searches are left out so that changing
    // them does not rebuild the screen (and lose what is being typed, or the focus).
    let shown = Memo::new(move |_| match route.get() {
        Route::Opportunities(..) => Route::opportunities(),
        Route::Recruiters(_) => Route::Recruiters(String::new()),
        other => other,
    });

    // Name the page after the screen; after an in-app navigation, also move focus to its
    // heading so screen readers and keyboard users know where they are. This waits a frame
    // for the new screen to be in the page.
    Effect::new(move |previous: Option<()>| {
        shown.track();
        let navigated = previous.is_some();
        request_animation_frame(move || browser::announce_screen(navigated));
    });

    view! {
        <a class="skip-link" href="#main" on:click=move |ev| {
            ev.prevent_default();
            browser::announce_screen(true);
        }>"Skip to content"</a>
        <header class="app-header">
            <div class="app-header__inner">
                <a class="brand" href=Route::Today.to_fragment()>
                    <span class="brand__mark" aria-hidden="true">"C"</span>
                    "Candor"
                </a>
                <NavBar/>
            </div>
        </header>
        <UpdateBanner/>
        <StorageBanner/>
        <ConflictNotice/>
        <main id="main" class="page">
            {move || screen(shown.get())}
        </main>
    }
}
