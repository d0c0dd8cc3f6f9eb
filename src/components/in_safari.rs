//! On an iPhone or iPad, a link tapped in Messages or Mail opens in Safari, and an app added
//! to the Home Screen keeps its data apart from Safari's: what is opened or kept in the
//! Safari tab is not in the app. Where that can be the case, the link's screen says how to
//! bring the link into the app.

use crate::browser;
use crate::domain::route::Route;
use leptos::prelude::*;

/// How to open this link in the installed app: copy it, open Candor from the Home Screen,
/// paste it under "Open a link or a file". Shown only in a Safari tab on an iPhone or iPad.
#[component]
pub fn InSafariTab(
    /// The link's screen: its address is what is copied.
    route: Route,
) -> impl IntoView {
    let copied = RwSignal::new(None::<String>);
    let whole = format!("{}{}", browser::page_address(), route.to_fragment());
    let copy = move |_| {
        let done = "Link copied. Now open Candor from your Home Screen.";
        browser::copy_and_say(whole.clone(), copied, done)
    };
    (browser::is_ios() && !browser::is_installed()).then(|| {
        view! {
            <aside class="card card--note" aria-labelledby="in-safari-title">
                <h2 id="in-safari-title">"Using Candor from your Home Screen?"</h2>
                <p>
                    "The app on your Home Screen keeps its own data, apart from Safari's, so this \
                     link opened here is not in it. To open it there:"
                </p>
                <ol>
                    <li>"Copy this link."</li>
                    <li>"Open Candor from your Home Screen."</li>
                    <li>"Go to Data, then “Open a link or a file”, and paste it."</li>
                </ol>
                <button type="button" class="button" on:click=copy>"Copy this link"</button>
                <p class="form-status" role="status">{move || copied.get()}</p>
            </aside>
        }
    })
}
