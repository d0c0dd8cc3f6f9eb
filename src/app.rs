//! The root component: loads the state, keeps the route in step with the address bar, and
//! lays out the header, the storage banner and the current screen.

use crate::browser;
use crate::components::nav::NavBar;
use crate::components::storage_banner::{ConflictNotice, StorageBanner};
use crate::components::update_banner::UpdateBanner;
use crate::domain::opportunity::StatusFilter;
use crate::domain::route::Route;
use crate::domain::share::{link_kind, LinkKind};
use crate::pages::{
    call_card::CallCardPage, composer::ComposerPage, data::DataPage, debrief::DebriefPage,
    import::ImportPage, not_found::NotFoundPage, opportunities::OpportunitiesPage,
    opportunity::OpportunityPage, playbook::PlaybookPage, playbook_editor::PlaybookEditorPage,
    round::RoundPage, settings::SettingsPage, share_opportunity::ShareOpportunityPage,
    share_playbook::SharePlaybookPage, snapshot::SnapshotPage, thank_you::ThankYouPage,
    today::TodayPage,
};
use crate::state::AppState;
use leptos::ev;
use leptos::prelude::*;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::load();
    provide_context(state);
    state.save_changes();
    state.follow_other_tabs();
    state.tick();

    let route = state.route;
    let listener = window_event_listener(ev::hashchange, move |_| {
        route.set(Route::parse(&browser::current_fragment()));
    });
    on_cleanup(move || listener.remove());

    // The screen to show. The list's filter is left out so that changing it does not rebuild
    // the screen (and lose what is being typed in the quick-add form).
    let screen = Memo::new(move |_| match route.get() {
        Route::Opportunities(_) => Route::Opportunities(StatusFilter::All),
        other => other,
    });

    // Name the page after the screen; after an in-app navigation, also move focus to its
    // heading so screen readers and keyboard users know where they are. This waits a frame
    // for the new screen to be in the page.
    Effect::new(move |previous: Option<()>| {
        screen.track();
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
            {move || match screen.get() {
                Route::Today => view! { <TodayPage/> }.into_any(),
                Route::Opportunities(_) => view! { <OpportunitiesPage/> }.into_any(),
                Route::Opportunity(id) => view! { <OpportunityPage id/> }.into_any(),
                Route::Call(id) => view! { <CallCardPage id/> }.into_any(),
                Route::Round(id, round) => view! { <RoundPage id round/> }.into_any(),
                Route::Debrief(id, round) => view! { <DebriefPage id round/> }.into_any(),
                Route::ThankYou(id, round) => view! { <ThankYouPage id round/> }.into_any(),
                Route::Compose(id, round, interviewer) => {
                    view! { <ComposerPage id round interviewer/> }.into_any()
                }
                Route::Settings => view! { <SettingsPage/> }.into_any(),
                Route::Playbook => view! { <PlaybookPage/> }.into_any(),
                Route::EditPlaybook(id) => view! { <PlaybookEditorPage id/> }.into_any(),
                Route::SharePlaybook(id) => view! { <SharePlaybookPage id/> }.into_any(),
                Route::ShareOpportunity(id) => view! { <ShareOpportunityPage id/> }.into_any(),
                // Whichever address a link came under, its prefix says what it holds.
                Route::Import(link) | Route::Snapshot(link) => match link_kind(&link) {
                    Some(LinkKind::Snapshot) => view! { <SnapshotPage link/> }.into_any(),
                    _ => view! { <ImportPage link/> }.into_any(),
                },
                Route::Data => view! { <DataPage/> }.into_any(),
                Route::NotFound(asked) => view! { <NotFoundPage asked/> }.into_any(),
            }}
        </main>
    }
}
