//! A snapshot of a candidate's opportunity, opened by their coach: shown read-only, and
//! stored only if the coach keeps it on their coach board (never automatically); the coach's
//! own opportunities are not touched.

use crate::browser::local_time;
use crate::components::in_safari::InSafariTab;
use crate::domain::board::card_for;
use crate::domain::board_card::{on_the_board, BoardCard, OnTheBoard};
use crate::domain::msg::Msg;
use crate::domain::route::Route;
use crate::domain::snapshot::{decode, Snapshot};
use crate::pages::frames::LinkRefused;
use crate::runtime::state::use_app_state;
use chrono::{DateTime, Utc};
use leptos::prelude::*;

fn local(ms: i64) -> Option<String> {
    let at = DateTime::<Utc>::from_timestamp_millis(ms)?;
    Some(local_time(at))
}

/// "Keep on my coach board", or where the board stands with this snapshot: the date of the
/// one kept and of this one when they differ.
#[component]
fn KeepOnBoard(card: BoardCard) -> impl IntoView {
    let state = use_app_state();
    let taken = local(card.taken_at.timestamp_millis()).unwrap_or_default();
    let standing = {
        let card = card.clone();
        Memo::new(move |_| state.model.with(|m| on_the_board(&m.board, &card)))
    };
    let problem = RwSignal::new(None::<String>);
    let keep = move |_| {
        let msg = Msg::KeepOnBoard(BoardCard {
            kept_at: crate::browser::now(),
            ..card.clone()
        });
        leptos::task::spawn_local(async move {
            match state.dispatch_soon(msg).await {
                Ok(()) => problem.set(None),
                Err(error) => problem.set(Some(error.to_string())),
            }
        });
    };
    let board = Route::Board.to_fragment();
    view! {
        <section class="card" aria-labelledby="keep-title">
            <h2 id="keep-title">"Your coach board"</h2>
            {move || match standing.get() {
                OnTheBoard::No => view! {
                    <p>"Keep this snapshot to follow it beside your other candidates' on your coach board, in this browser only. A newer snapshot of the same opportunity replaces it."</p>
                    <button type="button" class="button" on:click=keep.clone()>"Keep on my coach board"</button>
                }.into_any(),
                OnTheBoard::Older(kept) => view! {
                    <p>{format!("Your board has an older snapshot of this opportunity, taken {}. This one was taken {taken}.", local_time(kept))}</p>
                    <button type="button" class="button" on:click=keep.clone()>"Replace it with this one"</button>
                }.into_any(),
                OnTheBoard::Newer(kept) => view! {
                    <p>{format!("Your board has a newer snapshot of this opportunity, taken {}. This one was taken {taken}; it is shown but not kept.", local_time(kept))}</p>
                }.into_any(),
                OnTheBoard::This => view! {
                    <p role="status">{format!("On your coach board (snapshot taken {taken}).")}</p>
                }.into_any(),
            }}
            <p class="form-error" role="alert">{move || problem.get()}</p>
            <a class="button button--quiet" href=board>"See your coach board"</a>
        </section>
    }
}

/// The read-only view of a snapshot link.
#[component]
pub fn SnapshotPage(link: String) -> impl IntoView {
    let state = use_app_state();
    let snapshot: Snapshot = match decode(&link) {
        Ok(snapshot) => snapshot,
        Err(error) => return view! { <LinkRefused error/> }.into_any(),
    };
    let title = [snapshot.company.trim(), snapshot.role.trim()]
        .into_iter()
        .find(|t| !t.is_empty())
        .unwrap_or("An opportunity")
        .to_owned();
    let detail = |label: &'static str, text: String| {
        (!text.trim().is_empty())
            .then(|| view! { <dt>{label}</dt><dd class="pre-line">{text}</dd> })
    };
    let card = card_for(&snapshot, &link, state.now.get_untracked());
    let who = snapshot.candidate.clone();
    view! {
        <p class="notice" role="status">
            <strong>"Read-only. "</strong>
            "A candidate shared this snapshot with you. It is shown from the link only: nothing \
             from it is saved in this browser unless you keep it on your coach board, and your \
             own data is untouched."
        </p>
        <h1 tabindex="-1">{title}</h1>
        <InSafariTab route=Route::Snapshot(link.clone())/>
        <p class="meta">{who.map(|name| format!("{name} · "))}{format!("{} · snapshot taken {}", snapshot.status, local(snapshot.taken_at).unwrap_or_default())}</p>
        {snapshot.next.clone().map(|next| view! {
            <p><strong>"Next step: "</strong>{next.title}{local(next.due_at).map(|at| format!(", by {at}"))}</p>
        })}
        <KeepOnBoard card/>
        <section class="card">
            <h2>"The job"</h2>
            <dl class="answers">
                {detail("Company", snapshot.company.clone())}
                {detail("Role", snapshot.role.clone())}
                {detail("Location", snapshot.location.clone())}
                {detail("Key details", snapshot.job_details.clone())}
                {snapshot.recruiter.clone().map(|r| view! {
                    {detail("Recruiter", r.name)}
                    {detail("Agency", r.agency)}
                    {detail("Phone", r.phone)}
                    {detail("E-mail", r.email)}
                })}
                {detail("The candidate's e-mail or phone", snapshot.reach.clone().unwrap_or_default())}
                {detail("Notes", snapshot.notes.clone().unwrap_or_default())}
            </dl>
        </section>
        <section class="card">
            <h2>"Progress"</h2>
            <ul class="snapshot-steps">
                {snapshot.steps.iter().map(|step| view! {
                    <li><span>{step.title.clone()}</span><span class="meta">{format!("{} of {} done", step.done, step.total)}</span></li>
                }).collect_view()}
            </ul>
        </section>
        {snapshot.rounds.iter().enumerate().map(|(n, round)| view! {
            <section class="card">
                <h2>{format!("Round {}", n + 1)}</h2>
                <p class="meta">{format!("Kind of interview: {} · ", round.format)}{round.starts_at.and_then(local).unwrap_or_else(|| "date not set".to_owned())}
                    {if round.debrief_call_done { " · debrief call done" } else { " · no debrief call yet" }}</p>
                {(!round.people.is_empty()).then(|| view! {
                    <h3>"Interviewers"</h3>
                    <ul>
                        {round.people.iter().map(|p| {
                            let who = match (&p.name, p.title.trim()) {
                                (Some(name), "") => name.clone(),
                                (Some(name), title) => format!("{name}, {title}"),
                                (None, "") => "Someone (no title given)".to_owned(),
                                (None, title) => title.to_owned(),
                            };
                            view! { <li>{who}{p.rapport.clone().map(|r| format!(": {r}"))}</li> }
                        }).collect_view()}
                    </ul>
                })}
                <dl class="answers">
                    {detail("What the recruiter said", round.briefing.clone().unwrap_or_default())}
                    {round.debrief.iter().map(|(question, answer)| view! { <dt>{question.clone()}</dt><dd class="pre-line">{answer.clone()}</dd> }).collect_view()}
                    {round.interest.map(|level| view! { <dt>"Interest"</dt><dd>{format!("{level} of 5")}</dd> })}
                </dl>
            </section>
        }).collect_view()}
        <div class="button-grid">
            <button type="button" class="button" on:click=move |_| state.replace_route(Route::Today)>"Close"</button>
        </div>
    }
    .into_any()
}
