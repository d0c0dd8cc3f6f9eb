//! What the recruiter promised, and by when, on an opportunity: recorded at any stage, marked
//! kept, and reminded about (gently) in the morning, the playbook's grace days after a date
//! passes.

use crate::browser;
use crate::components::text_field::TextField;
use crate::domain::id::Id;
use crate::domain::msg::Msg;
use crate::domain::playbook::DueRule;
use crate::domain::promise::Promise;
use crate::domain::time_text::date_from_input_value;
use crate::runtime::state::{use_app_state, AppState};
use leptos::prelude::*;

/// The promises of one opportunity's recruiter, with a form to add one.
#[component]
pub fn RecruiterPromises(
    /// The opportunity.
    opportunity: Id,
) -> impl IntoView {
    let state = use_app_state();
    let what = RwSignal::new(String::new());
    let by = RwSignal::new(String::new());
    let message = RwSignal::new(None::<String>);
    let promises = state.select(&opportunity, |o| o.promises.clone());
    let add = {
        let opportunity = opportunity.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let raw_by = by.get_untracked();
            let date = date_from_input_value(&raw_by);
            if date.is_none() && !raw_by.is_empty() {
                message.set(Some("Enter a complete date, or leave it empty.".into()));
                return;
            }
            let promise = Promise {
                id: browser::random_id(),
                what: what.get_untracked(),
                by: date,
                made_at: browser::now(),
                kept_at: None,
            };
            match state.dispatch(Msg::AddPromise {
                id: opportunity.clone(),
                promise,
            }) {
                Ok(()) => {
                    message.set(Some(noted(state, &opportunity, date.is_some())));
                    what.set(String::new());
                    by.set(String::new());
                }
                Err(_) => message.set(Some("Write what they promised first.".into())),
            }
        }
    };
    let kept = {
        let opportunity = opportunity.clone();
        move |promise: Id, kept: bool| {
            state.apply(Msg::PromiseKept {
                id: opportunity.clone(),
                promise,
                kept,
            })
        }
    };
    let remove = move |promise: Id| {
        state.apply(Msg::RemovePromise {
            id: opportunity.clone(),
            promise,
        })
    };

    view! {
        <section class="card" aria-labelledby="promises-title">
            <h2 id="promises-title">"What the recruiter promised"</h2>
            <p class="field__hint">
                "It's a two-way street: note what they said they'd do, and by when (the job \
                 description by Thursday, a call once the client decides)."
            </p>
            {move || {
                let list = promises.get();
                if list.is_empty() {
                    return view! { <p class="empty-note">"No promises noted."</p> }.into_any();
                }
                let (kept, remove) = (kept.clone(), remove.clone());
                view! {
                    <ul class="promises">
                        {list.into_iter().map(|promise| {
                            let (kept, remove) = (kept.clone(), remove.clone());
                            let (id, id_for_remove) = (promise.id.clone(), promise.id.clone());
                            let box_id = format!("promise-{}", promise.id);
                            let is_kept = !promise.is_open();
                            let when = promise.by.map_or_else(|| "No date given".to_owned(), |d| format!("By {}", browser::local_day(d)));
                            view! {
                                <li class="promise" class:promise--kept=is_kept>
                                    <input id=box_id.clone() type="checkbox" prop:checked=is_kept
                                        on:change=move |ev| kept(id.clone(), event_target_checked(&ev))/>
                                    <label for=box_id>
                                        <span class="promise__what">{promise.what.clone()}</span>
                                        <span class="promise__when">{if is_kept { format!("{when} · kept") } else { when }}</span>
                                    </label>
                                    <button type="button" class="link-button" on:click=move |_| remove(id_for_remove.clone())>
                                        "Remove" <span class="visually-hidden">{format!(" the promise: {}", promise.what)}</span>
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
            <form class="field-row field-row--end" on:submit=add>
                <TextField id="promise-what" label="What they promised" autocomplete="off"
                    value=what on_input=Callback::new(move |text| what.set(text))/>
                <div class="field">
                    <label for="promise-by">"By (optional)"</label>
                    <input id="promise-by" type="date"
                        prop:value=move || by.get() on:input=move |ev| by.set(event_target_value(&ev))/>
                </div>
                <button type="submit" class="button button--quiet">"Note the promise"</button>
            </form>
            <p class="form-status" role="status">{move || message.get()}</p>
        </section>
    }
}

/// What the candidate reads once a promise is noted: when Candor reminds them, in the
/// playbook's grace days, so that a coach's number shows here too.
fn noted(state: AppState, opportunity: &Id, dated: bool) -> String {
    let grace = state
        .model
        .with_untracked(|m| m.rule_number(opportunity, DueRule::FeedbackOwed { grace_days: 0 }));
    match (dated, grace) {
        (false, _) => "Noted. With no date, there is no reminder: tick it when it happens.".into(),
        (true, None) => "Noted. The playbook this opportunity follows has no reminder for promises: tick it when it happens.".into(),
        (true, Some(1)) => "Noted: if it hasn't happened, Candor reminds you the morning after the date.".into(),
        (true, Some(n)) => format!("Noted: if it hasn't happened, Candor reminds you the morning {n} days after the date."),
    }
}
