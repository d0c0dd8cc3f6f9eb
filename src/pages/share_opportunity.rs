//! Sharing a read-only snapshot of one opportunity with a coach. Contact details and free
//! notes stay out unless the candidate ticks them, and the screen lists exactly what the link
//! carries.

use crate::browser::BrowserZone;
use crate::components::choice::Choice;
use crate::components::share_link::LockableShareLink;
use crate::components::text_field::TextField;
use crate::domain::board::reach_of;
use crate::domain::id::Id;
use crate::domain::link::MAX_ENCODED;
use crate::domain::msg::Msg;
use crate::domain::pitch::PitchField;
use crate::domain::route::Route;
use crate::domain::snapshot::{encode, take_for_coach, SnapshotOptions};
use crate::pages::frames::{BackTo, IfOpportunity};
use crate::runtime::state::use_app_state;
use leptos::prelude::*;

/// The share screen of an opportunity.
#[component]
pub fn ShareOpportunityPage(id: Id) -> impl IntoView {
    let state = use_app_state();
    let contact_details = RwSignal::new(false);
    let free_notes = RwSignal::new(false);
    let reach = RwSignal::new(false);
    let contact = Memo::new(move |_| state.model.with(|m| m.pitch.contact.trim().to_owned()));
    let link = {
        let id = id.clone();
        Memo::new(move |_| {
            let options = SnapshotOptions {
                contact_details: contact_details.get(),
                free_notes: free_notes.get(),
                reach: reach.get(),
            };
            state.model.with(|m| {
                m.opportunity(&id).map(|o| {
                    // The moment of sharing, to the millisecond: what was just logged counts.
                    let now = crate::browser::now();
                    let snapshot = take_for_coach(m, o, options, now, &BrowserZone);
                    (o.title().to_owned(), encode(&snapshot))
                })
            })
        })
    };
    let contains = move || {
        let mut lines: Vec<String> = [
            "Your name, from your pitch, if you wrote it there",
            "The company, role, location, status and the key details of the job",
            "Your next step and when it is due",
            "Each round: its kind, its date, your interviewers' titles and how it went with each",
            "Your debrief answers and your interest level after each round",
            "How far you are in each step's checklist",
        ]
        .map(str::to_owned)
        .to_vec();
        if contact_details.get() {
            lines.push(
                "The recruiter's name, agency, phone and e-mail, and your interviewers' names"
                    .to_owned(),
            );
        }
        if free_notes.get() {
            lines.push(
                "Your notes on this opportunity, and what the recruiter told you about each round"
                    .to_owned(),
            );
        }
        let contact = contact.get();
        if reach.get() && !contact.is_empty() {
            lines.push(format!(
                "Your e-mail or phone, {contact}, for your coach to ask for a newer snapshot"
            ));
        }
        lines
            .into_iter()
            .map(|line| view! { <li>{line}</li> })
            .collect_view()
    };
    let left_out = move || {
        let mut lines = vec![
            "Your contact log, thank-you notes and drafts, answers on the call card, and your pitch",
        ];
        if !contact_details.get() {
            lines.push("Contact details: the recruiter's name, agency, phone and e-mail, and your interviewers' names");
        }
        if !reach.get() || contact.get().is_empty() {
            lines.push("Your own e-mail and phone");
        }
        if !free_notes.get() {
            lines.push("Your free notes: the notes on this opportunity and what the recruiter told you about each round");
        }
        lines
            .into_iter()
            .map(|line| view! { <li>{line}</li> })
            .collect_view()
    };
    view! {
        <IfOpportunity id=id.clone()>
            <BackTo id=id.clone()/>
            <h1 tabindex="-1">"Share with your coach"</h1>
            <section class="card">
                <p>
                    "Send your coach a read-only snapshot of this opportunity as a link, to talk it \
                     through. It shows things as they are now; later changes are not sent. Nothing \
                     is uploaded: the snapshot is inside the link, so anyone who has the link can \
                     read it, unless you lock it with a passphrase below. Send a newer snapshot \
                     whenever things move: your coach's board replaces the older one."
                </p>
                <fieldset class="choices">
                    <legend>"Also include"</legend>
                    <Choice checked=contact_details label="Contact details (names, phone, e-mail)"/>
                    <Choice checked=free_notes label="My free notes"/>
                    <Choice checked=reach label="My e-mail or phone, so my coach can ask for a newer snapshot"/>
                </fieldset>
                {move || reach.get().then(|| view! { <ReachField contact/> })}
                <h2>"The link contains"</h2>
                <ul class="contains">{contains}</ul>
                <h2>"It leaves out"</h2>
                <ul class="contains">{left_out}</ul>
            </section>
            <section class="card">
                {move || link.get().map(|(title, payload)| {
                    if payload.len() > MAX_ENCODED {
                        view! { <p class="notice">"This snapshot is too long for a link. Untick the notes to make it shorter."</p> }.into_any()
                    } else {
                        view! { <LockableShareLink payload route=Route::Snapshot title=format!("Candor snapshot: {title}")/> }.into_any()
                    }
                })}
            </section>
        </IfOpportunity>
    }
}

/// The candidate's own e-mail or phone, kept with their pitch, and whether the coach's app
/// can write to it.
#[component]
fn ReachField(contact: Memo<String>) -> impl IntoView {
    let state = use_app_state();
    let problem = move || {
        let text = contact.get();
        if text.is_empty() {
            Some("Write it above to include it: the link leaves it out while it is empty.")
        } else if reach_of(&text).is_none() {
            Some("This looks like neither an e-mail address nor a phone number: your coach's app will offer the link to copy instead.")
        } else {
            None
        }
    };
    view! {
        <TextField id="share-contact" label="Your e-mail or phone"
            hint="Kept with your pitch, for the next snapshots too. Never on a call card."
            value=contact
            on_input=Callback::new(move |value: String| {
                state.apply(Msg::EditPitch { field: PitchField::Contact, value })
            })/>
        {move || problem().map(|why| view! { <p class="field__hint" role="status">{why}</p> })}
    }
}
