//! One playbook. The built-in one is shown read-only with a way to copy it; the candidate's
//! own are edited in place: name, the coach's note, and every item with its why, its phase,
//! its timing rule and its place in the list. Changes save as the candidate types.

use crate::browser;
use crate::components::text_field::TextField;
use crate::domain::msg::Msg;
use crate::domain::playbook::{
    built_in_ref, ChecklistItem, DueRule, ItemKind, Moment, Phase, Playbook, PlaybookChange,
    PlaybookId,
};
use crate::domain::route::Route;
use crate::domain::time_text::plural;
use crate::pages::frames::{copy_and_open, PlaybookItems, MOMENTS};
use crate::runtime::state::{use_app_state, AppState};
use leptos::prelude::*;

/// The screen for one playbook.
#[component]
pub fn PlaybookEditorPage(id: PlaybookId) -> impl IntoView {
    let state = use_app_state();
    if id.is_built_in() {
        let playbook = built_in_ref().clone();
        return view! {
            <p class="breadcrumb"><a href=Route::Playbook.to_fragment()>"← Playbooks"</a></p>
            <h1 tabindex="-1">{playbook.name.clone()}</h1>
            <p>
                {format!("Built into Candor, version {}. ", playbook.version)}
                "It cannot be changed, so that you can always come back to it. Make your own \
                 copy to add, change, reorder or remove items."
            </p>
            <p><button type="button" class="button" on:click=|_| copy_and_open(&PlaybookId::built_in())>"Make my own copy"</button></p>
            <PlaybookItems playbook/>
        }
        .into_any();
    }
    let exists = {
        let id = id.clone();
        Memo::new(move |_| state.model.with(|m| m.own_playbook(&id).is_some()))
    };
    (move || {
        if exists.get() {
            view! { <Editor state id=id.clone()/> }.into_any()
        } else {
            view! {
                <h1 tabindex="-1">"Playbook not found"</h1>
                <section class="card">
                    <p>"This playbook is not in this browser. It may have been deleted, or kept on another device."</p>
                    <a class="button" href=Route::Playbook.to_fragment()>"See your playbooks"</a>
                </section>
            }
            .into_any()
        }
    })
    .into_any()
}

/// A value read from one of the candidate's playbooks, kept up to date.
fn select<T: Default + PartialEq + Send + Sync + 'static>(
    state: AppState,
    id: &PlaybookId,
    read: impl Fn(&Playbook) -> T + Send + Sync + 'static,
) -> Memo<T> {
    let id = id.to_owned();
    Memo::new(move |_| {
        state
            .model
            .with(|m| m.own_playbook(&id).map(&read).unwrap_or_default())
    })
}

fn edit(state: AppState, id: &PlaybookId, change: PlaybookChange) {
    state.apply(Msg::EditPlaybook {
        id: id.to_owned(),
        change,
    });
}

#[component]
fn Editor(state: AppState, id: PlaybookId) -> impl IntoView {
    let name = select(state, &id, |p| p.name.clone());
    let coach_name = select(state, &id, |p| p.coach.name.clone());
    let coach_message = select(state, &id, |p| p.coach.message.clone());
    let for_new = {
        let id = id.clone();
        Memo::new(move |_| state.model.with(|m| m.new_playbook.as_ref() == Some(&id)))
    };
    let on = |change: fn(String) -> PlaybookChange| {
        let id = id.clone();
        Callback::new(move |value: String| edit(state, &id, change(value)))
    };
    let use_for_new = {
        let id = id.clone();
        move |_| state.apply(Msg::UseForNew(Some(id.clone())))
    };
    let copy = {
        let id = id.clone();
        move |_| copy_and_open(&id)
    };
    let remove = {
        let id = id.clone();
        move |_| {
            let used = state.model.with_untracked(|m| m.followers(&id));
            let question = if used == 0 {
                "Delete this playbook? This cannot be undone.".to_owned()
            } else {
                format!(
                    "Delete this playbook? {} follow it; they will follow Candor's playbook \
                     instead, and ticks on items only this playbook has will no longer show.",
                    plural(used, "opportunity", "opportunities")
                )
            };
            if browser::confirm(&question)
                && state.dispatch(Msg::RemovePlaybook(id.clone())).is_ok()
            {
                state.replace_route(Route::Playbook);
            }
        }
    };
    view! {
        <p class="breadcrumb"><a href=Route::Playbook.to_fragment()>"← Playbooks"</a></p>
        <h1 tabindex="-1">{move || name.get()}</h1>
        <p class="meta">"Your own playbook · changes save as you type"</p>
        <div class="button-grid">
            <a class="button" href=Route::SharePlaybook(id.clone()).to_fragment()>"Share as a link"</a>
            {move || if for_new.get() {
                view! { <span class="tag">"New opportunities follow this playbook"</span> }.into_any()
            } else {
                view! { <button type="button" class="button button--quiet" on:click=use_for_new.clone()>"Use for new opportunities"</button> }.into_any()
            }}
            <button type="button" class="button button--quiet" on:click=copy>"Make a copy"</button>
            <button type="button" class="button button--quiet button--danger" on:click=remove>"Delete"</button>
        </div>
        <section class="card" aria-labelledby="about-title">
            <h2 id="about-title">"Name and coach's note"</h2>
            <TextField id="playbook-name" label="Name" value=name on_input=on(PlaybookChange::Rename)/>
            <TextField id="coach-name" label="Coach's name" hint=Some("Shown with the playbook when you share it. Leave empty if it is just for you.")
                value=coach_name on_input=on(PlaybookChange::CoachName)/>
            <TextField id="coach-message" label="A short message from the coach" multiline=true
                value=coach_message on_input=on(PlaybookChange::CoachMessage)/>
        </section>
        {MOMENTS.map(|moment| view! { <MomentEditor state id=id.clone() moment/> })}
    }
}

#[component]
fn MomentEditor(state: AppState, id: PlaybookId, moment: Moment) -> impl IntoView {
    let keys = select(state, &id, move |p| {
        p.items_for(moment)
            .map(|item| item.key.clone())
            .collect::<Vec<_>>()
    });
    let add = {
        let id = id.clone();
        move |_| {
            let key = state
                .model
                .with_untracked(|m| m.own_playbook(&id).map(Playbook::fresh_key));
            let Some(key) = key else { return };
            edit(
                state,
                &id,
                PlaybookChange::AddItem {
                    key: key.clone(),
                    moment,
                    phase: if moment == Moment::Interview {
                        Phase::Before
                    } else {
                        Phase::After
                    },
                },
            );
            request_animation_frame(move || browser::reveal(&format!("item-{key}-text")));
        }
    };
    let title_id = format!(
        "moment-{}",
        moment
            .label()
            .to_ascii_lowercase()
            .replace(['\'', ' '], "-")
    );
    let heading_id = title_id.clone();
    view! {
        <section class="card" aria-labelledby=title_id>
            <h2 id=heading_id>{moment.label()}</h2>
            {move || keys.with(Vec::is_empty).then(|| view! { <p class="empty-note">"No items for this moment yet."</p> })}
            <ol class="edit-items">
                <For each=move || keys.get() key=|key| key.clone() let(key)>
                    <ItemEditor state id=id.clone() item_key=key/>
                </For>
            </ol>
            <button type="button" class="button button--quiet" on:click=add>
                {format!("Add an item to {}", moment.label())}
            </button>
        </section>
    }
}

#[component]
fn ItemEditor(state: AppState, id: PlaybookId, item_key: String) -> impl IntoView {
    let item = {
        let key = item_key.clone();
        select(state, &id, move |p| {
            p.items.iter().find(|item| item.key == key).cloned()
        })
    };
    let read = move |f: fn(&ChecklistItem) -> String| {
        Signal::derive(move || item.with(|i| i.as_ref().map(f).unwrap_or_default()))
    };
    let send = Callback::new(move |change: PlaybookChange| edit(state, &id, change));
    let key = item_key;
    let with_key = |make: fn(String, String) -> PlaybookChange| {
        let key = key.clone();
        Callback::new(move |value: String| send.run(make(key.clone(), value)))
    };
    let rule = Memo::new(move |_| item.with(|i| i.as_ref().and_then(|i| i.due)));
    let on_phase = {
        let key = key.clone();
        move |ev| {
            let phase = match event_target_value(&ev).as_str() {
                "before" => Phase::Before,
                "during" => Phase::During,
                _ => Phase::After,
            };
            if let Some(moment) = item.with_untracked(|i| i.as_ref().map(|i| i.moment)) {
                send.run(PlaybookChange::Place {
                    key: key.clone(),
                    moment,
                    phase,
                });
            }
        }
    };
    let mover = |up: bool| {
        let key = key.clone();
        move |_| {
            send.run(PlaybookChange::Move {
                key: key.clone(),
                up,
            })
        }
    };
    let remove = {
        let key = key.clone();
        move |_| {
            let has_text = item.with_untracked(|i| {
                i.as_ref()
                    .is_some_and(|i| !i.text.trim().is_empty() || !i.why.trim().is_empty())
            });
            if !has_text || browser::confirm("Remove this item and its why from the playbook?") {
                send.run(PlaybookChange::Remove(key.clone()));
            }
        }
    };
    let field_id = |part: &str| format!("item-{key}-{part}");
    let phase_id = field_id("phase");
    let text = read(|i| i.text.clone());
    view! {
        <li class="edit-item">
            <fieldset class="person">
                <legend>{move || { let t = text.get(); if t.trim().is_empty() { "New item".to_owned() } else { t } }}</legend>
                <TextField id=field_id("text") label="What to do" value=text on_input=with_key(|key, text| PlaybookChange::Text { key, text })/>
                <TextField id=field_id("why") label="Why it matters" multiline=true value=read(|i| i.why.clone())
                    on_input=with_key(|key, why| PlaybookChange::Why { key, why })/>
                <div class="edit-item__row">
                    <div class="field">
                        <label for=phase_id.clone()>"When"</label>
                        <select id=phase_id on:change=on_phase>
                            {[Phase::Before, Phase::During, Phase::After].map(|phase| {
                                let value = phase.label().to_ascii_lowercase();
                                view! { <option value=value prop:selected=move || item.with(|i| i.as_ref().map(|i| i.phase)) == Some(phase)>{phase.label()}</option> }
                            })}
                        </select>
                    </div>
                    <RuleFields key=key.clone() rule send/>
                    <KindField key=key.clone() item send/>
                </div>
                <p class="field__hint" id=field_id("rule-says")>
                    {move || rule.get().map(DueRule::describe).unwrap_or_else(|| "No date: a checklist item only.".to_owned())}
                </p>
                <div class="button-grid">
                    <button type="button" class="button button--quiet" on:click=mover(true)>"Move up"</button>
                    <button type="button" class="button button--quiet" on:click=mover(false)>"Move down"</button>
                    <button type="button" class="button button--quiet button--danger" on:click=remove>"Remove"</button>
                </div>
            </fieldset>
        </li>
    }
}

/// Whether an item is something to do (counted in its step's progress), a "don't", or
/// optional.
#[component]
fn KindField(
    key: String,
    item: Memo<Option<ChecklistItem>>,
    send: Callback<PlaybookChange>,
) -> impl IntoView {
    let id = format!("item-{key}-kind");
    let on_kind = move |ev| {
        if let Some(kind) = ItemKind::from_key(&event_target_value(&ev)) {
            send.run(PlaybookChange::Kind {
                key: key.clone(),
                kind,
            });
        }
    };
    view! {
        <div class="field">
            <label for=id.clone()>"Counts as"</label>
            <select id=id on:change=on_kind>
                {ItemKind::ALL.map(|kind| view! {
                    <option value=kind.key() prop:selected=move || item.with(|i| i.as_ref().map(|i| i.kind)) == Some(kind)>{kind.label()}</option>
                })}
            </select>
        </div>
    }
}

/// An item's timing rule, and its number of hours or days when it has one.
#[component]
fn RuleFields(
    key: String,
    rule: Memo<Option<DueRule>>,
    send: Callback<PlaybookChange>,
) -> impl IntoView {
    let (rule_id, number_id) = (format!("item-{key}-rule"), format!("item-{key}-number"));
    let on_rule = {
        let key = key.clone();
        move |ev| {
            let rule = event_target_value(&ev)
                .parse::<usize>()
                .ok()
                .and_then(|n| DueRule::ALL.get(n).copied());
            send.run(PlaybookChange::Rule {
                key: key.clone(),
                rule,
            });
        }
    };
    let on_number = move |ev| {
        let Ok(n) = event_target_value(&ev).trim().parse::<u32>() else {
            return;
        };
        if let Some(current) = rule.get_untracked() {
            send.run(PlaybookChange::Rule {
                key: key.clone(),
                rule: Some(current.with_number(n)),
            });
        }
    };
    let says = format!("{rule_id}-says");
    view! {
        <div class="field">
            <label for=rule_id.clone()>"Timing rule"</label>
            <select id=rule_id on:change=on_rule aria-describedby=says>
                <option value="" prop:selected=move || rule.get().is_none()>"None"</option>
                {DueRule::ALL.iter().enumerate().map(|(n, choice)| {
                    let kind = choice.kind();
                    view! { <option value=n.to_string() prop:selected=move || rule.get().map(DueRule::kind) == Some(kind)>{choice.label()}</option> }
                }).collect_view()}
            </select>
        </div>
        {move || rule.get().and_then(DueRule::number).map(|(n, unit)| {
            let max = if unit == "hours" { DueRule::MAX_HOURS } else { DueRule::MAX_DAYS };
            view! {
                <div class="field field--number">
                    <label for=number_id.clone()>{format!("Number of {unit}")}</label>
                    <input id=number_id.clone() type="number" inputmode="numeric" min="0" max=max prop:value=n.to_string() on:input=on_number.clone()/>
                </div>
            }
        })}
    }
}
