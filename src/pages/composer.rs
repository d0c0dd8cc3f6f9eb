//! The composer: a thank-you note to one interviewer, or a follow-up to the recruiter,
//! drafted from what the candidate entered, edited in a plain text area with live checks,
//! then copied, opened in the mail app or shared, and marked sent.

use crate::browser::{self, local_time};
use crate::components::contact_log::NewsToTell;
use crate::components::text_field::TextField;
use crate::domain::compose::{heading, subject};
use crate::domain::id::Id;
use crate::domain::mailto::mailto;
use crate::domain::msg::Msg;
use crate::domain::note::{
    check_follow_up, check_follow_up_note, check_thank_you, draft_follow_up, draft_key,
    draft_thank_you, Missing, NoteFacts, SentNote, Timing, Tone,
};
use crate::domain::playbook::{DueRule, Moment};
use crate::pages::frames::RoundFrame;
use crate::runtime::state::{use_app_state, AppState};
use chrono::{DateTime, Utc};
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

/// The note's text, its checks, and the ways to send it.
#[component]
fn Composer(state: AppState, id: Id, round: Id, interviewer: Option<Id>) -> impl IntoView {
    let is_thank_you = interviewer.is_some();
    let key = draft_key(&round, interviewer.as_ref());
    let tone = RwSignal::new(Tone::Warm);
    let message = RwSignal::new(None::<String>);

    let note_facts = gathered(state, &id, &round, interviewer.clone());
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
    let sent = sent_note(state, &id, &round, interviewer.clone());
    let subject = state.select(&id, move |o| subject(o, is_thank_you));
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
    let mark_sent = {
        let (id, round, interviewer) = (id.clone(), round.clone(), interviewer.clone());
        Callback::new(move |()| {
            let note = SentNote {
                id: browser::random_id(),
                round: round.clone(),
                interviewer: interviewer.clone(),
                to: note_facts.get_untracked().to_name,
                text: text.get_untracked(),
                sent_at: browser::now(),
            };
            let sent = Msg::NoteSent {
                id: id.clone(),
                note,
            };
            message.set(state.dispatch(sent).err().map(|error| error.to_string()));
        })
    };
    let ended = state.select_round(&id, &round, |_, r| r.end());
    let hours = rule_hours(state, &id);
    let unanswered = state.waiting_for_reply(&id);
    // A thank-you goes to an interviewer, whose address Candor does not keep.
    let to = state.select(&id, move |o| match is_thank_you {
        true => String::new(),
        false => o.recruiter.email.clone(),
    });

    view! {
        <h2>{move || heading(is_thank_you, &note_facts.get().to_name)}</h2>
        {move || match sent.get() {
            Some(note) => view! {
                <section class="card">
                    <p class="notice" role="status">{format!("Sent {}. It is in the contact log.", local_time(note.sent_at))}</p>
                    <p class="sent-note pre-line">{note.text}</p>
                </section>
            }.into_any(),
            None => view! {
                <section class="card composer">
                    <ToneChoice tone/>
                    {move || saved.get().is_some().then(|| view! {
                        <p class="field__hint">"You have edited this note: changing the tone keeps your text. "
                            <button type="button" class="link-button" on:click=start_over>"Start again from a fresh draft"</button>
                        </p>
                    })}
                    {
                        let (id, round, interviewer) = (id.clone(), round.clone(), interviewer.clone());
                        move || match draft.get() {
                            Err(missing) if saved.get().is_none() => Some(view! {
                                <MissingFacts missing id=id.clone() round=round.clone() interviewer=interviewer.clone()/>
                            }),
                            _ => None,
                        }
                    }
                    {(!is_thank_you).then(|| view! { <NewsToTell opportunity=id.clone()/> })}
                    <div class="field">
                        <label for="note-text">"Your note"</label>
                        <textarea id="note-text" rows="14" spellcheck="true"
                            prop:value=move || text.get()
                            on:input=move |ev| save_draft.run(event_target_value(&ev))></textarea>
                    </div>
                    <NoteChecks is_thank_you text note_facts ended unanswered hours/>
                    <SendButtons to subject text mark_sent message/>
                    <p class="form-status" role="status">{move || message.get()}</p>
                </section>
            }.into_any(),
        }}
    }
}

/// The note already sent after `round` to `interviewer` (or the recruiter), if any.
fn sent_note(
    state: AppState,
    id: &Id,
    round: &Id,
    interviewer: Option<Id>,
) -> Memo<Option<SentNote>> {
    let round = round.clone();
    state.select(id, move |o| {
        o.notes_sent
            .iter()
            .find(|n| n.round == round && n.interviewer == interviewer)
            .cloned()
    })
}

/// The numbers of the opportunity's playbook that the checks state: the thank-you rule's
/// hours, and "no news before".
fn rule_hours(state: AppState, id: &Id) -> Memo<(Option<u32>, Option<u32>)> {
    let id = id.clone();
    Memo::new(move |_| {
        state.model.with(|m| {
            let number = |rule| m.rule_number(&id, rule);
            (
                number(DueRule::ThankYouNotes { hours: 0 }),
                number(DueRule::NoNewsBefore { hours: 0 }),
            )
        })
    })
}

/// The facts the note is drafted from (`NoteFacts::gather`), kept up to date.
fn gathered(state: AppState, id: &Id, round: &Id, interviewer: Option<Id>) -> Memo<NoteFacts> {
    let (id, round) = (id.clone(), round.clone());
    Memo::new(move |_| {
        state.model.with(|m| {
            m.opportunity(&id)
                .and_then(|o| Some((o, o.round(&round)?)))
                .map(|(o, r)| NoteFacts::gather(&m.pitch, o, r, interviewer.as_ref()))
                .unwrap_or_default()
        })
    })
}

/// The tone of the draft.
#[component]
fn ToneChoice(tone: RwSignal<Tone>) -> impl IntoView {
    view! {
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
    }
}

/// The facts a draft still needs, each asked for where it lives (`Missing::value`/`edit`).
#[component]
fn MissingFacts(
    missing: Vec<Missing>,
    id: Id,
    round: Id,
    interviewer: Option<Id>,
) -> impl IntoView {
    let state = use_app_state();
    let field = move |missing: Missing| {
        let (id, round, interviewer) = (id.clone(), round.clone(), interviewer.clone());
        let value = {
            let (id, round, interviewer) = (id.clone(), round.clone(), interviewer.clone());
            Memo::new(move |_| {
                state
                    .model
                    .with(|m| missing.value(m, &id, &round, interviewer.as_ref()))
            })
        };
        let on_input = Callback::new(move |value: String| {
            state.apply(missing.edit(&id, &round, interviewer.as_ref(), value));
        });
        view! {
            <TextField id=format!("missing-{missing:?}").to_ascii_lowercase() label=missing.question() value on_input/>
        }
    };
    view! {
        <div class="notice">
            <p><strong>"A few facts are needed for the draft:"</strong></p>
            {missing.into_iter().map(field).collect_view()}
        </div>
    }
}

/// The live checks of a thank-you note, or the cautions for a follow-up.
#[component]
fn NoteChecks(
    is_thank_you: bool,
    text: Memo<String>,
    note_facts: Memo<NoteFacts>,
    ended: Memo<Option<DateTime<Utc>>>,
    unanswered: Memo<bool>,
    /// The playbook's thank-you hours and "no news before" hours, when it has those rules.
    hours: Memo<(Option<u32>, Option<u32>)>,
) -> impl IntoView {
    let state = use_app_state();
    move || {
        let body = text.get();
        let now = state.now.get();
        let (thank_you_hours, no_news_hours) = hours.get();
        let timing = |hours: Option<u32>| {
            Some(Timing {
                ended: ended.get()?,
                now,
                hours: hours?,
            })
        };
        let (checks, warnings) = if is_thank_you {
            let checks = check_thank_you(&body, &note_facts.get(), timing(thank_you_hours));
            (checks, Vec::new())
        } else {
            let checks = check_follow_up_note(&body, &note_facts.get(), timing(no_news_hours));
            let warnings = check_follow_up(
                &body,
                ended.get(),
                now,
                unanswered.get(),
                no_news_hours.unwrap_or(0),
            );
            (checks, warnings)
        };
        let passed = checks.iter().filter(|c| c.passed).count();
        let total = checks.len();
        view! {
            {warnings.into_iter().map(|warning| view! {
                <p class="notice notice--warning">{warning.message(now)}</p>
            }).collect_view()}
            {(!is_thank_you).then(|| view! {
                <p class="field__hint">"Short, polite and memorable, with one specific detail of the job: e-mail suits recruiters, who are often in meetings."</p>
            })}
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
    }
}

/// Copy, open in the mail app, share, and mark as sent.
#[component]
fn SendButtons(
    to: Memo<String>,
    subject: Memo<String>,
    text: Memo<String>,
    mark_sent: Callback<()>,
    message: RwSignal<Option<String>>,
) -> impl IntoView {
    let copy = move |_| {
        browser::copy_and_say(
            text.get_untracked(),
            message,
            "Copied. Paste it into your e-mail.",
        )
    };
    let share = move |_| {
        let (title, text) = (subject.get_untracked(), text.get_untracked());
        spawn_local(async move { browser::share_text(&title, &text).await });
    };
    view! {
        <div class="action__buttons">
            <button type="button" class="button button--quiet" on:click=copy>"Copy"</button>
            <a class="button button--quiet" href=move || mailto(&to.get(), &subject.get(), &text.get())>
                "Open in mail app"
            </a>
            {browser::can_share().then(|| view! {
                <button type="button" class="button button--quiet" on:click=share>"Share…"</button>
            })}
            <button type="button" class="button" on:click=move |_| mark_sent.run(())>"Mark as sent"</button>
        </div>
    }
}
