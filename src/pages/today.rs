//! Today: what is due now and next. Until the guided checklists arrive, it points a new user
//! to the first step and summarises what is being followed.

use crate::domain::opportunity::StatusFilter;
use crate::domain::route::Route;
use crate::state::use_app_state;
use leptos::prelude::*;

/// The Today screen.
#[component]
pub fn TodayPage() -> impl IntoView {
    let model = use_app_state().model;
    let followed = Memo::new(move |_| model.with(|m| m.count(StatusFilter::All)));
    let add_link = Route::Opportunities(StatusFilter::All).to_fragment();

    view! {
        <h1 tabindex="-1">"Today"</h1>
        {move || if followed.get() == 0 {
            view! {
                <section class="card empty-state">
                    <h2>"Start with the job a recruiter told you about"</h2>
                    <p>
                        "Add the opportunity with the company and the recruiter's name; you can \
                         fill in the rest as you learn it."
                    </p>
                    <a class="button" href=add_link.clone()>"Add an opportunity"</a>
                </section>
            }
            .into_any()
        } else {
            view! {
                <section class="card">
                    <h2>"What you are following"</h2>
                    <ul class="stage-counts">
                        {[StatusFilter::Call, StatusFilter::Interviewing, StatusFilter::Offer]
                            .into_iter()
                            .map(|filter| view! {
                                <li>
                                    <a href=Route::Opportunities(filter).to_fragment()>
                                        <span class="stage-counts__number">
                                            {move || model.with(|m| m.count(filter))}
                                        </span>
                                        " " {filter.label()}
                                    </a>
                                </li>
                            })
                            .collect_view()}
                    </ul>
                </section>
            }
            .into_any()
        }}
        <section class="card coming">
            <h2>"Coming next: your daily plan"</h2>
            <p>
                "This screen will list what is due now and next across all your opportunities, \
                 most urgent first: returning a recruiter's call within a day, calling them \
                 right after an interview, and a thank-you note to each interviewer within 24 hours."
            </p>
        </section>
    }
}
