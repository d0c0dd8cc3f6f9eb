//! The composer: a thank-you note to one interviewer, or a follow-up to the recruiter,
//! drafted from what the candidate entered, edited in a plain text area with live checks,
//! then copied, opened in the mail app or shared, and marked sent.

use crate::browser::{self, local_time};
use crate::components::text_field::TextField;
use crate::domain::id::Id;
use crate::domain::mailto::mailto;
use crate::domain::model::{InterviewerField, Msg, RoundChange};
use crate::domain::note::{
    check_follow_up, check_thank_you, draft_follow_up, draft_key, draft_thank_you, Missing,
    NoteFacts, SentNote, Tone,
};
use crate::domain::opportunity::{Field, Opportunity};
use crate::domain::pitch::PitchField;
use crate::domain::playbook::Moment;
use crate::domain::round::Round;
use crate::pages::frames::RoundFrame;
use crate::state::{use_app_state, AppState};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The composer for a note after `round`: to `interviewer`, or to the recruiter.
#[component]
pub fn ComposerPage(
    /// The opportunity.
    id: Id,
    /// The round the note follows.
    round: Id,
    /// The interviewer to thank; `None` for a follow-up to the recruiter.
    interviewer: Option<Id>,
) -> impl IntoView {
    let state = use_app_state();
    view! {
        <RoundFrame id=id.clone() round=round.clone() moment=Moment::ThankYou>
            <Composer state id=id.clone() round=round.clone() interviewer=interviewer.clone()/>
        </RoundFrame>
    }
}

/// The first non-empty line of the job details: the detail a note mentions by default.
fn first_detail(opportunity: &Opportunity) -> String {
    opportunity
        .job_details
        .lines()
        .map(str::trim)
        .find(|line| !line.is_empty())
        .unwrap_or("")
        .to_owned()
}

fn facts(
    state: AppState,
    opportunity: &Opportunity,
    round: &Round,
    interviewer: Option<&Id>,
) -> NoteFacts {
    let pitch = state.model.with(|m| m.pitch.clone());
    let (to_name, to_title) = match interviewer.and_then(|person| round.interviewer(person)) {
        Some(person) => (person.name.clone(), person.title.clone()),
        None if interviewer.is_some() => (String::new(), String::new()),
        None => (opportunity.recruiter.name.clone(), String::new()),
    };
    NoteFacts {
        to_name,
        to_title,
        role: opportunity.role.clone(),
        company: opportunity.company.clone(),
        job_detail: first_detail(opportunity),
        top_skills: pitch.top_skills,
        your_name: pitch.your_name,
        interest: round.debrief.interest,
    }
}

#[component]
fn Composer(state: AppState, id: Id, round: Id, interviewer: Option<Id>) -> impl IntoView {
    let is_thank_you = interviewer.is_some();
    let key = draft_key(&round, interviewer.as_ref());
    let tone = RwSignal::new(Tone::Warm);
    let message = RwSignal::new(None::<String>);

    let note_facts = {
        let (round, interviewer) = (round.clone(), interviewer.clone());
        state.select(&id, move |o| {
            o.round(&round)
                .map(|r| facts(state, o, r, interviewer.as_ref()))
                .unwrap_or_default()
        })
    };
    let draft = Memo::new(move |_| {
        let facts = note_facts.get();
        if is_thank_you {
            draft_thank_you(&facts, tone.get())
        } else {
            draft_follow_up(&facts, tone.get())
        }
    });
    let saved = {
        let key = key.clone();
        state.select(&id, move |o| o.drafts.get(&key).cloned())
    };
    let text = Memo::new(move |_| {
        saved
            .get()
            .unwrap_or_else(|| draft.get().unwrap_or_default())
    });
    let sent = {
        let (round, interviewer) = (round.clone(), interviewer.clone());
        state.select(&id, move |o| {
            o.notes_sent
                .iter()
                .find(|n| n.round == round && n.interviewer == interviewer)
                .cloned()
        })
    };
    let ended = state.select_round(&id, &round, |_, r| r.end());
    let recruiter_email = state.select(&id, |o| o.recruiter.email.clone());
    let unanswered = state.waiting_for_reply(&id);
    let subject = state.select(&id, move |o| {
        let about = if o.role.trim().is_empty() {
            o.title().to_owned()
        } else {
            o.role.trim().to_owned()
        };
        if is_thank_you {
            format!("Thank you: {about}")
        } else {
            format!("Following up: {about}")
        }
    });

    let save_draft = {
        let (id, key) = (id.clone(), key.clone());
        Callback::new(move |text: String| {
            state.apply(Msg::SaveDraft {
                id: id.clone(),
                key: key.clone(),
                text,
            });
        })
    };
    let start_over = move |_| {
        if let Ok(fresh) = draft.get_untracked() {
            if browser::confirm(
                "Replace your edited note with a fresh draft? Your edits will be lost.",
            ) {
                save_draft.run(fresh);
            }
        }
    };
    let copy = move |_| {
        let text = text.get_untracked();
        spawn_local(async move {
            message.set(Some(match browser::copy_text(&text).await {
                Ok(()) => "Copied. Paste it into your e-mail.".to_owned(),
                Err(why) => format!("Not copied: {why}."),
            }));
        });
    };
    let share = move |_| {
        let (title, text) = (subject.get_untracked(), text.get_untracked());
        spawn_local(async move { browser::share_text(&title, &text).await });
    };
    let mark_sent = {
        let (id, round, interviewer) = (id.clone(), round.clone(), interviewer.clone());
        move |_| {
            let note = SentNote {
                id: browser::random_id(),
                round: round.clone(),
                interviewer: interviewer.clone(),
                to: note_facts.get_untracked().to_name,
                text: text.get_untracked(),
                sent_at: browser::now(),
            };
            if let Err(error) = state.dispatch(Msg::NoteSent {
                id: id.clone(),
                note,
            }) {
                message.set(Some(error.to_string()));
            }
        }
    };
    let missing_field = {
        let (id, round, interviewer) = (id.clone(), round.clone(), interviewer.clone());
        move |missing: Missing| {
            let (id, round, interviewer) = (id.clone(), round.clone(), interviewer.clone());
            let value = state.select(&id, {
                let interviewer = interviewer.clone();
                let round = round.clone();
                move |o| match missing {
                    Missing::Name => match &interviewer {
                        Some(person) => o
                            .round(&round)
                            .and_then(|r| r.interviewer(person))
                            .map(|p| p.name.clone())
                            .unwrap_or_default(),
                        None => o.recruiter.name.clone(),
                    },
                    Missing::Company => o.company.clone(),
                    Missing::JobDetail => o.job_details.clone(),
                    Missing::TopSkills | Missing::YourName => String::new(),
                }
            });
            let on_input = Callback::new(move |value: String| {
                let msg = match (missing, &interviewer) {
                    (Missing::Name, Some(person)) => Msg::EditRound {
                        id: id.clone(),
                        round: round.clone(),
                        change: RoundChange::EditInterviewer {
                            interviewer: person.clone(),
                            field: InterviewerField::Name,
                            value,
                        },
                    },
                    (Missing::Name, None) => Msg::EditField {
                        id: id.clone(),
                        field: Field::RecruiterName,
                        value,
                    },
                    (Missing::Company, _) => Msg::EditField {
                        id: id.clone(),
                        field: Field::Company,
                        value,
                    },
                    (Missing::JobDetail, _) => Msg::EditField {
                        id: id.clone(),
                        field: Field::JobDetails,
                        value,
                    },
                    (Missing::TopSkills, _) => Msg::EditPitch {
                        field: PitchField::TopSkills,
                        value,
                    },
                    (Missing::YourName, _) => Msg::EditPitch {
                        field: PitchField::YourName,
                        value,
                    },
                };
                state.apply(msg);
            });
            let pitch_value = Memo::new(move |_| {
                state.model.with(|m| match missing {
                    Missing::TopSkills => m.pitch.top_skills.clone(),
                    Missing::YourName => m.pitch.your_name.clone(),
                    _ => String::new(),
                })
            });
            let shown = Signal::derive(move || match missing {
                Missing::TopSkills | Missing::YourName => pitch_value.get(),
                _ => value.get(),
            });
            view! {
                <TextField id=format!("missing-{missing:?}").to_ascii_lowercase() label=missing.question() value=shown on_input/>
            }
        }
    };

    view! {
        <h2>{move || {
            let name = note_facts.get().to_name;
            match (is_thank_you, name.trim().is_empty()) {
                (true, false) => format!("Thank-you note to {name}"),
                (true, true) => "Thank-you note".to_owned(),
                (false, false) => format!("Follow-up to {name}"),
                (false, true) => "Follow-up to the recruiter".to_owned(),
            }
        }}</h2>
        {move || match sent.get() {
            Some(note) => view! {
                <section class="card">
                    <p class="notice" role="status">{format!("Sent {}. It is in the contact log.", local_time(note.sent_at))}</p>
                    <p class="sent-note pre-line">{note.text}</p>
                </section>
            }.into_any(),
            None => view! {
                <section class="card composer">
                    <fieldset class="scale">
                        <legend>"Tone"</legend>
                        <div class="scale__options">
                            {Tone::ALL.map(|option| view! {
                                <label class="scale__option scale__option--wide">
                                    <input type="radio" name="tone" prop:checked=move || tone.get() == option
                                        on:change=move |_| tone.set(option)/>
                                    {option.label()}
                                </label>
                            })}
                        </div>
                    </fieldset>
                    {move || saved.get().is_some().then(|| view! {
                        <p class="field__hint">"You have edited this note: changing the tone keeps your text. "
                            <button type="button" class="link-button" on:click=start_over>"Start again from a fresh draft"</button>
                        </p>
                    })}
                    {
                        let missing_field = missing_field.clone();
                        move || match draft.get() {
                            Err(missing) if saved.get().is_none() => Some(view! {
                                <div class="notice">
                                    <p><strong>"A few facts are needed for the draft:"</strong></p>
                                    {missing.into_iter().map(missing_field.clone()).collect_view()}
                                </div>
                            }),
                            _ => None,
                        }
                    }
                    <div class="field">
                        <label for="note-text">"Your note"</label>
                        <textarea id="note-text" rows="14" spellcheck="true"
                            prop:value=move || text.get()
                            on:input=move |ev| save_draft.run(event_target_value(&ev))></textarea>
                    </div>
                    {move || {
                        let body = text.get();
                        let now = state.now.get();
                        if is_thank_you {
                            let checks = check_thank_you(&body, &note_facts.get(), ended.get().map(|end| (end, now)));
                            let passed = checks.iter().filter(|c| c.passed).count();
                            let total = checks.len();
                            view! {
                                <h3>{format!("Checks: {passed} of {total} pass")}</h3>
                                <ul class="checks">
                                    {checks.into_iter().map(|check| view! {
                                        <li class="checks__item" class:checks__item--pass=check.passed>
                                            <span class="checks__mark" aria-hidden="true">{if check.passed { "✓" } else { "!" }}</span>
                                            <span>
                                                <span class="check__text">
                                                    {check.label}
                                                    <span class="visually-hidden">{if check.passed { ": passes" } else { ": needs work" }}</span>
                                                </span>
                                                {(!check.detail.is_empty()).then(|| view! { <span class="checks__detail">{check.detail}</span> })}
                                                <span class="check__why">{check.why}</span>
                                            </span>
                                        </li>
                                    }).collect_view()}
                                </ul>
                            }.into_any()
                        } else {
                            let warnings = check_follow_up(&body, ended.get(), now, unanswered.get());
                            view! {
                                {warnings.into_iter().map(|warning| view! {
                                    <p class="notice notice--warning">{warning.message(now)}</p>
                                }).collect_view()}
                                <p class="field__hint">"Short, polite and memorable, with one specific detail of the job: e-mail suits recruiters, who are often in meetings."</p>
                            }.into_any()
                        }
                    }}
                    <div class="action__buttons">
                        <button type="button" class="button button--quiet" on:click=copy>"Copy"</button>
                        <a class="button button--quiet"
                            href=move || mailto(&if is_thank_you { String::new() } else { recruiter_email.get() }, &subject.get(), &text.get())>
                            "Open in mail app"
                        </a>
                        {browser::can_share().then(|| view! {
                            <button type="button" class="button button--quiet" on:click=share>"Share…"</button>
                        })}
                        <button type="button" class="button" on:click=mark_sent.clone()>"Mark as sent"</button>
                    </div>
                    <p class="form-status" role="status">{move || message.get()}</p>
                </section>
            }.into_any(),
        }}
    }
}
