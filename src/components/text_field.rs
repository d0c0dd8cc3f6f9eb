//! A labelled text input or text area whose value lives in the model.

use leptos::prelude::*;

/// A labelled field. It reports every keystroke through `on_input`, and shows `value`.
#[component]
pub fn TextField(
    /// The element id; the label points at it.
    #[prop(into)]
    id: String,
    /// The visible label.
    label: &'static str,
    /// A line of help under the label, if any.
    #[prop(into, default = None)]
    hint: Option<&'static str>,
    /// The current text.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the new text on every input.
    on_input: Callback<String>,
    /// A text area instead of a one-line input.
    #[prop(optional)]
    multiline: bool,
    /// The input's type (`text`, `email`, `tel`).
    #[prop(default = "text")]
    input_type: &'static str,
    /// The browser's autofill hint, if any.
    #[prop(into, default = None)]
    autocomplete: Option<&'static str>,
    /// Whether the field must be filled.
    #[prop(optional)]
    required: bool,
) -> impl IntoView {
    let hint_id = hint.map(|_| format!("{id}-hint"));
    let control = if multiline {
        view! {
            <textarea
                id=id.clone()
                rows="4"
                aria-describedby=hint_id.clone()
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=id.clone()
                type=input_type
                autocomplete=autocomplete
                required=required
                aria-describedby=hint_id.clone()
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
            />
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {hint.map(|hint| view! { <p class="field__hint" id=hint_id>{hint}</p> })}
            {control}
        </div>
    }
}
