//! A share link ready to send: the link itself, its length, copy, the phone's share sheet and
//! a QR code to scan from a screen or a slide; and the same, lockable with a passphrase.

use crate::browser;
use crate::components::passphrase::{passphrase_to_lock, PassphraseField};
use crate::crypto;
use crate::domain::lock::MIN_PASSPHRASE;
use crate::domain::qr::qr_path;
use crate::domain::route::Route;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Everything needed to pass `link` on.
#[component]
pub fn ShareLink(
    /// The whole link, address and fragment.
    link: String,
    /// The title the share sheet shows.
    title: String,
) -> impl IntoView {
    let message = RwSignal::new(None::<String>);
    let length = link.chars().count();
    let copy = {
        let link = link.clone();
        move |_| browser::copy_and_say(link.clone(), message, "Link copied.")
    };
    let share = {
        let link = link.clone();
        move |_| {
            let (title, link) = (title.clone(), link.clone());
            spawn_local(async move { browser::share_text(&title, &link).await });
        }
    };
    let qr = qr_path(&link);
    view! {
        <div class="field">
            <label for="share-link">"The link"</label>
            <textarea id="share-link" class="share-link" rows="4" readonly aria-describedby="share-length">{link}</textarea>
            <p class="field__hint" id="share-length">{format!("{length} characters")}</p>
        </div>
        <div class="button-grid">
            <button type="button" class="button" on:click=copy>"Copy the link"</button>
            {browser::can_share().then(|| view! {
                <button type="button" class="button button--quiet" on:click=share>"Share…"</button>
            })}
        </div>
        <p class="form-status" role="status">{move || message.get()}</p>
        {match qr {
            Some(qr) => {
                let width = format!("min(100%, {}px)", qr.display_px());
                view! {
                <figure class="qr">
                    <svg class="qr__code" viewBox=format!("0 0 {0} {0}", qr.size) role="img"
                        style:width=width
                        aria-label="QR code of the link" shape-rendering="crispEdges">
                        <rect width=qr.size height=qr.size fill="#fff"/>
                        <path d=qr.path fill="#000"/>
                    </svg>
                    <figcaption>"Scan it with a phone's camera to open the link there."</figcaption>
                </figure>
            }.into_any()
            }
            None => view! {
                <p class="notice">"This link is too long for a QR code: copy or share it instead."</p>
            }.into_any(),
        }}
    }
}

/// A share link that can be locked with a passphrase before it is sent: `ShareLink` for the
/// link as it stands (open, or locked), and the form that locks or unlocks it. The
/// passphrase never goes into the link.
#[component]
pub fn LockableShareLink(
    /// The link's text without the `#` (`p1.…` or `s2.…`).
    payload: String,
    /// The route that carries a link's text.
    route: fn(String) -> Route,
    /// The title the share sheet shows.
    title: String,
) -> impl IntoView {
    let locked = RwSignal::new(None::<String>);
    let passphrase = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    let address = browser::page_address();
    let shown = {
        let payload = payload.clone();
        move || {
            let text = locked.get().unwrap_or_else(|| payload.clone());
            let link = format!("{address}{}", route(text).to_fragment());
            view! { <ShareLink link title=title.clone()/> }
        }
    };
    let lock_it = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let Some(phrase) = passphrase_to_lock(passphrase, problem, "lock-passphrase") else {
            return;
        };
        busy.set(true);
        let payload = payload.clone();
        spawn_local(async move {
            match crypto::lock(&phrase, &payload).await {
                Ok(text) => {
                    locked.set(Some(text));
                    passphrase.set(String::new());
                }
                Err(why) => problem.set(Some(format!("The link was not locked: {why}."))),
            }
            busy.set(false);
        });
    };
    let form = move || {
        match locked.get() {
        Some(_) => view! {
            <p class="notice" role="status">
                <strong>"Locked. "</strong>
                "The link above now opens only with the passphrase. Send the passphrase another \
                 way than the link: say it on a call, or text it if you e-mail the link. Anyone \
                 who has both can read it."
            </p>
            <button type="button" class="button button--quiet" on:click=move |_| locked.set(None)>"Remove the lock"</button>
        }.into_any(),
        None => view! {
            <p>
                "Anyone who has the link can read what it holds. Lock it, and they also need a \
                 passphrase you give them another way (never in the same message as the link)."
            </p>
            <form class="lock-form" on:submit=lock_it.clone() novalidate>
                <PassphraseField id="lock-passphrase" value=passphrase problem autocomplete="new-password"
                    hint=format!("At least {MIN_PASSPHRASE} characters. A few unrelated words are easy to say and hard to guess.")/>
                <button type="submit" class="button" disabled=move || busy.get()>
                    {move || if busy.get() { "Locking…" } else { "Lock the link" }}
                </button>
            </form>
        }.into_any(),
    }
    };
    view! {
        {shown}
        <section class="lock" aria-labelledby="lock-title">
            <h2 id="lock-title">"Lock it with a passphrase"</h2>
            {form}
        </section>
    }
}
