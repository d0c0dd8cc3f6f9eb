//! A screen whose code arrives on demand (`runtime::screens`): while it loads, its heading
//! and a loading line; if it cannot load, a sentence saying why and a way out.

use crate::domain::route::Route;
use crate::runtime::chunks::ChunkError;
use crate::runtime::screens::{Screen, ScreenGroup};
use leptos::prelude::*;

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
    let state = crate::runtime::state::use_app_state();
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
