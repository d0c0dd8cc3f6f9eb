//! Code that arrives when it is needed. The first visit downloads only the shell (header,
//! navigation, banners, router and the empty Today); each group of screens, and the engine
//! that reads, changes and writes the stored document, is a separate wasm chunk fetched the
//! first time it is used.
//!
//! The release build turns on the `split` feature, and `scripts/build-release.mjs` cuts the
//! module at the points `on_demand!` marks. Without the feature (`trunk serve`, the browser
//! tests) the same functions run at once, so every build behaves the same way.

use crate::domain::route::Route;
use leptos::prelude::*;
use std::cell::RefCell;
use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;

/// A chunk could not be fetched: the device is offline and has not kept it yet, or a new
/// version of the app was deployed and the old chunk is gone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChunkError;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for ChunkError {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkError
    }
}

/// Declares `async fn NAME() -> Result<T, ChunkError>` whose body (and everything only it
/// reaches) goes into the wasm chunk `CHUNK` in the release build. Functions naming the same
/// chunk share it.
macro_rules! on_demand {
    ($(#[$meta:meta])* $vis:vis fn $name:ident() -> $ret:ty, in $chunk:ident, $body:block) => {
        $(#[$meta])*
        #[cfg(feature = "split")]
        #[::leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
        $vis fn $name() -> Result<$ret, $crate::on_demand::ChunkError> {
            Ok($body)
        }
        $(#[$meta])*
        #[cfg(not(feature = "split"))]
        $vis async fn $name() -> Result<$ret, $crate::on_demand::ChunkError> {
            Ok($body)
        }
    };
}
pub(crate) use on_demand;

/// Draws the screens of one group for a route.
pub type Screen = fn(Route) -> AnyView;

/// A boxed load of a group of screens.
pub type LoadScreen = fn() -> Pin<Box<dyn Future<Output = Result<Screen, ChunkError>>>>;

/// A group of screens that arrives in its own chunk.
#[derive(Clone, Copy)]
pub struct ScreenGroup {
    /// A name to remember the loaded group by.
    pub name: &'static str,
    /// Fetches the chunk and hands back the group's drawing function.
    pub load: LoadScreen,
    /// Whether its screens change anything: then the engine's writer comes first; else it
    /// follows in the background.
    pub writes: bool,
}

thread_local! {
    /// The groups loaded so far: drawn at once from then on, with no loading state.
    static LOADED: RefCell<HashMap<&'static str, Screen>> = RefCell::new(HashMap::new());
}

impl ScreenGroup {
    fn loaded(self) -> Option<Screen> {
        LOADED.with(|loaded| loaded.borrow().get(self.name).copied())
    }

    /// Loads the group, after the engine: every screen reads the stored document.
    async fn fetch(self, state: crate::state::AppState) -> Result<Screen, ChunkError> {
        if self.writes {
            state.writable().await?;
        } else {
            state.ready().await?;
        }
        let screen = (self.load)().await?;
        if !self.writes {
            // A little after the screen is drawn, so that it never competes with what the
            // screen needs; if it cannot come then, a tap asks again (`AppState::apply`).
            set_timeout(
                move || {
                    leptos::task::spawn_local(async move {
                        let _ = state.writable().await;
                    })
                },
                WRITER_AFTER,
            );
        }
        LOADED.with(|loaded| loaded.borrow_mut().insert(self.name, screen));
        Ok(screen)
    }
}

/// How long after a screen that only reads is drawn the writer is fetched.
const WRITER_AFTER: std::time::Duration = std::time::Duration::from_secs(2);

/// Whether the chunk is being fetched, arrived, or could not be had.
#[derive(Clone, Copy)]
enum Arrival {
    Loading,
    Failed,
    Here(Screen),
}

/// A screen whose code arrives on demand. While it loads, the screen's heading (when given)
/// and a loading line; if it cannot load, a sentence saying why and a way out. Once loaded,
/// focus and the page title follow the real screen.
#[component]
pub fn OnDemand(
    /// The group that draws this screen.
    group: ScreenGroup,
    /// The screen to draw.
    route: Route,
    /// The heading shown while loading, when the screen has not drawn its own already.
    #[prop(optional)]
    heading: Option<&'static str>,
) -> impl IntoView {
    let arrival = RwSignal::new(match group.loaded() {
        Some(screen) => Arrival::Here(screen),
        None => Arrival::Loading,
    });
    let state = crate::state::use_app_state();
    let fetch = move || {
        arrival.set(Arrival::Loading);
        leptos::task::spawn_local(async move {
            let outcome = group.fetch(state).await;
            // The candidate may have gone to another screen meanwhile.
            let Some(()) = arrival.try_with_untracked(|_| ()) else {
                return;
            };
            let had_focus = crate::browser::heading_has_focus();
            arrival.set(match outcome {
                Ok(screen) => Arrival::Here(screen),
                Err(ChunkError) => {
                    // A chunk gone from the server usually means a new version was deployed:
                    // look for it, so that the offer to switch appears.
                    crate::components::update_banner::look_for_update();
                    Arrival::Failed
                }
            });
            request_animation_frame(move || crate::browser::announce_screen(had_focus));
        });
    };
    if matches!(arrival.get_untracked(), Arrival::Loading) {
        fetch();
    }
    let update_ready = crate::components::update_banner::update_waiting();

    move || {
        match arrival.get() {
        Arrival::Here(screen) => screen(route.clone()),
        Arrival::Loading => view! {
            {heading.map(|heading| view! { <h1 tabindex="-1">{heading}</h1> })}
            <p class="loading" role="status">"Loading…"</p>
        }
        .into_any(),
        Arrival::Failed => view! {
            {heading.map(|heading| view! { <h1 tabindex="-1">{heading}</h1> })}
            <section class="card chunk-error" role="alert">
                <h2>"This part of Candor could not be loaded"</h2>
                {move || if update_ready.get() {
                    view! {
                        <p>"A new version of Candor is ready and this screen belongs to it. Your data is saved; switch to carry on."</p>
                        <button type="button" class="button" on:click=move |_| crate::components::update_banner::apply_update()>
                            "Switch to the new version"
                        </button>
                    }.into_any()
                } else {
                    view! {
                        <p>"It has not been kept on this device yet, and the connection seems to be down. Your data is safe. Try again once you are online."</p>
                        <button type="button" class="button" on:click=move |_| fetch()>"Try again"</button>
                    }.into_any()
                }}
            </section>
        }
        .into_any(),
    }
    }
}
