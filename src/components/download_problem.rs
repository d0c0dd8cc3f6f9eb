//! Why a download did not start, under the button that offered it.

use leptos::prelude::*;

/// "The download did not start: …", while `error` holds a reason.
#[component]
pub fn DownloadProblem(
    /// Why the last download did not start, if it did not.
    error: RwSignal<Option<String>>,
    /// Inside a banner that is already an alert: styled for it, and not announced twice.
    #[prop(optional)]
    in_banner: bool,
) -> impl IntoView {
    move || {
        error.get().map(|why| {
            let class = if in_banner {
                "banner__error"
            } else {
                "form-error"
            };
            let role = (!in_banner).then_some("alert");
            view! { <p class=class role=role>"The download did not start: " {why}</p> }
        })
    }
}
