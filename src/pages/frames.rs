//! The frames that several screens share: a screen of one opportunity (`IfOpportunity`,
//! with `BackTo` its breadcrumb), a screen of one round (`RoundFrame`, with `round_edit`),
//! a playbook's items and coach's note, what a link that cannot be opened shows, and a part of
//! a screen drawn a task later (`DrawnNext`). Screens import these, never each other.

use crate::browser;
use crate::components::in_safari::InSafariTab;
use crate::domain::id::Id;
use crate::domain::link::LinkError;
use crate::domain::msg::Msg;
use crate::domain::playbook::{Moment, Phase, Playbook, PlaybookId};
use crate::domain::round::RoundChange;
use crate::domain::route::Route;
use crate::runtime::state::{use_app_state, AppState};
use leptos::prelude::*;

/// Shows `children` while the opportunity exists, else says it is not in this browser.
#[component]
pub fn IfOpportunity(
    /// The opportunity that must exist.
    id: Id,
    /// What to show while it does.
    children: ChildrenFn,
) -> impl IntoView {
    let state = use_app_state();
    let exists = state.select(&id, |_| true);
    // The page is named after the screen's heading when the screen opens; when the record
    // arrives later (from another tab) or is renamed, the name follows, focus stays put.
    let title = state.select(&id, |o| o.title().to_owned());
    Effect::new(move |previous: Option<()>| {
        exists.track();
        title.track();
        if previous.is_some() {
            request_animation_frame(|| browser::announce_screen(false));
        }
    });
    move || {
        if exists.get() {
            children().into_any()
        } else {
            view! {
                <h1 tabindex="-1">"Opportunity not found"</h1>
                <section class="card">
                    <p>
                        "This opportunity is not in this browser. It may have been saved on \
                         another device or in another browser, which Candor cannot reach."
                    </p>
                    <a class="button" href=Route::opportunities().to_fragment()>
                        "See your opportunities"
                    </a>
                </section>
                <InSafariTab route=state.route.get_untracked()/>
            }
            .into_any()
        }
    }
}

/// The breadcrumb back to an opportunity, for its sub-screens.
#[component]
pub fn BackTo(
    /// The opportunity.
    id: Id,
) -> impl IntoView {
    let state = use_app_state();
    let title = state.select(&id, |o| o.title().to_owned());
    view! {
        <p class="breadcrumb">
            <a href=Route::Opportunity(id.clone()).to_fragment()>"← " {move || title.get()}</a>
        </p>
    }
}

/// The frame of a round's screens: back link, heading, and `children` while the round exists.
#[component]
pub fn RoundFrame(
    /// The opportunity.
    id: Id,
    /// The round.
    round: Id,
    /// Which of the round's moments the screen is about.
    moment: Moment,
    /// The screen's content.
    children: ChildrenFn,
) -> impl IntoView {
    let state = use_app_state();
    let number = {
        let round = round.clone();
        state.select(&id, move |o| {
            o.rounds.iter().position(|r| r.id == round).map(|n| n + 1)
        })
    };
    let children = StoredValue::new(children);
    let tabs = [Moment::Interview, Moment::Debrief, Moment::ThankYou].map(|tab| {
        let route = match tab {
            Moment::Debrief => Route::Debrief(id.clone(), round.clone()),
            Moment::ThankYou => Route::ThankYou(id.clone(), round.clone()),
            _ => Route::Round(id.clone(), round.clone()),
        };
        (tab, route.to_fragment())
    });
    let tabs = StoredValue::new(tabs);
    view! {
        <IfOpportunity id=id.clone()>
            <BackTo id=id.clone()/>
            {move || match number.get() {
                Some(n) => view! {
                    <h1 tabindex="-1">{format!("Round {n}: {}", moment.label())}</h1>
                    <nav class="filters" aria-label="This round">
                        <ul>
                            {tabs.get_value().map(|(tab, href)| view! {
                                <li><a href=href aria-current=(tab == moment).then_some("page")>{tab.label()}</a></li>
                            })}
                        </ul>
                    </nav>
                    {children.with_value(|children| children())}
                }
                .into_any(),
                None => view! {
                    <h1 tabindex="-1">"Round not found"</h1>
                    <p class="card">"This round is not part of the opportunity any more."</p>
                }
                .into_any(),
            }}
        </IfOpportunity>
    }
}

/// A callback that applies one change to the round.
pub fn round_edit<T: 'static>(
    state: AppState,
    id: &Id,
    round: &Id,
    change: impl Fn(T) -> RoundChange + Send + Sync + 'static,
) -> Callback<T> {
    let (id, round) = (id.clone(), round.clone());
    Callback::new(move |value: T| {
        state.apply(Msg::EditRound {
            id: id.clone(),
            round: round.clone(),
            change: change(value),
        });
    })
}

/// The four moments, in order.
pub const MOMENTS: [Moment; 4] = [
    Moment::Call,
    Moment::Interview,
    Moment::Debrief,
    Moment::ThankYou,
];

/// Makes an editable copy of a playbook and opens it.
pub fn copy_and_open(from: &PlaybookId) {
    let state = use_app_state();
    let id = PlaybookId::from(browser::random_id());
    if state
        .dispatch(Msg::CopyPlaybook {
            from: from.clone(),
            id: id.clone(),
        })
        .is_ok()
    {
        browser::go_to(&Route::EditPlaybook(id).to_fragment());
    }
}

/// Every item of a playbook, by moment and phase, read-only.
#[component]
pub fn PlaybookItems(playbook: Playbook) -> impl IntoView {
    MOMENTS.map(|moment| {
        view! {
            <section class="card">
                <h2>{moment.label()}</h2>
                {[Phase::Before, Phase::During, Phase::After].map(|phase| {
                    let items: Vec<_> = playbook.items_for(moment).filter(|i| i.phase == phase).cloned().collect();
                    (!items.is_empty()).then(|| view! {
                        <h3 class="checklist__phase">{phase.label()}</h3>
                        <ul class="playbook-items">
                            {items.into_iter().map(|item| view! {
                                <li>
                                    <span class="check__text">{item.text}</span>
                                    <span class="check__why">{item.why}</span>
                                    {item.due.map(|rule| view! { <span class="playbook-items__rule">{rule.describe()}</span> })}
                                </li>
                            }).collect_view()}
                        </ul>
                    })
                })}
                {(playbook.items_for(moment).next().is_none()).then(|| view! { <p class="empty-note">"No items for this moment."</p> })}
            </section>
        }
    })
}

/// A coach's note, if the playbook has one.
#[component]
pub fn CoachNoteView(playbook: Playbook) -> impl IntoView {
    (!playbook.coach.is_empty()).then(|| {
        let name = playbook.coach.name.trim().to_owned();
        view! {
            <figure class="coach-note">
                <blockquote>{playbook.coach.message}</blockquote>
                <figcaption>{if name.is_empty() { "From your coach".to_owned() } else { format!("From {name}, your coach") }}</figcaption>
            </figure>
        }
    })
}

/// What a link that could not be opened shows: why, and that nothing changed.
#[component]
pub fn LinkRefused(error: LinkError) -> impl IntoView {
    let state = use_app_state();
    view! {
        <h1 tabindex="-1">"This link can't be opened"</h1>
        <section class="card" role="alert">
            <p>{error.to_string()}</p>
            <p>"Nothing was saved or changed in your data."</p>
            <button type="button" class="button" on:click=move |_| state.replace_route(Route::Today)>"Go to Today"</button>
        </section>
    }
}

/// "Show 50 more (120 not shown)" under a list drawn a page at a time, while any are left.
#[component]
pub fn ShowMore(
    /// How many the list holds in all.
    #[prop(into)]
    total: Signal<usize>,
    /// How many it draws.
    limit: RwSignal<usize>,
    /// How many more each tap draws.
    page: usize,
) -> impl IntoView {
    move || {
        let left = total.get().saturating_sub(limit.get());
        (left > 0).then(|| {
            let next = page.min(left);
            view! {
                <button
                    type="button"
                    class="button button--quiet"
                    on:click=move |_| limit.update(|n| *n += next)
                >
                    {format!("Show {next} more ({left} not shown)")}
                </button>
            }
        })
    }
}

/// What a search that found nothing says, with a way to clear it (focus goes back to the
/// search field).
#[component]
pub fn NoMatch(said: String, clear: Callback<String>, field: &'static str) -> impl IntoView {
    view! {
        <div class="empty-note">
            <p>{said}</p>
            <button type="button" class="button button--quiet" on:click=move |_| {
                clear.run(String::new());
                crate::browser::focus(field);
            }>"Clear the search"</button>
        </div>
    }
}

/// Draws `children` a task after the rest of the screen, so that a screen's first drawing
/// is two short tasks rather than one long one: the browser can paint its top and take a
/// tap in between (what is drawn later sits below, so nothing above it moves).
#[component]
pub fn DrawnNext(children: ChildrenFn) -> impl IntoView {
    let drawn = RwSignal::new(false);
    set_timeout(
        move || {
            let _ = drawn.try_set(true);
        },
        std::time::Duration::ZERO,
    );
    move || drawn.get().then(|| children())
}
