//! A share link ready to send: the link itself, its length, copy, the phone's share sheet and
//! a QR code to scan from a screen or a slide.

use crate::browser;
use crate::domain::qr::qr_path;
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
        move |_| {
            let link = link.clone();
            spawn_local(async move {
                message.set(Some(match browser::copy_text(&link).await {
                    Ok(()) => "Link copied.".to_owned(),
                    Err(why) => format!("Not copied: {why}."),
                }));
            });
        }
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
