//! Today: what is due now and next across all opportunities, most urgent first, with what to
//! hold off on, the interviews coming up, and a way to log an interview or offer elsewhere. The empty state tells a new user where to start.
//! The heading and the empty state are part of the shell; the plan arrives on demand.

use crate::browser::BrowserZone;
use crate::components::action_card::ActionCard;
use crate::domain::due::plan;
use crate::domain::opportunity::StatusFilter;
use crate::domain::route::Route;
use crate::domain::time_text::{day_and_time, relative};
use crate::domain::zone::Zone;
use crate::state::use_app_state;
use leptos::prelude::*;

/// The Today screen: its heading, then the empty state or the plan.
#[component]
pub fn TodayPage() -> impl IntoView {
    let state = use_app_state();
    let empty = Memo::new(move |_| {
        state.is_ready.get() && state.model.with(|m| m.count(StatusFilter::All) == 0)
    });
    let add_link = Route::Opportunities(StatusFilter::All).to_fragment();
    view! {
        <h1 tabindex="-1">"Today"</h1>
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
                        "Tip: write " <a href=Route::Settings.to_fragment()>"your pitch"</a> " once; it shows on every call card."
                    </p>
                </section>
            }.into_any()
        } else {
            view! { <super::TodayPlanOnDemand/> }.into_any()
        }}
    }
}

/// What is due, what to hold off on, and the interviews coming up.
#[component]
pub fn TodayPlan() -> impl IntoView {
    let state = use_app_state();
    let model = state.model;
    let followed = Memo::new(move |_| model.with(|m| m.count(StatusFilter::All)));
    let today = Memo::new(move |_| {
        let now = state.now.get();
        model.with(|m| plan(m, now, &BrowserZone))
    });
    let title_of = move |id: &crate::domain::id::Id| {
        model.with_untracked(|m| {
            m.opportunity(id)
                .map(|o| o.title().to_owned())
                .unwrap_or_default()
        })
    };
    let interviews = Memo::new(move |_| {
        let now = state.now.get();
        let mut coming: Vec<(chrono::DateTime<chrono::Utc>, String, Route)> = model.with(|m| {
            m.opportunities
                .iter()
                .filter(|o| o.is_active())
                .flat_map(|o| {
                    o.rounds.iter().enumerate().filter_map(move |(n, r)| {
                        r.starts_at.filter(|at| *at > now).map(|at| {
                            (
                                at,
                                format!("Round {} at {}", n + 1, o.title()),
                                Route::Round(o.id.clone(), r.id.clone()),
                            )
                        })
                    })
                })
                .collect()
        });
        coming.sort_by_key(|(at, _, _)| *at);
        coming
    });

    view! {
        {move || {
            let plan = today.get();
            if followed.get() == 0 {
                return None;
            }
            let actions = if plan.actions.is_empty() {
                view! { <p class="empty-note">"Nothing is due. Log each contact with the recruiter and Candor keeps this list for you."</p> }.into_any()
            } else {
                view! {
                    <ul class="actions">
                        {plan.actions.into_iter().map(|action| {
                            let context = title_of(&action.opportunity);
                            view! { <ActionCard action context/> }
                        }).collect_view()}
                    </ul>
                }.into_any()
            };
            Some(view! {
                <section aria-labelledby="due-title">
                    <h2 id="due-title">"Due now and next"</h2>
                    {actions}
                </section>
                {(!plan.holds.is_empty()).then(|| view! {
                    <section class="card" aria-labelledby="hold-title">
                        <h2 id="hold-title">"Hold off"</h2>
                        <ul class="holds">
                            {plan.holds.into_iter().map(|hold| view! {
                                <li>
                                    <strong>{title_of(&hold.opportunity)} ": "</strong>{hold.title}
                                    {format!(" (until {})", day_and_time(BrowserZone.local(hold.until)))}
                                    <span class="check__why">{hold.why}</span>
                                </li>
                            }).collect_view()}
                        </ul>
                    </section>
                })}
            })
        }}
        {move || {
            let list = interviews.get();
            (!list.is_empty()).then(|| view! {
                <section class="card" aria-labelledby="coming-title">
                    <h2 id="coming-title">"Interviews coming up"</h2>
                    <ul>
                        {list.into_iter().map(|(at, label, route)| view! {
                            <li>
                                <a href=route.to_fragment()>{label}</a>
                                {format!(": {} ({})", day_and_time(BrowserZone.local(at)), relative(state.now.get_untracked(), at, "ago"))}
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            })
        }}
        {move || (followed.get() > 0).then(|| view! {
            <p class="quick-actions">
                <a class="button button--quiet" href=Route::Elsewhere.to_fragment()>"Log an interview or offer elsewhere"</a>
            </p>
        })}
    }
}
