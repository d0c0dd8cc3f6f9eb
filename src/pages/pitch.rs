//! Your pitch: the candidate's own pitch, written once and shown on every call card.

use crate::components::text_field::TextField;
use crate::domain::msg::Msg;
use crate::domain::pitch::PitchField;
use crate::runtime::state::use_app_state;
use leptos::prelude::*;

/// The Settings screen.
#[component]
pub fn PitchPage() -> impl IntoView {
    let state = use_app_state();
    let field = |field: PitchField| {
        let value = Memo::new(move |_| state.model.with(|m| m.pitch.field(field).to_owned()));
        view! {
            <TextField id=format!("pitch-{}", field.key()) label=field.label() value
                hint=(field == PitchField::Contact).then_some(
                    "Only for your coach: a snapshot you share can carry it, for them to ask for a newer one. It is never on a call card.",
                )
                multiline=matches!(field, PitchField::Expertise | PitchField::TopSkills)
                on_input=Callback::new(move |value: String| state.apply(Msg::EditPitch { field, value }))/>
        }
    };
    view! {
        <h1 tabindex="-1">"Your pitch"</h1>
        <section class="card">
            <p>
                "Recruiters read many resumes and may not have yours in front of them. Write your \
                 pitch once: it shows on every call card, and later prefills your notes."
            </p>
            {PitchField::ALL.map(field).collect_view()}
        </section>
    }
}
