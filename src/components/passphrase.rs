//! A passphrase field: hidden as it is typed unless "Show the passphrase" is ticked, with a
//! hint if any, and what is wrong with it said in words (and announced).

use crate::components::choice::Choice;
use crate::domain::lock::check_passphrase;
use leptos::prelude::*;

/// The passphrase typed in `value`, if it may lock something; else says why in `problem` and
/// gives the field (`id`) focus.
pub fn passphrase_to_lock(
    value: RwSignal<String>,
    problem: RwSignal<Option<String>>,
    id: &str,
) -> Option<String> {
    let phrase = value.get_untracked();
    match check_passphrase(&phrase) {
        Ok(()) => {
            problem.set(None);
            Some(phrase)
        }
        Err(why) => {
            problem.set(Some(why.message()));
            crate::browser::focus(id);
            None
        }
    }
}

/// The passphrase input, its show toggle and its problem line.
#[component]
pub fn PassphraseField(
    /// The input's id; the problem line is `{id}-problem`, the hint `{id}-hint`.
    id: &'static str,
    /// What is typed.
    value: RwSignal<String>,
    /// What is wrong, if anything.
    problem: RwSignal<Option<String>>,
    /// A line of help under the label.
    #[prop(optional)]
    hint: Option<String>,
    /// The browser's autofill hint (`new-password` when locking).
    autocomplete: &'static str,
) -> impl IntoView {
    let show = RwSignal::new(false);
    let hint_id = format!("{id}-hint");
    let problem_id = format!("{id}-problem");
    let described = match hint {
        Some(_) => format!("{hint_id} {problem_id}"),
        None => problem_id.clone(),
    };
    view! {
        <div class="field">
            <label for=id>"Passphrase"</label>
            {hint.map(|hint| view! { <p class="field__hint" id=hint_id>{hint}</p> })}
            <input id=id type=move || if show.get() { "text" } else { "password" }
                autocomplete=autocomplete aria-describedby=described
                aria-invalid=move || problem.get().is_some().then_some("true")
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))/>
        </div>
        <Choice checked=show label="Show the passphrase"/>
        <p class="form-error" id=problem_id role="alert">{move || problem.get()}</p>
    }
}
