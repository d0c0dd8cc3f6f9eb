//! Interviews and offers elsewhere: logged once, from Today or any opportunity, so that every
//! recruiter gets a reminder to hear about it soon.

use crate::browser::{self, local_time};
use crate::components::text_field::TextField;
use crate::domain::elsewhere::{Elsewhere, ElsewhereKind};
use crate::domain::id::Id;
use crate::domain::msg::Msg;
use crate::domain::time_text::capitalized;
use crate::runtime::state::use_app_state;
use leptos::prelude::*;

/// The form to log one, and the last ones logged.
#[component]
pub fn ElsewhereLog(
    /// The section's heading.
    #[prop(default = "Interviews and offers elsewhere")]
    title: &'static str,
) -> impl IntoView {
    let state = use_app_state();
    let kind = RwSignal::new(ElsewhereKind::Interview);
    let what = RwSignal::new(String::new());
    let message = RwSignal::new(None::<String>);
    let events = Memo::new(move |_| {
        state.model.with(|m| {
            let mut events = m.elsewhere.clone();
            events.sort_by_key(|e| std::cmp::Reverse(e.at));
            events
        })
    });
    let log = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let event = Elsewhere {
            id: browser::random_id(),
            kind: kind.get_untracked(),
            what: what.get_untracked(),
            at: browser::now(),
        };
        let label = event.kind.label();
        match state.dispatch(Msg::LogElsewhere(event)) {
            Ok(()) => {
                message.set(Some(format!(
                    "Logged: {}. Each recruiter you work with now has a reminder to hear it from you.",
                    label.to_lowercase()
                )));
                what.set(String::new());
            }
            Err(error) => message.set(Some(error.to_string())),
        }
    };
    let remove = move |id: Id| state.apply(Msg::RemoveElsewhere(id));

    view! {
        <section class="card" aria-labelledby="elsewhere-title">
            <h2 id="elsewhere-title">{title}</h2>
            <p class="field__hint">
                "No surprises: every recruiter you work with should hear about them soon. A good \
                 recruiter expects you to act in your own interest."
            </p>
            <form class="field-row field-row--end" on:submit=log>
                <div class="field">
                    <label for="elsewhere-kind">"What happened"</label>
                    <select id="elsewhere-kind" on:change=move |ev| {
                        if let Some(choice) = ElsewhereKind::from_key(&event_target_value(&ev)) {
                            kind.set(choice);
                        }
                    }>
                        {ElsewhereKind::ALL.into_iter().map(|option| view! {
                            <option value=option.key() selected=move || kind.get() == option>{option.label()}</option>
                        }).collect_view()}
                    </select>
                </div>
                <TextField id="elsewhere-what" label="Where (optional)" autocomplete="off"
                    value=what on_input=Callback::new(move |text| what.set(text))/>
                <button type="submit" class="button button--quiet">"Log it"</button>
            </form>
            <p class="form-status" role="status">{move || message.get()}</p>
            {move || {
                let list = events.get();
                (!list.is_empty()).then(|| view! {
                    <ol class="log" reversed>
                        {list.into_iter().map(|event| {
                            let id = event.id.clone();
                            view! {
                                <li class="log__entry">
                                    <span class="log__when">{capitalized(&local_time(event.at))}</span>
                                    <span class="log__what">{event.kind.label()}</span>
                                    {(!event.what.is_empty()).then(|| view! { <span class="log__summary">{event.what.clone()}</span> })}
                                    <button type="button" class="link-button" on:click=move |_| remove(id.clone())>
                                        "Remove" <span class="visually-hidden">" this entry"</span>
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                })
            }}
        </section>
    }
}
