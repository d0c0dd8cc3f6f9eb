//! Today: what is due now and next across all opportunities, most urgent first (a screenful,
//! then the rest folded away, then what has been open a long time), the searches gone quiet
//! with one tap to close each, what to hold off on, the interviews coming up, and a way to log
//! an interview or offer elsewhere. The empty state tells a new user where to start.
//! The heading and the empty state are part of the shell; the plan arrives on demand.

use crate::browser::{self, local_time, BrowserZone};
use crate::components::action_card::ActionCard;
use crate::components::save_file::SaveProblem;
use crate::domain::copies::{suggest_a_copy, CopyState};
use crate::domain::due::Action;
use crate::domain::id::Id;
use crate::domain::msg::Msg;
use crate::domain::opportunity::{CloseReason, Status, StatusFilter};
use crate::domain::recruiters::{hellos_due, HELLO_WHY};
use crate::domain::route::Route;
use crate::domain::time_text::relative;
use crate::domain::today::{plan_today, time_quiet, Quiet, TodayPlan};
use crate::runtime::chunks::{on_demand, ChunkError};
use crate::runtime::files::{offer_backup, SaveOutcome};
use crate::runtime::state::{use_app_state, AppState};
use crate::storage;
use leptos::prelude::*;

/// The Today screen: its heading, then the empty state or the plan.
#[component]
pub fn TodayPage(
    /// Draws the plan below the heading once there is something to plan (it arrives on
    /// demand: `pages::screen` hands it in).
    plan: fn() -> AnyView,
) -> impl IntoView {
    let state = use_app_state();
    let empty = Memo::new(move |_| {
        state.is_ready.get() && state.model.with(|m| m.count(StatusFilter::All) == 0)
    });
    let add_link = Route::opportunities().to_fragment();
    view! {
        <h1 tabindex="-1">"Today"</h1>
        // The static shell (index.html) paints this heading, this lead and the empty state
        // word for word, so the app's arrival changes nothing in place. The lead is the
        // largest text on the screen (see .lead): nothing drawn later paints larger.
        <p class="lead">
            "What to do next with each recruiter, most urgent first, with why it matters and by \
             when. Everything you write down stays on this device unless you choose to share it."
        </p>
        {move || if empty.get() {
            view! {
                <section class="card empty-state">
                    <h2>"Start with the job a recruiter told you about"</h2>
                    <p>
                        "Add the opportunity with the company and the recruiter's name. Then log their \
                         call, voicemail or e-mail: Candor tells you what to do next, why, and by when."
                    </p>
                    <a class="button" href=add_link.clone()>"Add an opportunity"</a>
                    <p class="field__hint">
                        "Already using Candor on another device? " <a href=Route::Open.to_fragment()>"Open a transfer or a backup"</a> "."
                    </p>
                    <p class="field__hint">
                        "Tip: write " <a href=Route::Settings.to_fragment()>"your pitch"</a> " once; it shows on every call card."
                    </p>
                </section>
            }.into_any()
        } else {
            plan()
        }}
    }
}

/// What is due now: a screenful of actions, most urgent first. The rest of Today (what more
/// is due, searches gone quiet, what has been open a long time, what to hold off on, the
/// interviews coming up) comes with the engine's writer, fetched once the first screenful is
/// painted: it is below the fold, and the first screenful does not wait for it.
#[component]
pub fn TodayPlan() -> impl IntoView {
    let state = use_app_state();
    let model = state.model;
    let followed = Memo::new(move |_| model.with(|m| m.count(StatusFilter::All)));
    let today = Memo::new(move |_| {
        let now = state.now.get();
        model.with(|m| plan_today(m, now, &BrowserZone))
    });
    let rest = RwSignal::new(None::<Result<DrawRest, ChunkError>>);
    // Once the first screenful is painted (the frame after next), so that it never waits.
    request_animation_frame(move || {
        request_animation_frame(move || {
            leptos::task::spawn_local(async move { rest.set(Some(fetch_today_rest().await)) });
        });
    });

    view! {
        {move || {
            if followed.get() == 0 {
                return None;
            }
            let (first, nothing_older) = today.with(|t| (t.first.clone(), t.older.is_empty()));
            let first = if first.is_empty() {
                let note = if nothing_older {
                    "Nothing is due. Log each contact with the recruiter and Candor keeps this list for you."
                } else {
                    "Nothing new is due. What has been open for a while is below."
                };
                view! { <p class="empty-note">{note}</p> }.into_any()
            } else {
                view! { <ActionList actions=first/> }.into_any()
            };
            Some(view! {
                <section aria-labelledby="due-title">
                    <h2 id="due-title">"Due now and next"</h2>
                    {first}
                </section>
            })
        }}
        {move || match rest.get() {
            Some(Ok(draw)) => Some(draw(today)),
            // Offline before the rest was kept: say what there is, and that it comes later.
            Some(Err(_)) => today.with(|t| {
                let open = t.more.len() + t.older.len() + t.quiet.len();
                (open > 0).then(|| view! {
                    <p class="empty-note">
                        {format!("{open} more open items show once the rest of Candor has loaded.")}
                    </p>
                }.into_any())
            }),
            None => None,
        }}
        {move || (followed.get() > 0).then(|| view! {
            <p class="quick-actions">
                <a class="button button--quiet" href=Route::Elsewhere.to_fragment()>"Log an interview or offer elsewhere"</a>
                <a class="button button--quiet" href=Route::Progress.to_fragment()>"See your progress"</a>
            </p>
        })}
    }
}

/// Draws the rest of Today from its plan.
type DrawRest = fn(Memo<TodayPlan>) -> AnyView;

on_demand! {
    /// Fetches the rest of Today (with the engine's writer).
    fn fetch_today_rest() -> DrawRest, in writer, {
        let draw: DrawRest = draw_rest;
        draw
    }
}

fn draw_rest(today: Memo<TodayPlan>) -> AnyView {
    view! { <TodayRest today/> }.into_any()
}

/// Below Today's first screenful: what more is due, the searches gone quiet, what has been
/// open a long time, what to hold off on, and the interviews coming up.
#[component]
fn TodayRest(today: Memo<TodayPlan>) -> impl IntoView {
    let state = use_app_state();
    let quiet = Memo::new(move |_| today.with(|t| t.quiet.clone()));
    let interviews = Memo::new(move |_| {
        let now = state.now.get();
        state.model.with(|m| m.upcoming_interviews(now))
    });
    // The last search closed as "no reply" from here, with its status before, to undo it.
    let closed = RwSignal::new(None::<(Id, String, Status)>);
    let (all_holds, all_interviews) = (RwSignal::new(false), RwSignal::new(false));

    view! {
        {move || {
            let TodayPlan { more, older, holds, .. } = today.get();
            let (more_count, older_count, hold_count) = (more.len(), older.len(), holds.len());
            view! {
                {(more_count > 0).then(|| view! {
                    <Collapsed summary=format!("{more_count} more due now and next")>
                        <ActionList actions=more.clone()/>
                    </Collapsed>
                })}
                <ClosedNotice closed/>
                <GoneQuiet quiet closed/>
                {(older_count > 0).then(|| view! {
                    <section aria-labelledby="older-title">
                        <h2 id="older-title" class="visually-hidden">"Older, still open"</h2>
                        <Collapsed summary=format!("Older, still open ({older_count})")>
                            <p class="field__hint">
                                "Overdue for more than a week, or from a search the recruiter has gone quiet on. \
                                 Mark what you have done, or close the searches that are over."
                            </p>
                            <ActionList actions=older.clone()/>
                        </Collapsed>
                    </section>
                })}
                <SaveACopy/>
                <Hellos/>
                {(!holds.is_empty()).then(|| view! {
                    <section class="card" aria-labelledby="hold-title">
                        <h2 id="hold-title">"Hold off"</h2>
                        <ul class="holds">
                            {holds.into_iter().take(if all_holds.get() { usize::MAX } else { FIRST }).map(|hold| view! {
                                <li>
                                    <strong>{title_of(state, &hold.opportunity)} ": "</strong>{hold.title}
                                    {hold.until.describe(local_time)}
                                    <span class="check__why">{hold.why}</span>
                                </li>
                            }).collect_view()}
                        </ul>
                        <ShowAll total=hold_count shown=all_holds/>
                    </section>
                })}
            }
        }}
        {move || {
            let list = interviews.get();
            let total = list.len();
            (total > 0).then(|| view! {
                <section class="card" aria-labelledby="coming-title">
                    <h2 id="coming-title">"Interviews coming up"</h2>
                    <ul>
                        {list.into_iter().take(if all_interviews.get() { usize::MAX } else { FIRST }).map(|coming| view! {
                            <li>
                                <a href=Route::Round(coming.opportunity, coming.round).to_fragment()>
                                    {format!("Round {} at {}", coming.number, coming.title)}
                                </a>
                                {format!(": {} ({})", local_time(coming.at), relative(state.now.get_untracked(), coming.at, "ago"))}
                            </li>
                        }).collect_view()}
                    </ul>
                    <ShowAll total shown=all_interviews/>
                </section>
            })
        }}
    }
}

/// A quiet card once changes have gone a week without a backup or transfer (3 days in a
/// Safari tab, where unused sites are cleared): one tap saves a backup, "Not now" puts it
/// away for a week (`domain::copies`).
#[component]
fn SaveACopy() -> impl IntoView {
    let state = use_app_state();
    let dismissed = RwSignal::new(storage::copy_suggestion_dismissed());
    let cleared_when_unused = browser::cleared_when_unused();
    let outcome: SaveOutcome = RwSignal::new(None);
    let shown = Memo::new(move |_| {
        state.copied.track();
        let copy = CopyState {
            copied_at: storage::last_copy().map(|(_, at)| at),
            dismissed_at: dismissed.get(),
            cleared_when_unused,
        };
        let now = state.now.get();
        state.model.with(|m| suggest_a_copy(m, copy, now))
    });
    let save_now = move |_| offer_backup(state, outcome, || ());
    let not_now = move |_| {
        let now = browser::now();
        storage::dismiss_copy_suggestion(now);
        dismissed.set(Some(now));
    };
    move || {
        shown.get().then(|| view! {
            <section class="card card--quiet" aria-labelledby="copy-title">
                <h2 id="copy-title">"Save a copy of your search"</h2>
                <p>
                    {if cleared_when_unused {
                        "What you changed in the past few days is only in this Safari tab, and Safari clears the data of sites not opened for 7 days. "
                    } else {
                        "What you changed this past week is only in this browser, and browsers can clear a site's data to free space. "
                    }}
                    "A backup file, or a transfer to your other device, keeps your notes for the next call."
                </p>
                <div class="button-grid">
                    <button type="button" class="button" on:click=save_now>"Save a backup"</button>
                    <button type="button" class="button button--quiet" on:click=not_now>"Not now"</button>
                </div>
                <p class="field__hint">
                    <a href=Route::Data.to_fragment()>"Lock it, or move it to another device"</a>
                </p>
                <SaveProblem outcome/>
            </section>
        })
    }
}

/// A quiet "get in touch" for each recruiter the candidate keeps in touch with whose hello is
/// due (never while an opportunity with them waits on their word: `domain::recruiters`).
#[component]
fn Hellos() -> impl IntoView {
    let state = use_app_state();
    let due = Memo::new(move |_| {
        let now = state.now.get();
        state.model.with(|m| hellos_due(m, now))
    });
    move || {
        let due = due.get();
        (!due.is_empty()).then(|| {
            view! {
                <section class="card card--quiet" aria-labelledby="hello-title">
                    <h2 id="hello-title">"Keep in touch"</h2>
                    <ul class="hellos">
                        {due.into_iter().map(|hello| view! {
                            <li>
                                <a href=Route::Recruiter(hello.key).to_fragment()>
                                    {format!("Get in touch with {}", hello.name)}
                                </a>
                            </li>
                        }).collect_view()}
                    </ul>
                    <p class="check__why">{HELLO_WHY}</p>
                </section>
            }
        })
    }
}

/// Says which search was just closed as "no reply", with a way to undo it.
#[component]
fn ClosedNotice(closed: RwSignal<Option<(Id, String, Status)>>) -> impl IntoView {
    let state = use_app_state();
    move || {
        closed.get().map(|(id, title, before)| view! {
            <p class="notice" role="status">
                {format!("{title} is closed as no reply. ")}
                <button id="undo-close" type="button" class="button button--quiet" on:click=move |_| {
                    state.apply(Msg::SetStatus { id: id.clone(), status: before });
                    closed.set(None);
                }>"Undo"</button>
            </p>
        })
    }
}

/// How many holds, interviews and quiet searches Today lists before "Show all".
const FIRST: usize = 5;

/// "Show all N", under a list cut at `FIRST`, until tapped.
#[component]
fn ShowAll(total: usize, shown: RwSignal<bool>) -> impl IntoView {
    move || {
        (!shown.get() && total > FIRST).then(|| view! {
            <button type="button" class="button button--quiet" on:click=move |_| shown.set(true)>
                {format!("Show all {total}")}
            </button>
        })
    }
}

/// The name of an opportunity, for a list that mixes several.
fn title_of(state: AppState, id: &Id) -> String {
    state.model.with_untracked(|m| {
        m.opportunity(id)
            .map(|o| o.title().to_owned())
            .unwrap_or_default()
    })
}

/// Cards for actions, a page at a time: a long list draws only its first cards until asked.
#[component]
fn ActionList(actions: Vec<Action>) -> impl IntoView {
    const PAGE: usize = 20;
    let state = use_app_state();
    let total = actions.len();
    let shown = RwSignal::new(PAGE.min(total));
    let actions = StoredValue::new(actions);
    view! {
        <ul class="actions">
            {move || actions.with_value(|all| {
                all.iter().take(shown.get()).cloned().map(|action| {
                    let context = title_of(state, &action.opportunity);
                    view! { <ActionCard action context/> }
                }).collect_view()
            })}
        </ul>
        {move || (shown.get() < total).then(|| {
            let next = PAGE.min(total - shown.get());
            view! {
                <button type="button" class="button button--quiet" on:click=move |_| shown.update(|n| *n += next)>
                    {format!("Show {next} more (of {} left)", total - shown.get())}
                </button>
            }
        })}
    }
}

/// A group folded away under its summary; its content is drawn only once it is opened.
#[component]
fn Collapsed(summary: String, children: ChildrenFn) -> impl IntoView {
    let open = RwSignal::new(false);
    view! {
        <details class="collapsed" on:toggle=move |ev| {
            let details: web_sys::HtmlDetailsElement = event_target(&ev);
            open.set(details.open());
        }>
            <summary>{summary}</summary>
            {move || open.get().then(|| children())}
        </details>
    }
}

/// Searches the recruiter has gone quiet on, each with one tap to close it as "no reply".
#[component]
fn GoneQuiet(
    quiet: Memo<Vec<Quiet>>,
    closed: RwSignal<Option<(Id, String, Status)>>,
) -> impl IntoView {
    let state = use_app_state();
    let all = RwSignal::new(false);
    let close = move |id: Id| {
        let found = state
            .model
            .with_untracked(|m| m.opportunity(&id).map(|o| (o.title().to_owned(), o.status)));
        if let Some((title, before)) = found {
            state.apply(Msg::SetStatus {
                id: id.clone(),
                status: Status::Closed(CloseReason::NoReply),
            });
            closed.set(Some((id, title, before)));
            // The tapped button is gone with its line: keyboard focus goes to the undo.
            request_animation_frame(|| browser::focus("undo-close"));
        }
    };
    move || {
        let list = quiet.get();
        let total = list.len();
        (total > 0).then(|| {
            let now = state.now.get_untracked();
            let shown = if all.get() { total } else { FIRST.min(total) };
            view! {
                <section class="card" aria-labelledby="quiet-title">
                    <h2 id="quiet-title">{format!("Gone quiet ({total})")}</h2>
                    <p class="field__hint">
                        "No word from the recruiter for three weeks or more, and no interview planned. \
                         Closing one as no reply takes its reminders off Today; its history stays, and \
                         you can reopen it from its page."
                    </p>
                    <ul class="quiet-list">
                        {list.into_iter().take(shown).map(|q| {
                            let (title, recruiter) = state.model.with_untracked(|m| {
                                m.opportunity(&q.opportunity)
                                    .map(|o| (o.title().to_owned(), o.recruiter_label().to_owned()))
                                    .unwrap_or_default()
                            });
                            let id = q.opportunity.clone();
                            view! {
                                <li>
                                    <span class="quiet-list__what">
                                        <a href=Route::Opportunity(q.opportunity.clone()).to_fragment()>{title.clone()}</a>
                                        <span class="check__why">{format!("No word from {recruiter} for {}.", time_quiet(q.since, now))}</span>
                                    </span>
                                    <button
                                        type="button"
                                        class="button button--quiet"
                                        aria-label=format!("Close as no reply: {title}")
                                        on:click=move |_| close(id.clone())
                                    >"Close as no reply"</button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    <ShowAll total shown=all/>
                </section>
            }
        })
    }
}
