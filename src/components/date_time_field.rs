//! A labelled date-and-time input in the candidate's own time zone.

use crate::browser::BrowserZone;
use crate::domain::time_text::{from_input_value, to_input_value};
use crate::domain::zone::Zone;
use chrono::{DateTime, Utc};
use leptos::prelude::*;

/// A `datetime-local` input whose value is an instant; empty means none.
#[component]
pub fn DateTimeField(
    /// The element id; the label points at it.
    #[prop(into)]
    id: String,
    /// The visible label.
    label: &'static str,
    /// The current value.
    #[prop(into)]
    value: Signal<Option<DateTime<Utc>>>,
    /// Called with the new value when the candidate changes it.
    on_change: Callback<Option<DateTime<Utc>>>,
    /// A line of help under the label, when there is one.
    #[prop(optional, into)]
    hint: MaybeProp<String>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let described_by = {
        let hint_id = hint_id.clone();
        move || hint.get().map(|_| hint_id.clone())
    };
    let text = move || {
        value
            .get()
            .map(|at| to_input_value(BrowserZone.local(at)))
            .unwrap_or_default()
    };
    let changed = move |ev| {
        let raw = event_target_value(&ev);
        let parsed = from_input_value(&raw).map(|local| BrowserZone.instant(local));
        // A half-typed value reads as nothing: keep what was there until it is complete.
        if parsed.is_some() || raw.is_empty() {
            on_change.run(parsed);
        }
    };
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            {move || hint.get().map(|text| view! { <p class="field__hint" id=hint_id.clone()>{text}</p> })}
            <input id=id type="datetime-local" aria-describedby=described_by prop:value=text on:change=changed/>
        </div>
    }
}
