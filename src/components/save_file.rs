//! The line under a button that saved a file, when the file did not leave: share it with a
//! tap of its own, copy its text, or why it failed (`runtime::files::save`). And the same for
//! the shell and Today's first screenful, whose code must stay small: there the saving code
//! and this line arrive with the engine's writer the first time a file is saved.

use crate::browser::{self, FileToSave, Unsaved};
use crate::domain::due::Action;
use crate::domain::ics::{action_event, calendar};
use crate::runtime::chunks::on_demand;
use crate::runtime::files::{calendar_file, offer_backup, save, NotSaved, SaveOutcome};
use crate::runtime::state::AppState;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::cell::Cell;

/// Saving, as the writer's chunk brings it.
#[derive(Clone, Copy)]
struct Saver {
    save: fn(FileToSave, SaveOutcome),
    /// The calendar file of a dated action, named after its opportunity.
    action_calendar: fn(&Action, &str) -> FileToSave,
    offer_backup: fn(AppState, SaveOutcome),
    problem: fn(SaveOutcome, bool) -> AnyView,
}

on_demand! {
    /// Fetches the saving code (with the writer's chunk).
    fn fetch_saver() -> Saver, in writer, {
        Saver {
            save: |file, outcome| save(file, outcome, || ()),
            action_calendar: |action, name| {
                let text = calendar(&[action_event(action, name)], browser::now());
                calendar_file("candor-reminder.ics", text)
            },
            offer_backup: |state, outcome| offer_backup(state, outcome, || ()),
            problem: |outcome, in_banner| view! { <SaveProblem outcome in_banner/> }.into_any(),
        }
    }
}

thread_local! {
    static SAVER: Cell<Option<Saver>> = const { Cell::new(None) };
}

/// The saving code, fetched if needed; `outcome` says so when it cannot be had.
async fn saver(outcome: SaveOutcome) -> Option<Saver> {
    if let Some(saver) = SAVER.get() {
        return Some(saver);
    }
    match fetch_saver().await {
        Ok(saver) => {
            SAVER.set(Some(saver));
            Some(saver)
        }
        Err(_) => {
            outcome.set(Some(NotSaved::NotMade(
                "Candor could not load the part that saves files. Check the connection and try again"
                    .to_owned(),
            )));
            None
        }
    }
}

/// `runtime::files::save`, for the shell and Today's first screenful.
pub fn save_soon(file: FileToSave, outcome: SaveOutcome) {
    spawn_local(async move {
        if let Some(saver) = saver(outcome).await {
            (saver.save)(file, outcome);
        }
    });
}

/// Saves the calendar file of a dated action, for Today's first screenful: the calendar
/// code arrives with the saving code.
pub fn save_action_calendar_soon(action: Action, opportunity: String, outcome: SaveOutcome) {
    spawn_local(async move {
        if let Some(saver) = saver(outcome).await {
            (saver.save)((saver.action_calendar)(&action, &opportunity), outcome);
        }
    });
}

/// `runtime::files::offer_backup`, for the shell.
pub fn offer_backup_soon(state: AppState, outcome: SaveOutcome) {
    spawn_local(async move {
        if let Some(saver) = saver(outcome).await {
            (saver.offer_backup)(state, outcome);
        }
    });
}

/// `SaveProblem`, for the shell and Today's first screenful.
#[component]
pub fn SaveProblemSoon(
    /// The file and why it did not leave, if it did not.
    outcome: SaveOutcome,
    /// Inside a banner that is already an alert.
    #[prop(optional)]
    in_banner: bool,
) -> impl IntoView {
    move || {
        let not_saved = outcome.get()?;
        Some(match SAVER.get() {
            Some(saver) => (saver.problem)(outcome, in_banner),
            // Only the failure to fetch the saving code itself gets here.
            None => {
                let why = match not_saved {
                    NotSaved::NotMade(why) => why,
                    NotSaved::File(..) => String::new(),
                };
                view! { <p class="form-error" role="alert">"The file was not saved: " {why}</p> }
                    .into_any()
            }
        })
    }
}

/// What to do when a file did not leave: share it with a tap of its own, copy its text, or
/// why it failed.
#[component]
pub fn SaveProblem(
    /// The file and why it did not leave, if it did not.
    outcome: SaveOutcome,
    /// Inside a banner that is already an alert: styled for it, and not announced twice.
    #[prop(optional)]
    in_banner: bool,
) -> impl IntoView {
    let class = if in_banner {
        "banner__error"
    } else {
        "form-error"
    };
    let role = (!in_banner).then_some("alert");
    let copied = RwSignal::new(None::<String>);
    move || {
        outcome.get().map(|not_saved| match not_saved {
            NotSaved::File(file, Unsaved::NeedsTap) => {
                let again = file.clone();
                view! {
                    <div class="save-problem" role=role>
                        <p>{format!("“{}” is ready.", file.name)}</p>
                        <button type="button" class="button" on:click=move |_| save(again.clone(), outcome, || ())>
                            "Save the file"
                        </button>
                    </div>
                }
                .into_any()
            }
            NotSaved::File(file, Unsaved::CopyInstead) => {
                let text = file.text.clone();
                let copy = move |_| browser::copy_and_say(text.clone(), copied, "Copied.");
                view! {
                    <div class="save-problem" role=role>
                        <p>{format!(
                            "This browser cannot save files here. Copy the text below into a file named “{}” to keep it.",
                            file.name
                        )}</p>
                        <label class="visually-hidden" for="save-problem-text">{file.name.clone()}</label>
                        <textarea id="save-problem-text" class="share-link" rows="4" readonly>{file.text.clone()}</textarea>
                        <button type="button" class="button" on:click=copy>"Copy the text"</button>
                        <p class="form-status" role="status">{move || copied.get()}</p>
                    </div>
                }
                .into_any()
            }
            NotSaved::File(_, Unsaved::Failed(why)) | NotSaved::NotMade(why) => {
                view! { <p class=class role=role>"The file was not saved: " {why}</p> }.into_any()
            }
        })
    }
}
