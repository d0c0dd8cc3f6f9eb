//! The contact log of an opportunity: one tap logs a call, missed call, voicemail, e-mail or
//! text, now or at a time given; "it's a bad time" records when you promised to call back.

use crate::browser::{self, local_time, BrowserZone};
use crate::components::text_field::TextField;
use crate::domain::contact::{Contact, ContactKind, Direction};
use crate::domain::id::Id;
use crate::domain::msg::Msg;
use crate::domain::time_text::capitalized;
use crate::domain::time_text::from_input_value;
use crate::domain::zone::Zone;
use crate::runtime::state::use_app_state;
use chrono::{DateTime, Utc};
use leptos::prelude::*;

const FROM_RECRUITER: [(&str, ContactKind); 5] = [
    ("They called", ContactKind::Call),
    ("Missed their call", ContactKind::MissedCall),
    ("Voicemail from them", ContactKind::Voicemail),
    ("They e-mailed", ContactKind::Email),
    ("They texted", ContactKind::Text),
];

const FROM_YOU: [(&str, ContactKind); 4] = [
    ("I called", ContactKind::Call),
    ("I left a voicemail", ContactKind::Voicemail),
    ("I e-mailed", ContactKind::Email),
    ("I texted", ContactKind::Text),
];

/// The log, with quick ways to add to it.
#[component]
pub fn ContactLog(
    /// The opportunity.
    opportunity: Id,
) -> impl IntoView {
    let state = use_app_state();
    let when = RwSignal::new(String::new());
    let summary = RwSignal::new(String::new());
    let call_back_at = RwSignal::new(String::new());
    let message = RwSignal::new(None::<String>);
    let wait_warning = state.waiting_for_reply(&opportunity);

    let log = {
        let opportunity = opportunity.clone();
        Callback::new(
            move |(kind, direction, promise): (ContactKind, Direction, Option<DateTime<Utc>>)| {
                let at = match when.get_untracked().trim() {
                    "" => browser::now(),
                    text => match from_input_value(text) {
                        Some(local) => BrowserZone.instant(local),
                        None => {
                            message.set(Some(
                                "Enter a complete date and time, or leave it empty for now.".into(),
                            ));
                            return;
                        }
                    },
                };
                let contact = Contact {
                    id: browser::random_id(),
                    at,
                    kind,
                    direction,
                    summary: summary.get_untracked().trim().to_owned(),
                    call_back_at: promise,
                    with_interviewer: None,
                };
                let described = contact.describe();
                match state.dispatch(Msg::LogContact {
                    id: opportunity.clone(),
                    contact,
                }) {
                    Ok(()) => {
                        message.set(Some(format!("Logged: {described}.")));
                        when.set(String::new());
                        summary.set(String::new());
                        call_back_at.set(String::new());
                    }
                    Err(error) => message.set(Some(error.to_string())),
                }
            },
        )
    };
    let promise = {
        move |_| match from_input_value(&call_back_at.get_untracked()) {
            Some(local) => log.run((
                ContactKind::Call,
                Direction::Incoming,
                Some(BrowserZone.instant(local)),
            )),
            None => message.set(Some("Choose when you'll call back.".into())),
        }
    };
    view! {
        <section class="card" aria-labelledby="contact-log-title">
            <h2 id="contact-log-title">"Contact log"</h2>
            <div class="log-form">
                <div class="field-row">
                    <div class="field">
                        <label for="contact-when">"When"</label>
                        <p class="field__hint" id="contact-when-hint">"Leave empty for now."</p>
                        <input id="contact-when" type="datetime-local" aria-describedby="contact-when-hint"
                            prop:value=move || when.get() on:input=move |ev| when.set(event_target_value(&ev))/>
                    </div>
                    <TextField id="contact-summary" label="Summary" hint="Optional: a line to remember it by."
                        value=summary on_input=Callback::new(move |text| summary.set(text))/>
                </div>
                <h3 class="log-form__group">"From the recruiter"</h3>
                <PresetButtons presets=&FROM_RECRUITER direction=Direction::Incoming log/>
                <h3 class="log-form__group">"From you"</h3>
                {move || wait_warning.get().then(|| view! {
                    <p class="notice notice--warning">
                        "Your last message has no reply yet. Wait for one before writing again: \
                         several messages in a row look over-eager."
                    </p>
                })}
                <PresetButtons presets=&FROM_YOU direction=Direction::Outgoing log/>
                <h3 class="log-form__group">"A bad time to talk?"</h3>
                <p class="field__hint">
                    "Say so honestly after the introduction and give a time to call back. Candor reminds you then."
                </p>
                <div class="field-row field-row--end">
                    <div class="field">
                        <label for="call-back-at">"I'll call back at"</label>
                        <input id="call-back-at" type="datetime-local"
                            prop:value=move || call_back_at.get() on:input=move |ev| call_back_at.set(event_target_value(&ev))/>
                    </div>
                    <button type="button" class="button" on:click=promise>"Log the promise"</button>
                </div>
                <p class="form-status" role="status">{move || message.get()}</p>
            </div>
            <ContactHistory opportunity=opportunity.clone()/>
        </section>
    }
}

/// One button per kind of contact, logged in `direction` with one tap.
#[component]
fn PresetButtons(
    presets: &'static [(&'static str, ContactKind)],
    direction: Direction,
    log: Callback<(ContactKind, Direction, Option<DateTime<Utc>>)>,
) -> impl IntoView {
    let way = if direction == Direction::Incoming {
        "in"
    } else {
        "out"
    };
    view! {
        <div class="button-grid">
            {presets.iter().map(|&(label, kind)| view! {
                <button type="button" id=format!("log-{}-{way}", kind.key()) class="button button--quiet"
                    on:click=move |_| log.run((kind, direction, None))>
                    {label}
                </button>
            }).collect_view()}
        </div>
    }
}

/// Every contact logged, newest first, each with a way to remove it.
#[component]
fn ContactHistory(opportunity: Id) -> impl IntoView {
    let state = use_app_state();
    let entries = state.select(&opportunity, |o| {
        let mut contacts = o.contacts.clone();
        contacts.sort_by_key(|c| std::cmp::Reverse(c.at));
        contacts
    });
    let remove = move |contact: Id| {
        state.apply(Msg::RemoveContact {
            id: opportunity.clone(),
            contact,
        });
    };
    view! {
            <h3>"History"</h3>
        {move || {
            let list = entries.get();
            if list.is_empty() {
                return view! { <p class="empty-note">"Nothing logged yet."</p> }.into_any();
            }
            let remove = remove.clone();
            view! {
                <ol class="log" reversed>
                    {list.into_iter().map(|contact| {
                        let remove = remove.clone();
                        let id = contact.id.clone();
                        view! {
                            <li class="log__entry">
                                <span class="log__when">{capitalized(&local_time(contact.at))}</span>
                                <span class="log__what">{contact.describe()}</span>
                                {contact.call_back_at.map(|at| view! {
                                    <span class="log__promise">
                                        "You promised to call back " {local_time(at)}
                                    </span>
                                })}
                                {(!contact.summary.is_empty()).then(|| view! { <span class="log__summary">{contact.summary.clone()}</span> })}
                                <button type="button" class="link-button" on:click=move |_| remove(id.clone())>
                                    "Remove" <span class="visually-hidden">" this entry"</span>
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ol>
            }
            .into_any()
        }}
    }
}
