//! The recruiter call card: a script for the call. Your pitch, honest answers to the usual
//! questions, what to ask, the "bad time, I'll call back at…" path, and referrals.

use crate::components::checklist::Checklist;
use crate::components::text_field::TextField;
use crate::domain::id::Id;
use crate::domain::msg::Msg;
use crate::domain::pitch::PitchField;
use crate::domain::playbook::Moment;
use crate::domain::route::Route;
use crate::pages::frames::{BackTo, IfOpportunity};

use crate::runtime::state::use_app_state;
use leptos::prelude::*;

/// The usual questions, by key: what the recruiter asks, and a hint for answering.
const QUESTIONS: [(&str, &str, &str); 4] = [
    (
        "experience",
        "Enough experience in the specialty they need?",
        "Say what you have done, and where you are lighter.",
    ),
    (
        "location",
        "Living in the area, or planning a move there?",
        "Say where you live now, and whether a move is planned, and when: not whether you would be willing to move.",
    ),
    (
        "other-processes",
        "Other interviews or offers pending?",
        "Tell them: what hurts a recruiter is a surprise later.",
    ),
    (
        "interest",
        "Really interested, or not?",
        "An honest no can lead to a better fit; they keep notes.",
    ),
];

/// The call card of an opportunity.
#[component]
pub fn CallCardPage(
    /// The opportunity.
    id: Id,
) -> impl IntoView {
    view! {
        <IfOpportunity id=id.clone()>
            <CallCard id=id.clone()/>
        </IfOpportunity>
    }
}

#[component]
fn CallCard(id: Id) -> impl IntoView {
    let state = use_app_state();
    let company = state.select(&id, |o| o.title().to_owned());
    let details = state.select(&id, |o| o.job_details.clone());
    let pitch = Memo::new(move |_| state.model.with(|m| m.pitch.clone()));
    let answer = |key: &'static str| {
        state.select(&id, move |o| {
            o.call_answers.get(key).cloned().unwrap_or_default()
        })
    };
    let question_fields = QUESTIONS
        .map(|(key, question, hint)| {
            let id = id.clone();
            view! {
                <TextField id=format!("answer-{key}") label=question hint=hint multiline=true value=answer(key)
                    on_input=Callback::new(move |value: String| {
                        state.apply(Msg::SetCallAnswer { id: id.clone(), question: key.to_owned(), answer: value });
                    })/>
            }
        })
        .collect_view();
    let referrals = state.select(&id, |o| o.referrals.clone());
    let set_referrals = {
        let id = id.clone();
        Callback::new(move |text: String| {
            state.apply(Msg::SetReferrals {
                id: id.clone(),
                text,
            })
        })
    };

    view! {
            <BackTo id=id.clone()/>
            <h1 tabindex="-1">{move || format!("Call card: {}", company.get())}</h1>
            <section class="card">
                <h2>"Remind them who you are"</h2>
                <p class="field__hint">"They have read many resumes and may not have yours in front of them."</p>
                {move || {
                    let pitch = pitch.get();
                    let filled: Vec<(&str, String)> = PitchField::ALL
                        .into_iter()
                        .filter(|field| field.on_call_card())
                        .map(|field| (field.label(), pitch.field(field).trim().to_owned()))
                        .filter(|(_, value)| !value.is_empty())
                        .collect();
                    if filled.is_empty() {
                        view! { <p>"Your pitch is empty. " <a href=Route::Settings.to_fragment()>"Write it once"</a> " and it shows here on every call."</p> }.into_any()
                    } else {
                        view! {
                            <dl class="facts">
                                {filled.into_iter().map(|(label, value)| view! { <dt>{label}</dt><dd>{value}</dd> }).collect_view()}
                            </dl>
                            <a href=Route::Settings.to_fragment()>"Edit your pitch"</a>
                        }.into_any()
                    }
                }}
                {move || {
                    let details = details.get();
                    (!details.trim().is_empty()).then(|| view! {
                        <h3>"What fits this opening"</h3>
                        <p class="pre-line">{details}</p>
                    })
                }}
            </section>
            <section class="card">
                <h2>"Honest answers to the usual questions"</h2>
                <p class="field__hint">"Brief, complete and honest. Jot them down before the call."</p>
                {question_fields}
            </section>
            <section class="card">
                <h2>"What to ask"</h2>
                <ul>
                    <li>"The process and the timeline, and who decides."</li>
                    <li>"What the client values most in this role."</li>
                    <li>"The next step, and when you'll hear."</li>
                </ul>
            </section>
            <section class="card">
                <h2>"A bad time?"</h2>
                <p>
                    "Say so honestly after the introduction, and offer a time to call back, then \
                     call at that time. Don't half-listen. Log the promise in the "
                    <a href=Route::Opportunity(id.clone()).to_fragment()>"contact log"</a>
                    " and Candor reminds you when it's time."
                </p>
            </section>
            <section class="card">
                <h2>"Not for you?"</h2>
                <TextField id="referrals" label="Someone you could refer" hint="An honest no plus a good referral is remembered."
                    multiline=true value=referrals on_input=set_referrals/>
            </section>
            <section class="card">
                <h2>"Checklist"</h2>
                <Checklist opportunity=id.clone() moment=Moment::Call/>
            </section>
    }
}
