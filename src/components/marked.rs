//! Text with what a search matched highlighted (`<mark>`), and the search field the lists
//! share.

use crate::domain::search::Query;
use leptos::prelude::*;
use std::sync::{Arc, Mutex};

/// `text`, the parts matching `query` marked. The text is redrawn only when what matches in
/// it changes, not at every keystroke of the query.
#[component]
pub fn Marked(#[prop(into)] text: String, #[prop(into)] query: Signal<Query>) -> impl IntoView {
    let text: std::sync::Arc<str> = text.into();
    let marks = {
        let text = text.clone();
        Memo::new(move |_| query.with(|query| query.marks(&text)))
    };
    move || {
        let marks = marks.get();
        let mut parts = Vec::with_capacity(marks.len() * 2 + 1);
        let mut at = 0;
        for range in marks {
            if range.start > at {
                parts.push(text[at..range.start].to_owned().into_any());
            }
            let hit = text[range.clone()].to_owned();
            parts.push(view! { <mark>{hit}</mark> }.into_any());
            at = range.end;
        }
        if at < text.len() || parts.is_empty() {
            parts.push(text[at..].to_owned().into_any());
        }
        parts.collect_view()
    }
}

/// How long typing pauses before the search runs: a keystroke itself only draws the letter,
/// so that typing stays quick with a thousand records to search.
const PAUSE: std::time::Duration = std::time::Duration::from_millis(150);

/// A labelled search field (role `searchbox`). It reports the query once typing pauses
/// (`PAUSE`), or at once on Enter or on leaving the field; it shows `value` when that changes
/// from elsewhere (a filter link, Back, "Clear the search").
#[component]
pub fn SearchField(
    id: &'static str,
    label: &'static str,
    #[prop(into)] value: Signal<String>,
    on_input: Callback<String>,
) -> impl IntoView {
    let typed = RwSignal::new(value.get_untracked());
    Effect::new(move |_| {
        let committed = value.get();
        if typed.get_untracked() != committed {
            typed.set(committed);
        }
    });
    // The field can be taken away while focused (Back, a link followed by a key): then its
    // `change` event arrives after the screen is gone, and a pending search must not run.
    // Held outside the reactive system, so that it can still be cleared as the screen goes.
    let pending = Arc::new(Mutex::new(None::<TimeoutHandle>));
    let cancel = {
        let pending = pending.clone();
        move || {
            if let Some(handle) = pending.lock().ok().and_then(|mut slot| slot.take()) {
                handle.clear();
            }
        }
    };
    on_cleanup(cancel.clone());
    let input = {
        let cancel = cancel.clone();
        move |ev| {
            let field: web_sys::HtmlInputElement = event_target(&ev);
            let text = field.value();
            cancel();
            if typed.try_set(text.clone()).is_none() {
                // Only while the field is still on screen: the screen may have gone meanwhile.
                let search = move || {
                    if field.is_connected() {
                        let _ = on_input.try_run(text);
                    }
                };
                let handle = set_timeout_with_handle(search, PAUSE).ok();
                if let Ok(mut slot) = pending.lock() {
                    *slot = handle;
                }
            }
        }
    };
    let now = move |ev: leptos::ev::Event| {
        cancel();
        // A field already taken out of the page is not searching any more.
        let field: web_sys::HtmlInputElement = event_target(&ev);
        let text = field.value();
        if field.is_connected() && value.try_get_untracked().is_some_and(|old| old != text) {
            let _ = on_input.try_run(text);
        }
    };
    view! {
        <div class="field search-field" role="search">
            <label for=id>{label}</label>
            <input
                id=id
                type="search"
                autocomplete="off"
                spellcheck="false"
                enterkeyhint="search"
                prop:value=move || typed.get()
                on:input=input
                on:change=now
            />
        </div>
    }
}
