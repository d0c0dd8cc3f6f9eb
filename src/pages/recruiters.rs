//! Recruiters across a career: every recruiter, grouped across opportunities and searched as
//! you type; and one recruiter with their details, what they brought, the contact history,
//! how quickly they answer, the candidate's notes, referrals, "keep in touch", a contact card
//! to save, and merging or splitting entries.

use crate::browser::{self, local_time};
use crate::components::contact_log::ContactLog;
use crate::components::marked::{Marked, SearchField};
use crate::components::save_file::SaveProblem;
use crate::components::text_field::TextField;
use crate::domain::id::Id;
use crate::domain::mailto::{mailto, sms};
use crate::domain::msg::Msg;
use crate::domain::opportunity::{KeepInTouch, OpportunityId, Status};
use crate::domain::recruiters::{entries, entry_of, Entry, HELLO_WHY};
use crate::domain::route::Route;
use crate::domain::search::{recruiter_haystack, Query};
use crate::domain::time_text::capitalized;
use crate::domain::time_text::plural;
use crate::domain::vcard;
use crate::pages::frames::{NoMatch, ShowMore};
use crate::runtime::files::{contact_card, save, SaveOutcome};
use crate::runtime::state::use_app_state;
use chrono::{DateTime, Duration, Utc};
use leptos::prelude::*;

/// One recruiter in the list.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Line {
    key: OpportunityId,
    name: String,
    agency: String,
    opportunities: usize,
    last_contact: Option<DateTime<Utc>>,
    keep_in_touch: Option<u8>,
}

/// How many recruiters the list draws at first, and adds at each "Show more".
const PAGE: usize = 50;

/// The Recruiters screen: every recruiter, searched as you type.
#[component]
pub fn RecruitersPage() -> impl IntoView {
    let state = use_app_state();
    // Another screen's address keeps the last search: the screen is on its way out.
    let search = Memo::new(move |last: Option<&String>| match state.route.get() {
        Route::Recruiters(search) => search,
        _ => last.cloned().unwrap_or_default(),
    });
    let query = Memo::new(move |_| search.with(|text| Query::new(text)));
    // The entries, each with what it is found by, once per change of the data.
    let all = Memo::new(move |_| {
        let now = state.now.get_untracked();
        state.model.with(|m| {
            entries(m)
                .into_iter()
                .map(|entry| {
                    let line = Line {
                        name: entry.name(m),
                        agency: entry.agency(m),
                        opportunities: entry.members.len(),
                        last_contact: entry.last_contact(m, now),
                        keep_in_touch: entry.keep_in_touch(m).map(|keep| keep.every_months),
                        key: entry.key.clone(),
                    };
                    (line, recruiter_haystack(&entry, m))
                })
                .collect::<Vec<_>>()
        })
    });
    let found = Memo::new(move |_| {
        query.with(|query| {
            all.with(|all| {
                all.iter()
                    .filter(|(_, haystack)| query.matches(haystack))
                    .map(|(line, _)| line.clone())
                    .collect::<Vec<_>>()
            })
        })
    });
    let limit = RwSignal::new(PAGE);
    Effect::new(move |_| {
        search.track();
        limit.set(PAGE);
    });
    let shown = Memo::new(move |_| {
        found.with(|all| all.iter().take(limit.get()).cloned().collect::<Vec<_>>())
    });
    let set_search = Callback::new(move |text: String| {
        // Only while this screen is the one shown in the address as it is now: a screen
        // tapped a moment ago may not have reached `state.route` yet, and must not be undone.
        if matches!(
            Route::parse(&browser::current_fragment()),
            Route::Recruiters(_)
        ) {
            state.replace_route(Route::Recruiters(text));
        }
    });

    view! {
        <p class="breadcrumb">
            <a href=Route::opportunities().to_fragment()>"← Opportunities"</a>
        </p>
        <h1 tabindex="-1">"Recruiters"</h1>
        <p class="lead">
            "Everyone who brought you an opening, across all your opportunities. Recruiters keep \
             notes on the people they place and come back when something fits: this is your side \
             of those notes."
        </p>
        {move || if all.with(Vec::is_empty) {
            view! {
                <p class="empty-note">
                    "No recruiters yet. Add an opportunity with the recruiter's name, e-mail or phone, \
                     and they appear here."
                </p>
            }.into_any()
        } else {
            view! {
                <SearchField id="search-recruiters" label="Search recruiters" value=search on_input=set_search/>
                <p class="visually-hidden" role="status">
                    {move || (!search.with(String::is_empty)).then(|| format!("{} found", found.with(Vec::len)))}
                </p>
                {move || if shown.with(Vec::is_empty) {
                    let said = format!("No recruiter matches “{}”.", search.get().trim());
                    view! { <NoMatch said clear=set_search field="search-recruiters"/> }.into_any()
                } else {
                    view! {
                        <ul class="opportunity-list">
                            <For
                                each=move || shown.get()
                                key=|line| line.clone()
                                children=move |line| view! { <RecruiterRow line query/> }
                            />
                        </ul>
                        <ShowMore total=Signal::derive(move || found.with(Vec::len)) limit page=PAGE/>
                    }.into_any()
                }}
            }.into_any()
        }}
    }
}

#[component]
fn RecruiterRow(line: Line, query: Memo<Query>) -> impl IntoView {
    let mut facts = vec![plural(line.opportunities, "opportunity", "opportunities")];
    if let Some(at) = line.last_contact {
        facts.push(format!("last contact {}", local_time(at)));
    }
    view! {
        <li class="opportunity-row">
            <a class="opportunity-row__link" href=Route::Recruiter(line.key).to_fragment()>
                <span class="opportunity-row__title"><Marked text=line.name query/></span>
                {(!line.agency.is_empty()).then(|| view! {
                    <span class="opportunity-row__role"><Marked text=line.agency query/></span>
                })}
                <span class="opportunity-row__recruiter">{facts.join(" · ")}</span>
            </a>
            {line.keep_in_touch.map(|months| view! {
                <span class="badge">{format!("Keep in touch: {}", every(months))}</span>
            })}
        </li>
    }
}

/// "every 3 months", "every month".
fn every(months: u8) -> String {
    match months {
        1 => "every month".to_owned(),
        n => format!("every {n} months"),
    }
}

/// One recruiter, by the id of any opportunity of theirs.
#[component]
pub fn RecruiterPage(key: OpportunityId) -> impl IntoView {
    let state = use_app_state();
    let entry = {
        let key = key.clone();
        Memo::new(move |_| state.model.with(|m| entry_of(m, &key)))
    };
    view! {
        <p class="breadcrumb">
            <a href=Route::Recruiters(String::new()).to_fragment()>"← Recruiters"</a>
        </p>
        {move || match entry.get() {
            Some(entry) => view! { <Recruiter entry/> }.into_any(),
            None => view! {
                <h1 tabindex="-1">"Recruiter not found"</h1>
                <p>
                    "No recruiter here has this address: the opportunity it came from may have \
                     been deleted, or its recruiter's details cleared."
                </p>
            }.into_any(),
        }}
    }
}

/// Everything about one recruiter. Redrawn when the entry changes (a merge or a split).
#[component]
fn Recruiter(entry: Entry) -> impl IntoView {
    let state = use_app_state();
    let key = entry.key.clone();
    let read = {
        let entry = entry.clone();
        move |f: fn(&Entry, &crate::domain::model::Model) -> String| {
            let entry = entry.clone();
            Memo::new(move |_| state.model.with(|m| f(&entry, m)))
        }
    };
    let name = read(|e, m| e.name(m));
    let agency = read(|e, m| e.agency(m));
    let about = read(|e, m| e.about(m));
    let details = {
        let entry = entry.clone();
        Memo::new(move |_| state.model.with(|m| (entry.phones(m), entry.emails(m))))
    };
    let answers = {
        let entry = entry.clone();
        Memo::new(move |_| {
            let now = state.now.get();
            state.model.with(|m| entry.usual_answer(m, now))
        })
    };
    let latest = {
        let entry = entry.clone();
        state.model.with_untracked(|m| {
            entry
                .opportunities(m)
                .max_by_key(|o| o.updated_at)
                .map(|o| (o.id.clone(), o.title().to_owned()))
        })
    };
    let problem: SaveOutcome = RwSignal::new(None);
    let save_card = {
        let entry = entry.clone();
        move |_| {
            let card = state.model.with_untracked(|m| entry.card(m));
            let file = contact_card(&vcard::file_name(&card.name), vcard::write(&card));
            save(file, problem, || ());
        }
    };

    view! {
        <h1 tabindex="-1">{move || name.get()}</h1>
        {move || (!agency.with(String::is_empty)).then(|| view! { <p class="lead">{agency.get()}</p> })}
        <section class="card" aria-labelledby="reach-title">
            <h2 id="reach-title">"How to reach them"</h2>
            {move || {
                let (phones, emails) = details.get();
                if phones.is_empty() && emails.is_empty() {
                    return view! {
                        <p class="field__hint">"No phone or e-mail yet: add them on an opportunity of theirs."</p>
                    }.into_any();
                }
                view! {
                    <ul class="reach">
                        {phones.into_iter().map(|phone| view! {
                            <li>
                                <a href=format!("tel:{}", phone.replace(' ', ""))>{format!("Call {phone}")}</a>
                                " · "
                                <a href=sms(&phone, "")>"Text"</a>
                            </li>
                        }).collect_view()}
                        {emails.into_iter().map(|email| view! {
                            <li><a href=mailto(&email, "", "")>{format!("E-mail {email}")}</a></li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <p>{move || answer_text(answers.get())}</p>
            <button type="button" class="button button--quiet" on:click=save_card>"Save as a contact"</button>
            <p class="field__hint">"A contact card (vCard) with their name, agency, phone, e-mail and what they brought you, for your phone's address book."</p>
            <SaveProblem outcome=problem/>
        </section>
        <KeepInTouchCard entry=entry.clone()/>
        <section class="card" aria-labelledby="about-title">
            <h2 id="about-title">"Your notes about them"</h2>
            <TextField
                id="recruiter-about"
                label="Notes about this recruiter"
                hint=Some("What they specialise in, how they like to be reached, what they said about your profile. Only you see this.")
                value=about
                multiline=true
                on_input=Callback::new({
                    let key = key.clone();
                    move |text: String| state.apply(Msg::RecruiterAbout { id: key.clone(), text })
                })
            />
        </section>
        <Brought entry=entry.clone()/>
        <Referrals entry=entry.clone()/>
        <History entry=entry.clone()/>
        {latest.map(|(id, title)| view! {
            <p class="field__hint log-with">{format!("Log a contact with them below: it is kept with their latest opportunity, {title}. Any contact restarts the count for keeping in touch.")}</p>
            <ContactLog opportunity=id/>
        })}
        <Merge entry/>
    }
}

/// "Usually answers within about 4 hours (from 6 answers)".
fn answer_text(answers: Option<(Duration, usize)>) -> String {
    let Some((wait, count)) = answers else {
        return "How quickly they answer shows here once you log a message of yours and their reply."
            .to_owned();
    };
    let within = if wait < Duration::hours(1) {
        "within the hour".to_owned()
    } else if wait < Duration::hours(36) {
        format!(
            "within about {}",
            plural(wait.num_hours() as usize, "hour", "hours")
        )
    } else {
        format!(
            "within about {}",
            plural(((wait.num_hours() + 12) / 24) as usize, "day", "days")
        )
    };
    format!(
        "Usually answers {within} (from {}).",
        plural(count, "answer", "answers")
    )
}

/// "Keep in touch" with its cadence, and when the next hello is due.
#[component]
fn KeepInTouchCard(entry: Entry) -> impl IntoView {
    let state = use_app_state();
    let key = entry.key.clone();
    let keep = {
        let entry = entry.clone();
        Memo::new(move |_| state.model.with(|m| entry.keep_in_touch(m)))
    };
    let status = {
        let entry = entry.clone();
        Memo::new(move |_| {
            let now = state.now.get();
            state.model.with(|m| {
                let due = entry.hello_due(m, now)?;
                Some(if entry.is_awaited(m, now) {
                    "An opportunity with them is waiting on their word: no hello until they answer."
                        .to_owned()
                } else if due <= now {
                    "A hello is due: it shows on Today.".to_owned()
                } else {
                    format!("Next hello: {}.", local_time(due))
                })
            })
        })
    };
    let set = {
        let key = key.clone();
        move |every_months: Option<u8>| {
            state.apply(Msg::KeepInTouch {
                id: key.clone(),
                every_months,
            })
        }
    };
    let toggle = {
        let set = set.clone();
        move |ev: leptos::ev::Event| {
            set(event_target_checked(&ev).then_some(KeepInTouch::DEFAULT_MONTHS));
        }
    };
    let cadence = move |ev: leptos::ev::Event| {
        if let Ok(months) = event_target_value(&ev).parse::<u8>() {
            set(Some(months));
        }
    };
    view! {
        <section class="card" aria-labelledby="keep-title">
            <h2 id="keep-title">"Keep in touch"</h2>
            <p class="field__hint">{HELLO_WHY}</p>
            <label class="check">
                <input id="keep-in-touch" type="checkbox" prop:checked=move || keep.get().is_some() on:change=toggle/>
                " Remind me to keep in touch"
            </label>
            {move || keep.get().map(|current| view! {
                <div class="field">
                    <label for="keep-every">"How often"</label>
                    <select id="keep-every" on:change=cadence.clone()>
                        {KeepInTouch::CHOICES.into_iter().map(|months| view! {
                            <option value=months.to_string() selected=current.every_months == months>
                                {every(months)}
                            </option>
                        }).collect_view()}
                    </select>
                </div>
            })}
            <p role="status">{move || status.get()}</p>
        </section>
    }
}

/// The opportunities they brought, with stage and dates, each with a way to split it off.
#[component]
fn Brought(entry: Entry) -> impl IntoView {
    let state = use_app_state();
    let several = entry.members.len() > 1;
    let rows = {
        let entry = entry.clone();
        Memo::new(move |_| {
            state.model.with(|m| {
                entry
                    .opportunities(m)
                    .map(|o| {
                        let role = o.role.trim();
                        let title = if role.is_empty() || role == o.title() {
                            o.title().to_owned()
                        } else {
                            format!("{} ({role})", o.title())
                        };
                        (o.id.clone(), title, o.status, o.created_at, o.closed_at)
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    let split = move |id: OpportunityId| {
        let question = "Is this opportunity's recruiter someone else? It gets an entry of its own, with a copy of your notes.";
        if browser::confirm(question) {
            let _ = state.dispatch(Msg::SplitRecruiter {
                id,
                person: browser::random_id(),
                rest: browser::random_id(),
            });
        }
    };
    view! {
        <section class="card" aria-labelledby="brought-title">
            <h2 id="brought-title">"Opportunities they brought"</h2>
            <ul class="brought">
                {move || rows.get().into_iter().map(|(id, title, status, added, closed): (Id, String, Status, DateTime<Utc>, Option<DateTime<Utc>>)| {
                    let mut dates = format!("Added {}", local_time(added));
                    if let Some(closed) = closed {
                        dates.push_str(&format!(" · closed {}", local_time(closed)));
                    }
                    view! {
                        <li>
                            <a href=Route::Opportunity(id.clone()).to_fragment()>{title.clone()}</a>
                            " " <span class="badge">{status.label()}</span>
                            <span class="field__hint">{dates}</span>
                            {several.then(|| view! {
                                <button type="button" class="button button--quiet"
                                    aria-label=format!("Not the same recruiter: {title}")
                                    on:click=move |_| split(id.clone())>
                                    "Not the same recruiter"
                                </button>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}

/// Referrals noted on their opportunities' call cards.
#[component]
fn Referrals(entry: Entry) -> impl IntoView {
    let state = use_app_state();
    let noted = Memo::new(move |_| {
        state.model.with(|m| {
            entry
                .opportunities(m)
                .filter(|o| !o.referrals.trim().is_empty())
                .map(|o| {
                    (
                        o.id.clone(),
                        o.title().to_owned(),
                        o.referrals.trim().to_owned(),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="card" aria-labelledby="referrals-title">
            <h2 id="referrals-title">"Referrals"</h2>
            {move || {
                let noted = noted.get();
                if noted.is_empty() {
                    return view! {
                        <p class="field__hint">
                            "When they ask whether you know someone for a role, note whom you suggested on that opportunity's call card: it shows here."
                        </p>
                    }.into_any();
                }
                view! {
                    <ul>
                        {noted.into_iter().map(|(id, title, text)| view! {
                            <li>
                                <a href=Route::Call(id).to_fragment()>{title}</a>
                                ": " {text}
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

/// Every contact with them, across their opportunities, newest first.
#[component]
fn History(entry: Entry) -> impl IntoView {
    let state = use_app_state();
    let all = RwSignal::new(false);
    let history = Memo::new(move |_| {
        state.model.with(|m| {
            let mut list: Vec<_> = entry
                .opportunities(m)
                .flat_map(|o| {
                    o.recruiter_contacts()
                        .into_iter()
                        .map(move |c| (c.at, c.describe(), c.summary.clone(), o.title().to_owned()))
                })
                .collect();
            list.sort_by_key(|item| std::cmp::Reverse(item.0));
            list
        })
    });
    view! {
        <section class="card" aria-labelledby="history-title">
            <h2 id="history-title">"Contact history"</h2>
            {move || {
                let list = history.get();
                let total = list.len();
                if total == 0 {
                    return view! { <p class="field__hint">"Nothing logged with them yet."</p> }.into_any();
                }
                view! {
                    <ul class="history">
                        {list.into_iter().take(if all.get() { usize::MAX } else { 10 }).map(|(at, what, summary, title)| view! {
                            <li>
                                <strong>{capitalized(&local_time(at))}</strong>
                                {format!(" · {what} · {title}")}
                                {(!summary.is_empty()).then(|| view! { <span class="field__hint">{summary}</span> })}
                            </li>
                        }).collect_view()}
                    </ul>
                    {(!all.get() && total > 10).then(|| view! {
                        <button type="button" class="button button--quiet" on:click=move |_| all.set(true)>
                            {format!("Show all {total}")}
                        </button>
                    })}
                }.into_any()
            }}
        </section>
    }
}

/// Two entries that are one person: pick the other one and merge.
#[component]
fn Merge(entry: Entry) -> impl IntoView {
    let state = use_app_state();
    let key = entry.key.clone();
    let others = {
        let key = key.clone();
        Memo::new(move |_| {
            state.model.with(|m| {
                entries(m)
                    .into_iter()
                    .filter(|other| other.key != key)
                    .map(|other| {
                        let agency = other.agency(m);
                        let label = match agency.is_empty() {
                            true => other.name(m),
                            false => format!("{}, {agency}", other.name(m)),
                        };
                        (other.key, label)
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    let chosen = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let merge = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(other) = OpportunityId::parse(&chosen.get_untracked()) else {
            error.set(Some("Choose the other entry first.".to_owned()));
            return;
        };
        let msg = Msg::MergeRecruiters {
            into: key.clone(),
            other,
            person: browser::random_id(),
        };
        match state.dispatch(msg) {
            Ok(()) => error.set(None),
            Err(why) => error.set(Some(why.to_string())),
        }
    };
    move || {
        (!others.with(Vec::is_empty)).then(|| view! {
            <form class="card" aria-labelledby="merge-title" on:submit=merge.clone()>
                <h2 id="merge-title">"The same person as another entry?"</h2>
                <p class="field__hint">
                    "Entries are matched by e-mail, phone, or name and agency. If one person shows twice \
                     (a new e-mail, a new agency), put the two together: their opportunities, history and notes become one."
                </p>
                <div class="field">
                    <label for="merge-with">"Same person as"</label>
                    <select id="merge-with" on:change=move |ev| chosen.set(event_target_value(&ev))>
                        <option value="">"Choose…"</option>
                        {others.get().into_iter().map(|(key, label)| view! {
                            <option value=key.to_string()>{label}</option>
                        }).collect_view()}
                    </select>
                </div>
                <button type="submit" class="button button--quiet">"Merge the two"</button>
                <p class="form-error" role="status">{move || error.get()}</p>
            </form>
        })
    }
}
