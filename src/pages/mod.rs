//! One routed screen per file. Every screen but Today's heading, its empty state and "page
//! not found" arrives on demand, in groups of screens used together (`group_of`); each group
//! is one chunk of the release build.

pub mod board;
pub mod call_card;
pub mod composer;
pub mod data;
pub mod debrief;
pub mod elsewhere;
pub mod frames;
pub mod import;
pub mod not_found;
pub mod open;
pub mod opportunities;
pub mod opportunity;
pub mod pitch;
pub mod playbook;
pub mod playbook_editor;
pub mod progress;
pub mod recruiters;
pub mod round;
pub mod share_opportunity;
pub mod share_playbook;
pub mod snapshot;
pub mod thank_you;
pub mod today;
pub mod transfer;
pub mod unlock;

use crate::components::on_demand::OnDemand;
use crate::domain::link::{link_kind, LinkKind};
use crate::domain::route::Route;
use crate::runtime::chunks::on_demand;
use crate::runtime::screens::{Screen, ScreenGroup};
use leptos::prelude::*;

/// Declares a group of screens: the function that draws its routes, and the chunk it comes
/// in (its own, or one it always comes with).
macro_rules! screen_group {
    ($group:ident, $fetch:ident, $draw:ident, $chunk:ident, $writes:literal) => {
        on_demand! {
            fn $fetch() -> Screen, in $chunk, { $draw as Screen }
        }
        const $group: ScreenGroup = ScreenGroup {
            name: stringify!($group),
            load: || Box::pin($fetch()),
            writes: $writes,
        };
    };
}

// Today's plan needs the engine's reader whenever it is shown: one chunk for both. It can be
// shown before the writer arrives (taps wait for it: `AppState::apply`).
screen_group!(TODAY, fetch_today, draw_today, engine, false);
// Screens used together share a chunk: fewer chunks means fewer requests on a slow network
// (the splitter makes one chunk per set of groups sharing code). The list, an opportunity
// with its moments, the composer, the pitch and what happens elsewhere are the candidate's
// everyday work; the
// playbooks and the links are what coaches and candidates share. The Data screen (backups,
// imports, storage) is mostly the code that saves, so it comes with the engine's writer.
screen_group!(LIST, fetch_list, draw_list, work, true);
screen_group!(MOMENTS, fetch_moments, draw_moments, work, true);
screen_group!(COMPOSER, fetch_composer, draw_composer, work, true);
screen_group!(PITCH, fetch_pitch, draw_pitch, work, true);
screen_group!(ELSEWHERE, fetch_elsewhere, draw_elsewhere, work, true);
screen_group!(PLAYBOOKS, fetch_playbooks, draw_playbooks, sharing, true);
screen_group!(LINKS, fetch_links, draw_links, sharing, true);
// A playbook or snapshot link is first a preview, drawn without waiting for the engine's
// writer (keeping it waits: `AppState::dispatch_soon`): a fresh phone opening a coach's or a
// candidate's link needs only the reader and the link's screens.
screen_group!(PREVIEW, fetch_preview, draw_preview, sharing, false);
screen_group!(DATA, fetch_data, draw_data, writer, true);
// Progress comes with the candidate's everyday screens, but needs no writer to show. (As a
// chunk of its own it cut the build into many more files: `docs/size.md`.) The coach board
// is one of the links' screens: it is filled from them.
screen_group!(PROGRESS, fetch_progress, draw_progress, work, false);

/// What Today shows below its heading when there is something to plan.
fn draw_today(_: Route) -> AnyView {
    view! { <today::TodayPlan/> }.into_any()
}

fn draw_list(route: Route) -> AnyView {
    match route {
        Route::Recruiters(_) => view! { <recruiters::RecruitersPage/> }.into_any(),
        Route::Recruiter(key) => view! { <recruiters::RecruiterPage key/> }.into_any(),
        _ => view! { <opportunities::OpportunitiesPage/> }.into_any(),
    }
}

fn draw_moments(route: Route) -> AnyView {
    match route {
        Route::Opportunity(id) => view! { <opportunity::OpportunityPage id/> }.into_any(),
        Route::Call(id) => view! { <call_card::CallCardPage id/> }.into_any(),
        Route::Round(id, round) => view! { <round::RoundPage id round/> }.into_any(),
        Route::Debrief(id, round) => view! { <debrief::DebriefPage id round/> }.into_any(),
        Route::ThankYou(id, round) => view! { <thank_you::ThankYouPage id round/> }.into_any(),
        other => not_here(other),
    }
}

fn draw_composer(route: Route) -> AnyView {
    match route {
        Route::Compose(id, round, interviewer) => {
            view! { <composer::ComposerPage id round interviewer/> }.into_any()
        }
        other => not_here(other),
    }
}

fn draw_pitch(_: Route) -> AnyView {
    view! { <pitch::PitchPage/> }.into_any()
}

fn draw_elsewhere(_: Route) -> AnyView {
    view! { <elsewhere::ElsewherePage/> }.into_any()
}

fn draw_playbooks(route: Route) -> AnyView {
    // Changes to playbooks are handled by code that comes with these screens.
    crate::runtime::state::keep_playbook_changes(crate::domain::apply::playbooks::apply_msg);
    match route {
        Route::Playbook => view! { <playbook::PlaybookPage/> }.into_any(),
        Route::EditPlaybook(id) => view! { <playbook_editor::PlaybookEditorPage id/> }.into_any(),
        Route::SharePlaybook(id) => view! { <share_playbook::SharePlaybookPage id/> }.into_any(),
        other => not_here(other),
    }
}

fn draw_links(route: Route) -> AnyView {
    crate::runtime::state::keep_playbook_changes(crate::domain::apply::playbooks::apply_msg);
    match route {
        Route::ShareOpportunity(id) => {
            view! { <share_opportunity::ShareOpportunityPage id/> }.into_any()
        }
        Route::Board => view! { <board::BoardPage/> }.into_any(),
        Route::Import(link) | Route::Snapshot(link) => match link_kind(&link) {
            Some(LinkKind::Locked) => {
                view! { <unlock::UnlockPage link open=draw_link/> }.into_any()
            }
            _ => draw_link(link),
        },
        other => not_here(other),
    }
}

fn draw_preview(route: Route) -> AnyView {
    crate::runtime::state::keep_playbook_changes(crate::domain::apply::playbooks::apply_msg);
    match route {
        Route::Import(link) | Route::Snapshot(link) => draw_link(link),
        other => not_here(other),
    }
}

/// Whichever address a link came under, its prefix says what it holds.
fn draw_link(link: String) -> AnyView {
    match link_kind(&link) {
        Some(LinkKind::Snapshot) => view! { <snapshot::SnapshotPage link/> }.into_any(),
        Some(LinkKind::Transfer) => view! { <transfer::TransferPage link/> }.into_any(),
        _ => view! { <import::ImportPage link/> }.into_any(),
    }
}

fn draw_progress(_: Route) -> AnyView {
    view! { <progress::ProgressPage/> }.into_any()
}

fn draw_data(route: Route) -> AnyView {
    match route {
        Route::Open => view! { <open::OpenPage/> }.into_any(),
        _ => view! { <data::DataPage/> }.into_any(),
    }
}

/// A route handed to the wrong group: cannot happen, but shows "not found" rather than
/// nothing.
fn not_here(route: Route) -> AnyView {
    let asked = route.to_fragment();
    let asked = asked.trim_start_matches("#/").to_owned();
    view! { <not_found::NotFoundPage asked/> }.into_any()
}

/// The group that draws a route, and the heading to show while it loads; `None` for the
/// screens of the shell.
fn group_of(route: &Route) -> Option<(ScreenGroup, &'static str)> {
    Some(match route {
        Route::Today | Route::NotFound(_) => return None,
        Route::Opportunities(..) => (LIST, "Opportunities"),
        Route::Recruiters(_) => (LIST, "Recruiters"),
        Route::Recruiter(_) => (LIST, "Recruiter"),
        Route::Opportunity(_) => (MOMENTS, "Opportunity"),
        Route::Call(_) => (MOMENTS, "Call card"),
        Route::Round(..) | Route::Debrief(..) | Route::ThankYou(..) => (MOMENTS, "Round"),
        Route::Compose(..) => (COMPOSER, "Write a note"),
        Route::Settings => (PITCH, "Your pitch"),
        Route::Playbook => (PLAYBOOKS, "Playbooks"),
        Route::EditPlaybook(_) => (PLAYBOOKS, "Playbook"),
        Route::SharePlaybook(_) => (PLAYBOOKS, "Share a playbook"),
        Route::ShareOpportunity(_) => (LINKS, "Share with your coach"),
        Route::Import(link) | Route::Snapshot(link) => match link_kind(link) {
            // Locked links and transfers change data once opened: the writer comes first.
            Some(LinkKind::Locked | LinkKind::Transfer) => (LINKS, "Opening the link"),
            _ => (PREVIEW, "Opening the link"),
        },
        Route::Data => (DATA, "Data"),
        Route::Open => (DATA, "Open a link or a file"),
        Route::Elsewhere => (ELSEWHERE, "Interviews and offers elsewhere"),
        Route::Board => (LINKS, "Coach board"),
        Route::Progress => (PROGRESS, "Progress"),
    })
}

/// The screen for a route.
pub fn screen(route: Route) -> AnyView {
    match (group_of(&route), route) {
        (Some((group, heading)), route) => view! { <OnDemand group route heading/> }.into_any(),
        (None, Route::NotFound(asked)) => view! { <not_found::NotFoundPage asked/> }.into_any(),
        (None, _) => view! { <today::TodayPage plan=today_plan/> }.into_any(),
    }
}

/// Today's plan, arriving on demand below the heading the shell draws.
fn today_plan() -> AnyView {
    view! { <OnDemand group=TODAY route=Route::Today/> }.into_any()
}
