//! The contact log of an opportunity: one tap logs a call, missed call, voicemail, e-mail or
//! text, now or at a time given; "it's a bad time" records when you promised to call back; a
//! call that asked something of the candidate waits on their answer. News elsewhere that the
//! recruiter has not heard yet is shown here, to tell at the next contact, and a call logged
//! after an interview counts as its debrief and opens the debrief form.

use crate::browser::{self, local_time, BrowserZone};
use crate::components::choice::Choice;
use crate::components::text_field::TextField;
use crate::domain::contact::{Contact, ContactKind, Direction};
use crate::domain::due::untold;
use crate::domain::id::Id;
use crate::domain::msg::Msg;
use crate::domain::route::Route;
use crate::domain::time_text::capitalized;
use crate::domain::time_text::from_input_value;
use crate::domain::zone::Zone;
use crate::runtime::state::{use_app_state, AppState};
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
    let form = LogForm::default();
    let LogForm {
        when,
        summary,
        call_back_at,
        message,
        asked,
    } = form;
    let wait_warning = state.waiting_for_reply(&opportunity);
    let log = form.logger(state, opportunity.clone());
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
                <NewsToTell opportunity=opportunity.clone()/>
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
                <Choice checked=asked label="On their call, they asked something of me: remind me to get back to them"/>
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

/// What the log's form holds while the candidate fills it in.
#[derive(Clone, Copy)]
struct LogForm {
    when: RwSignal<String>,
    summary: RwSignal<String>,
    call_back_at: RwSignal<String>,
    message: RwSignal<Option<String>>,
    /// "They asked something of me" (a call that waits on the candidate's answer).
    asked: RwSignal<bool>,
}

impl Default for LogForm {
    fn default() -> Self {
        LogForm {
            when: RwSignal::new(String::new()),
            summary: RwSignal::new(String::new()),
            call_back_at: RwSignal::new(String::new()),
            message: RwSignal::new(None),
            asked: RwSignal::new(false),
        }
    }
}

/// A contact to log: its kind, its direction, and the time promised for a call back.
type Logged = (ContactKind, Direction, Option<DateTime<Utc>>);

impl LogForm {
    /// Logs a contact from the form: at the time entered, or now. A call after an interview
    /// counts as its debrief call, and the debrief form opens next.
    fn logger(self, state: AppState, opportunity: Id) -> Callback<Logged> {
        Callback::new(move |(kind, direction, promise): Logged| {
            let at = match self.when.get_untracked().trim() {
                "" => browser::now(),
                text => match from_input_value(text) {
                    Some(local) => BrowserZone.instant(local),
                    None => {
                        self.message.set(Some(
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
                summary: self.summary.get_untracked().trim().to_owned(),
                call_back_at: promise,
                with_interviewer: None,
                awaits_answer: self.asked.get_untracked()
                    && kind.can_ask()
                    && direction == Direction::Incoming
                    && promise.is_none(),
            };
            let described = contact.describe();
            let debrief = (kind == ContactKind::Call && promise.is_none())
                .then(|| {
                    state.model.with_untracked(|m| {
                        let o = m.opportunity(&opportunity)?;
                        Some(o.round_to_debrief_at(at)?.id.clone())
                    })
                })
                .flatten();
            match state.dispatch(Msg::LogContact {
                id: opportunity.clone(),
                contact,
            }) {
                Ok(()) => {
                    self.message.set(Some(format!("Logged: {described}.")));
                    self.when.set(String::new());
                    self.summary.set(String::new());
                    self.call_back_at.set(String::new());
                    self.asked.set(false);
                    if let Some(round) = debrief {
                        browser::go_to(&Route::Debrief(opportunity.clone(), round).to_fragment());
                    }
                }
                Err(error) => self.message.set(Some(error.to_string())),
            }
        })
    }
}

/// The interviews and offers elsewhere this recruiter has not heard about: to tell at the
/// next contact (`due::untold`).
#[component]
pub fn NewsToTell(opportunity: Id) -> impl IntoView {
    let state = use_app_state();
    let to_tell = {
        let id = opportunity.clone();
        Memo::new(move |_| {
            let now = state.now.get();
            state.model.with(|m| {
                m.opportunity(&id)
                    .map(|o| {
                        untold(o, &m.elsewhere, now)
                            .into_iter()
                            .map(|e| (e.kind.noun(), e.what.trim().to_owned(), e.at))
                            .collect::<Vec<_>>()
                    })
                    .unwrap_or_default()
            })
        })
    };
    let recruiter = state.select(&opportunity, |o| o.recruiter_label().to_owned());
    move || {
        let news = to_tell.get();
        (!news.is_empty()).then(|| view! {
            <div class="notice" role="note">
                <p><strong>{format!("At your next contact, tell {}:", recruiter.get())}</strong></p>
                <ul>
                    {news.into_iter().map(|(noun, what, at)| view! {
                        <li>{match what.as_str() {
                            "" => format!("the {noun} elsewhere (logged {})", local_time(at)),
                            what => format!("the {noun} elsewhere: {what} (logged {})", local_time(at)),
                        }}</li>
                    }).collect_view()}
                </ul>
                <p class="field__hint">"No surprises: a good recruiter expects you to look after your interests, and can plan around them."</p>
            </div>
        })
    }
}

/// One button per kind of contact, logged in `direction` with one tap.
#[component]
fn PresetButtons(
    presets: &'static [(&'static str, ContactKind)],
    direction: Direction,
    log: Callback<Logged>,
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
                                {contact.awaits_answer.then(|| view! {
                                    <span class="log__promise">"They asked something of you"</span>
                                })}
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
