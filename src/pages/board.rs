//! The coach board: the snapshots a coach kept, one card per candidate and opportunity,
//! sorted by what needs attention. Each card opens its full snapshot; removing one offers
//! an undo.

use crate::browser::local_time;
use crate::domain::board::{
    age_text, ask_for_snapshot, by_attention, due_text, is_stale, view_of, Attention, CardView,
};
use crate::domain::board_card::BoardCard;
use crate::domain::msg::Msg;
use crate::domain::route::Route;
use crate::runtime::state::use_app_state;
use leptos::prelude::*;

/// The coach board screen.
#[component]
pub fn BoardPage() -> impl IntoView {
    let state = use_app_state();
    let removed = RwSignal::new(None::<(BoardCard, String)>);
    let cards = Memo::new(move |_| {
        // Refreshed with `now`, read to the millisecond: what was just logged counts.
        state.now.track();
        let now = crate::browser::now();
        state.model.with(|m| {
            let mut good = Vec::new();
            let mut unreadable = Vec::new();
            for card in &m.board {
                match view_of(card, now) {
                    Ok(view) => good.push(view),
                    Err(error) => unreadable.push((card.key.clone(), error.to_string())),
                }
            }
            by_attention(&mut good);
            (good, unreadable)
        })
    });
    let remove = move |key: String, name: String| {
        let card = state
            .model
            .with_untracked(|m| m.board.iter().find(|c| c.key == key).cloned());
        if state.dispatch(Msg::RemoveFromBoard(key)).is_ok() {
            removed.set(card.map(|card| (card, name)));
            // The tapped button is gone with its card: keyboard focus goes to the undo.
            request_animation_frame(|| crate::browser::focus("undo-remove"));
        }
    };
    let undo = move |_| {
        if let Some((card, _)) = removed.get_untracked() {
            if state.dispatch(Msg::KeepOnBoard(card)).is_ok() {
                removed.set(None);
                request_animation_frame(crate::browser::focus_heading);
            }
        }
    };
    view! {
        <h1 tabindex="-1">"Coach board"</h1>
        <p class="lead">
            "The snapshots your candidates sent you and you chose to keep, most in need of your \
             attention first. They are kept in this browser only, with your backups."
        </p>
        <p class="form-status" role="status">
            {move || removed.get().map(|(_, name)| view! {
                {format!("Removed {name} from the board. ")}
                <button type="button" id="undo-remove" class="button button--quiet" on:click=undo>"Undo"</button>
            })}
        </p>
        {move || {
            let (good, unreadable) = cards.get();
            if good.is_empty() && unreadable.is_empty() {
                return view! { <EmptyBoard/> }.into_any();
            }
            view! {
                <ul class="board" aria-label="Candidates">
                    {good.into_iter().map(|card| view! { <Card card remove/> }).collect_view()}
                </ul>
                {unreadable.into_iter().map(|(key, why)| {
                    let label = format!("Remove the card that cannot be read ({why})");
                    view! {
                        <section class="card" role="alert">
                            <p>{format!("A card on your board cannot be read: {why}")}</p>
                            <button type="button" class="button button--quiet" aria-label=label
                                on:click=move |_| remove(key.clone(), "the card".to_owned())>"Remove it"</button>
                        </section>
                    }
                }).collect_view()}
            }.into_any()
        }}
    }
}

/// What the board shows before anything is kept: what it is for and how to fill it.
#[component]
fn EmptyBoard() -> impl IntoView {
    view! {
        <section class="card empty-state">
            <h2>"No candidates on your board yet"</h2>
            <p>
                "When a candidate sends you a snapshot link from Candor (their opportunity's \
                 share screen), open it and choose “Keep on my coach board”. Each opportunity \
                 gets a card with its stage, the next step and when it is due, and what the \
                 last debrief said about interest and concerns."
            </p>
            <p>
                "Ask them to send a new snapshot after each interview or debrief: it replaces \
                 the older card. Nothing is uploaded anywhere; the board stays in this browser \
                 and goes into your backups from the Data screen."
            </p>
            <a class="button button--quiet" href=Route::Open.to_fragment()>"Paste a snapshot link"</a>
        </section>
    }
}

fn attention_text(card: &CardView, now: chrono::DateTime<chrono::Utc>) -> String {
    match (&card.attention, &card.next) {
        (Attention::Closed, Some(next)) => {
            format!(
                "Closed. Still to do: {}, {}.",
                next.title,
                due_text(next, now)
            )
        }
        (Attention::Closed, None) => "Closed: nothing more to do.".to_owned(),
        (Attention::NoNextStep, _) | (_, None) => {
            "No next step planned: worth asking where it stands.".to_owned()
        }
        (_, Some(next)) => format!("{}: {}.", next.title, due_text(next, now)),
    }
}

/// One card: the candidate and opportunity, where it stands, and what to look at.
#[component]
fn Card(card: CardView, remove: impl Fn(String, String) + Copy + 'static) -> impl IntoView {
    let state = use_app_state();
    let now = state.now.get_untracked();
    let name = format!("{}: {}", card.candidate, card.title);
    let link = Route::Snapshot(card.link.clone()).to_fragment();
    let class = match card.attention {
        Attention::Overdue => "board-card board-card--overdue",
        Attention::Due => "board-card",
        Attention::NoNextStep => "board-card board-card--quiet",
        Attention::Closed => "board-card board-card--closed",
    };
    let (key, label) = (card.key.clone(), format!("Remove {name} from the board"));
    let removed_name = name.clone();
    let age = age_text(card.taken_at, now);
    let stale = is_stale(&card, now).then(|| {
        view! {
            <p class="board-card__stale">
                {format!("This snapshot was {age}: ask {} for a new one to see where things stand.", card.candidate)}
            </p>
        }
    });
    view! {
        <li class=class>
            <h2>{card.candidate.clone()}<span class="board-card__title">{card.title.clone()}</span></h2>
            <p class="meta">{format!("{} · snapshot {age} ({}) · kept {}", card.stage, local_time(card.taken_at), local_time(card.kept_at))}</p>
            <p class="board-card__next">
                {attention_text(&card, now)}
            </p>
            {stale}
            {(card.interest.is_some() || card.concerns.is_some()).then(|| view! {
                <dl class="answers">
                    {card.interest.map(|level| view! { <dt>"Interest after the last debrief"</dt><dd>{format!("{level} of 5")}</dd> })}
                    {card.concerns.clone().map(|text| view! { <dt>"Their concerns"</dt><dd class="pre-line">{text}</dd> })}
                </dl>
            })}
            <div class="button-grid">
                <a class="button button--quiet" href=link aria-label=format!("Open the snapshot: {name}")>"Open the snapshot"</a>
                <button type="button" class="button button--quiet" aria-label=label
                    on:click=move |_| remove(key.clone(), removed_name.clone())>"Remove"</button>
            </div>
            <AskForSnapshot card=card.clone()/>
        </li>
    }
}

/// "Ask for a new snapshot": the message, with a link that opens the candidate's share
/// screen, sent by e-mail or text when the candidate included a way to reach them, else
/// copied.
#[component]
fn AskForSnapshot(card: CardView) -> impl IntoView {
    let state = use_app_state();
    let coach = state.model.with_untracked(|m| m.pitch.your_name.clone());
    let ask = ask_for_snapshot(&card, &crate::browser::page_address(), &coach);
    let copied = RwSignal::new(None::<String>);
    let body = ask.body.clone();
    let copy = move |_| {
        crate::browser::copy_and_say(
            body.clone(),
            copied,
            "Message copied: paste it into your message to them.",
        )
    };
    let label = format!("Ask for a new snapshot: {}: {}", card.candidate, card.title);
    view! {
        <details class="collapsed board-card__ask">
            <summary aria-label=label>"Ask for a new snapshot"</summary>
            <p class="field__hint">
                {if ask.link.is_some() {
                    "The link in it opens this opportunity's share screen in their Candor."
                } else {
                    "This snapshot was made before snapshots named their opportunity: the message says where to find the share screen."
                }}
            </p>
            <p class="pre-line board-card__message">{ask.body.clone()}</p>
            <div class="button-grid">
                {ask.send.map(|(words, href)| view! { <a class="button" href=href>{words}</a> })}
                <button type="button" class="button button--quiet" on:click=copy>"Copy the message"</button>
            </div>
            <p class="form-status" role="status">{move || copied.get()}</p>
        </details>
    }
}
