//! A labelled checkbox bound to a yes/no signal.

use leptos::prelude::*;

/// A checkbox with its label, showing and setting `checked`.
#[component]
pub fn Choice(
    /// Whether it is ticked.
    checked: RwSignal<bool>,
    /// What ticking it means.
    label: &'static str,
) -> impl IntoView {
    view! {
        <label class="choice">
            <input type="checkbox" prop:checked=move || checked.get()
                on:change=move |ev| checked.set(event_target_checked(&ev))/>
            {label}
        </label>
    }
}
