//! The app's start and its root component: loads the state, keeps the route in step with the
//! address bar, and lays out the header, the banners and the current screen, built in short
//! tasks behind the page's static shell, which it then replaces.

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
use std::time::Duration;

/// Starts the app in short tasks after this one (which instantiated the module): reads what
/// was stored, then mounts the app in its place behind the shell, where it builds itself in
/// more (see `App`).
pub fn start() {
    set_timeout(
        || {
            let state = AppState::load(ENGINE);
            set_timeout(
                move || {
                    if let Some(root) = browser::app_root() {
                        leptos::mount::mount_to(root, move || view! { <App state/> }).forget();
                    }
                },
                Duration::ZERO,
            );
        },
        Duration::ZERO,
    );
}

/// The whole app.
#[component]
pub fn App(
    /// What was stored, and the route (read a task before the app is mounted: see `start`).
    state: AppState,
) -> impl IntoView {
    provide_context(state);

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

    // The app is built behind the static shell in short tasks, each short enough for a tap
    // on the shell to be answered at once (on a first visit most of a task's time is the
    // browser compiling the code it runs for the first time): saving and the clock, then the
    // header, the banners and the screen.
    let drawn = RwSignal::new(Built::Nothing);
    let owner = Owner::current();
    leptos::task::spawn_local(async move {
        browser::next_task().await;
        let start = || {
            state.saving.save_changes();
            state.saving.follow_other_tabs();
            state.tick();
        };
        match &owner {
            Some(owner) => owner.with(start),
            None => start(),
        }
        for next in [Built::Header, Built::Banners, Built::Screen] {
            browser::next_task().await;
            drawn.set(next);
        }
        // What was stored is read (with data, the shell says the plan is loading until then;
        // a failure shows on the screen). Then, before the next paint, the app takes the
        // shell's place.
        let _ = state.ready().await;
        request_animation_frame(browser::replace_shell);
    });
    view! {
        {built_at(drawn, Built::Header, header)}
        {built_at(drawn, Built::Banners, banners)}
        <main id="main" class="page">
            {move || (drawn.get() >= Built::Screen).then(|| screen(shown.get()))}
        </main>
    }
}

/// A part of the app, drawn once the start has reached `part`.
fn built_at(drawn: RwSignal<Built>, part: Built, draw: fn() -> AnyView) -> impl IntoView {
    move || (drawn.get() >= part).then(draw)
}

/// The skip link and the header: the name, and the navigation.
fn header() -> AnyView {
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
    }
    .into_any()
}

/// What the whole app may have to say: a new version, storage, edits made elsewhere.
fn banners() -> AnyView {
    view! {
        <UpdateBanner/>
        <StorageBanner/>
        <ConflictNotice/>
    }
    .into_any()
}

/// How much of the app is built, in the order it is built at start.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Built {
    Nothing,
    Header,
    Banners,
    Screen,
}
