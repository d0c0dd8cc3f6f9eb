//! Interviews and offers elsewhere: where the candidate logs one from Today, so that every
//! recruiter gets a reminder to hear it from them.

use crate::components::elsewhere_log::ElsewhereLog;
use crate::domain::route::Route;
use leptos::prelude::*;

/// The screen: its heading, a line of why, and the log.
#[component]
pub fn ElsewherePage() -> impl IntoView {
    view! {
        <p class="breadcrumb"><a href=Route::Today.to_fragment()>"← Today"</a></p>
        <h1 tabindex="-1">"Interviews and offers elsewhere"</h1>
        <ElsewhereLog title="Log one, then tell each recruiter"/>
    }
}
