//! The main navigation between the app's sections. The current section is marked with
//! `aria-current="page"`, which the style also uses, so it is not told by colour alone.

use crate::domain::route::Section;
use crate::runtime::state::use_app_state;
use leptos::prelude::*;

/// The navigation bar: a row at the top on wide screens, a tab bar at the bottom on phones.
#[component]
pub fn NavBar() -> impl IntoView {
    let route = use_app_state().route;
    let current = Memo::new(move |_| route.with(|route| route.section()));
    view! {
        <nav class="main-nav" aria-label="Main">
            <ul>
                {Section::ALL
                    .into_iter()
                    .map(|section| {
                        view! {
                            <li>
                                <a
                                    href=section.route().to_fragment()
                                    aria-current=move || {
                                        (current.get() == Some(section)).then_some("page")
                                    }
                                >
                                    {section.label()}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
