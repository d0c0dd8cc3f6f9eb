//! A playbook link opened: first a preview of everything in it, then an import only if the
//! candidate confirms. Opening the link changes nothing; whatever the candidate decides, the
//! link is then taken out of the address bar.

use crate::components::choice::Choice;
use crate::components::in_safari::InSafariTab;
use crate::domain::model::ImportKind;
use crate::domain::msg::Msg;
use crate::domain::playbook::{ChecklistItem, Playbook};
use crate::domain::playbook_update::{offers_for, Offer};
use crate::domain::route::Route;
use crate::domain::share::decode_playbook;
use crate::domain::time_text::plural;
use crate::pages::frames::LinkRefused;
use crate::pages::frames::{CoachNoteView, PlaybookItems};
use crate::runtime::state::use_app_state;
use leptos::prelude::*;
use std::collections::HashSet;

/// The preview of a playbook link.
#[component]
pub fn ImportPage(link: String) -> impl IntoView {
    let state = use_app_state();
    let playbook = match decode_playbook(&link) {
        Ok(playbook) => playbook,
        Err(error) => return view! { <LinkRefused error/> }.into_any(),
    };
    let kind = state.model.with_untracked(|m| m.import_kind(&playbook));
    let use_for_new = RwSignal::new(kind == ImportKind::New);
    let id = playbook.id.clone();
    let dismiss = move |_| state.replace_route(Route::Playbook);
    let import = {
        let (playbook, id) = (playbook.clone(), id.clone());
        move |_| {
            let (msg, id) = (Msg::ImportPlaybook(playbook.clone()), id.clone());
            leptos::task::spawn_local(async move {
                if state.dispatch_soon(msg).await.is_ok() {
                    if use_for_new.get_untracked() {
                        state.apply(Msg::UseForNew(Some(id.clone())));
                    }
                    state.replace_route(Route::EditPlaybook(id));
                }
            });
        }
    };
    let open_mine = {
        let id = id.clone();
        move |_| state.replace_route(Route::EditPlaybook(id.clone()))
    };
    if kind == ImportKind::Newer {
        return view! { <UpdatePage link playbook/> }.into_any();
    }
    let (title, intro) = match kind {
        ImportKind::New => (
            "Keep it?",
            "Someone shared this playbook with you. Read it through; it is kept in this browser \
             only if you choose to.",
        ),
        ImportKind::Same => (
            "Up to date",
            "You already have this version of the playbook.",
        ),
        _ => (
            "An older version",
            "This link has an older version of the playbook than the one you have. Nothing \
             changes: your copy stays as it is.",
        ),
    };
    let count = playbook.items.len();
    view! {
        <p class="breadcrumb">"Shared with you"</p>
        <h1 tabindex="-1">{format!("Playbook: {}", playbook.name)}</h1>
        <InSafariTab route=Route::Import(link.clone())/>
        <section class="card" aria-labelledby="import-title">
            <h2 id="import-title">{title}</h2>
            <p>{intro}</p>
            <p class="meta">{format!("{count} items over the four moments.")}</p>
            <CoachNoteView playbook=playbook.clone()/>
            {(kind == ImportKind::New).then(|| view! {
                <Choice checked=use_for_new label="Use it for new opportunities"/>
            })}
            <div class="button-grid">
                {if kind == ImportKind::New {
                    view! { <button type="button" class="button" on:click=import>"Keep this playbook"</button> }.into_any()
                } else {
                    view! { <button type="button" class="button" on:click=open_mine>"Open my copy"</button> }.into_any()
                }}
                <button type="button" class="button button--quiet" on:click=dismiss>"Not now"</button>
            </div>
        </section>
        <PlaybookItems playbook/>
    }
    .into_any()
}

/// A newer version of a playbook the candidate kept: what the coach changed since, item by
/// item, to take or leave; the candidate's own changes stay unless they take the coach's.
#[component]
fn UpdatePage(link: String, playbook: Playbook) -> impl IntoView {
    let state = use_app_state();
    let id = playbook.id.clone();
    let mine = state
        .model
        .with_untracked(|m| m.own_playbook(&id).cloned())
        .unwrap_or_else(|| playbook.clone());
    let offers = offers_for(&mine, &playbook);
    // The coach's changes are ticked; where the candidate changed the item too, theirs stays
    // unless they tick the coach's.
    let taken = RwSignal::new(
        offers
            .iter()
            .filter(|offer| !offer.is_conflict())
            .map(|offer| offer.key().to_owned())
            .collect::<HashSet<String>>(),
    );
    let take = {
        let (theirs, id) = (playbook.clone(), id.clone());
        move |_| {
            let taken = taken.get_untracked().into_iter().collect();
            let msg = Msg::TakePlaybookUpdate {
                theirs: Box::new(theirs.clone()),
                taken,
            };
            let id = id.clone();
            leptos::task::spawn_local(async move {
                if state.dispatch_soon(msg).await.is_ok() {
                    state.replace_route(Route::EditPlaybook(id));
                }
            });
        }
    };
    let dismiss = move |_| state.replace_route(Route::Playbook);
    let kept_note = mine
        .kept_from
        .as_ref()
        .map_or(&mine.coach, |kept| &kept.coach);
    let message_changed = kept_note.message != playbook.coach.message;
    let count = offers.len();
    let lead = match count {
        0 => "Nothing in it differs from your copy.".to_owned(),
        _ => format!(
            "Since the version you kept, your coach changed {}. Ticked changes are taken; \
             your own edits stay unless you tick the coach's version.",
            plural(count, "item", "items")
        ),
    };
    view! {
        <p class="breadcrumb">"Shared with you"</p>
        <h1 tabindex="-1">{format!("Playbook: {}", playbook.name)}</h1>
        <InSafariTab route=Route::Import(link)/>
        <section class="card" aria-labelledby="import-title">
            <h2 id="import-title">"A newer version"</h2>
            <p>{lead}</p>
            {message_changed.then(|| view! {
                <h3>"Your coach's new message"</h3>
                <CoachNoteView playbook=playbook.clone()/>
            })}
            <ul class="update-offers">
                {offers.into_iter().map(|offer| view! { <OfferRow offer taken/> }).collect_view()}
            </ul>
            <div class="button-grid">
                <button type="button" class="button" on:click=take>
                    {if count == 0 { "Mark my copy up to date" } else { "Take the ticked changes" }}
                </button>
                <button type="button" class="button button--quiet" on:click=dismiss>"Not now"</button>
            </div>
        </section>
    }
}

/// One change the coach made, with a tick to take it, shown beside the candidate's version
/// when they changed the item too.
#[component]
fn OfferRow(offer: Offer, taken: RwSignal<HashSet<String>>) -> impl IntoView {
    let key = offer.key().to_owned();
    let both = offer.is_conflict();
    let change = offer.change.clone();
    let coach = change.new.clone().or(change.old.clone());
    let text = coach
        .as_ref()
        .map(|item| item.text.clone())
        .unwrap_or_default();
    let checked = {
        let key = key.clone();
        move || taken.with(|taken| taken.contains(&key))
    };
    let toggle = move |ev| {
        let on = event_target_checked(&ev);
        taken.update(|taken| {
            if on {
                taken.insert(key.clone());
            } else {
                taken.remove(&key);
            }
        });
    };
    let place = change.new.as_ref().map(|item| {
        format!(
            "{}, {}",
            item.moment.label(),
            item.phase.label().to_lowercase()
        )
    });
    let rule = |item: &Option<ChecklistItem>| {
        item.as_ref()
            .and_then(|item| item.due)
            .map_or_else(|| "No timing rule".to_owned(), |rule| rule.describe())
    };
    view! {
        <li class="update-offer" class:update-offer--both=both>
            <label class="choice">
                <input type="checkbox" prop:checked=checked on:change=toggle/>
                <span><strong>{change.summary()}</strong> ": " {text}</span>
            </label>
            {place.filter(|_| change.moved || change.is_added()).map(|place| view! { <p class="meta">{format!("In {place}.")}</p> })}
            {(change.reworded).then(|| view! {
                <div class="update-offer__sides">
                    <div><p class="meta">"Before"</p><p>{change.old.as_ref().map(|i| i.text.clone())}</p><p class="check__why">{change.old.as_ref().map(|i| i.why.clone())}</p></div>
                    <div><p class="meta">"Now"</p><p>{change.new.as_ref().map(|i| i.text.clone())}</p><p class="check__why">{change.new.as_ref().map(|i| i.why.clone())}</p></div>
                </div>
            })}
            {(change.rule_changed).then(|| view! {
                <p class="meta">{format!("Timing: {} Before: {}", rule(&change.new), rule(&change.old))}</p>
            })}
            {offer.mine_too.map(|mine| view! {
                <div class="update-offer__mine">
                    <p class="meta">"You changed this item too. Yours, kept unless you tick the coach's:"</p>
                    {match mine {
                        Some(item) => view! { <p>{item.text}</p><p class="check__why">{item.why}</p> }.into_any(),
                        None => view! { <p>"You removed it."</p> }.into_any(),
                    }}
                </div>
            })}
        </li>
    }
}
