//! Progress: a picture of the candidate's own search. Small SVG charts, each with the same
//! numbers in a table beside it, and empty states that say what each chart will show and
//! why it matters. The numbers are `domain::progress`'s.

use crate::browser::BrowserZone;
use crate::domain::progress::{
    calls_returned, debriefs_same_day, recruiter_answers, rule_hours, span_text, stages_over_time,
    thank_yous_in_time, Answers, Kept, Stage, StageWeek,
};
use crate::domain::route::Section;
use crate::domain::time_text::{plural, DateWriter};
use crate::runtime::state::use_app_state;
use leptos::prelude::*;

/// The Progress screen.
#[component]
pub fn ProgressPage() -> impl IntoView {
    let state = use_app_state();
    let numbers = Memo::new(move |_| {
        // Refreshed with `now`, read to the millisecond: what was just logged counts.
        state.now.track();
        let now = crate::browser::now();
        state.model.with(|m| {
            (
                stages_over_time(m, now, &BrowserZone),
                calls_returned(m, now),
                debriefs_same_day(m, now, &BrowserZone),
                thank_yous_in_time(m, now),
                recruiter_answers(m, now),
            )
        })
    });
    view! {
        <h1 tabindex="-1">"Progress"</h1>
        <p class="lead">"Your search at a glance: where your opportunities stand, and how you kept the timing that recruiters notice. Only you see this."</p>
        {move || {
            let (weeks, calls, debriefs, thanks, answers) = numbers.get();
            // The numbers the charts count by: the rules of Candor's playbook.
            let (call, note) = rule_hours();
            let (call, note) = (plural(call as usize, "hour", "hours"), plural(note as usize, "hour", "hours"));
            if weeks.is_empty() {
                return view! { <NothingYet/> }.into_any();
            }
            view! {
                <StagesChart weeks/>
                <KeptChart id="calls" title=format!("Calls returned within {call}") kept=calls
                    labels=[format!("Within {call}"), "Later".into(), format!("Still within {call}"), "Not returned".into()]
                    empty=format!("No missed calls or voicemails from a recruiter logged yet. When you miss one, log it in the opportunity's contact log, then call back within {call}: recruiters remember who calls back, and this chart will show how often you did.")/>
                <KeptChart id="debriefs" title="Debriefs done the same day" kept=debriefs
                    labels=["The same day".into(), "A later day".into(), "Still today".into(), "Not done".into()]
                    empty="No interview has ended yet. After each one, call the recruiter the same day, within the hour if you can, while the details are fresh: the recruiter passes your view to the client, and this chart will show how often you did."/>
                <KeptChart id="thanks" title=format!("Thank-you notes within {note}") kept=thanks
                    labels=[format!("Within {note}"), "Later".into(), format!("Still within {note}"), "Not sent".into()]
                    empty=format!("No interviewers to thank yet. Add the people you meet to each round: a short thank-you note to each within {note} is expected after every round, and this chart will show how often you sent it in time.")/>
                <AnswersChart answers/>
            }.into_any()
        }}
    }
}

/// With no opportunity at all: what this screen will show, and where to start.
#[component]
fn NothingYet() -> impl IntoView {
    view! {
        <section class="card empty-state">
            <h2>"Nothing to picture yet"</h2>
            <p>
                "Once you add the opportunities recruiters bring you and log your calls, \
                 interviews and notes, this screen shows how your search moves week by week, \
                 how often you returned calls and thanked each interviewer in time, and how often \
                 you debriefed the same day."
            </p>
            <a class="button" href=Section::Opportunities.route().to_fragment()>"Add an opportunity"</a>
        </section>
    }
}

/// The answers chart: a row per span, its label, then its bar.
const ROW: f64 = 22.0;
const LABEL: f64 = 130.0;
const BAR: f64 = 170.0;

const STAGE_CHART_HEIGHT: f64 = 120.0;
const COLUMN: f64 = 24.0;
const GAP: f64 = 8.0;

/// Opportunities by stage at the end of each week: stacked columns, then the table.
#[component]
fn StagesChart(weeks: Vec<StageWeek>) -> impl IntoView {
    let most = weeks.iter().map(StageWeek::total).max().unwrap_or(0).max(1) as f64;
    let width = weeks.len() as f64 * (COLUMN + GAP) + GAP;
    let last = weeks.last().cloned();
    let summary = last.map_or_else(String::new, |week| {
        let parts: Vec<String> = Stage::ALL
            .iter()
            .map(|&stage| format!("{} {}", week.count(stage), stage.label().to_lowercase()))
            .collect();
        format!(
            "Opportunities by stage, week by week ({}). This week: {}. The numbers of every week are below.",
            plural(weeks.len(), "week", "weeks"),
            parts.join(", ")
        )
    });
    let columns = weeks
        .iter()
        .enumerate()
        .map(|(n, week)| {
            let x = GAP + n as f64 * (COLUMN + GAP);
            let mut top = STAGE_CHART_HEIGHT;
            let bars = Stage::ALL
                .iter()
                .filter(|&&stage| week.count(stage) > 0)
                .map(|&stage| {
                    let height = week.count(stage) as f64 / most * (STAGE_CHART_HEIGHT - 10.0);
                    top -= height;
                    view! { <rect class=format!("chart-{}", stage.key()) x=x y=top width=COLUMN height=height/> }
                })
                .collect_view();
            let label = (n % 2 == (weeks.len() - 1) % 2).then(|| {
                view! { <text class="chart-axis" x=x + COLUMN / 2.0 y=STAGE_CHART_HEIGHT + 14.0 text-anchor="middle">{crate::browser::with_writer(|writer| writer.day_and_month(week.week_of))}</text> }
            });
            view! { {bars}{label} }
        })
        .collect_view();
    let rows = weeks
        .iter()
        .map(|week| {
            view! {
                <tr>
                    <th scope="row">{crate::browser::with_writer(|writer| writer.day_and_month(week.week_of))}</th>
                    {Stage::ALL.iter().map(|&stage| view! { <td>{week.count(stage)}</td> }).collect_view()}
                    <td>{week.total()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="card chart" aria-labelledby="stages-title">
            <h2 id="stages-title">"Opportunities by stage"</h2>
            <p class="meta">"At the end of each week."</p>
            <svg class="chart__svg" viewBox=format!("0 0 {width} {}", STAGE_CHART_HEIGHT + 20.0) role="img" aria-label=summary>
                <line class="chart-baseline" x1="0" x2=width y1=STAGE_CHART_HEIGHT y2=STAGE_CHART_HEIGHT/>
                {columns}
            </svg>
            <ul class="chart-legend">
                {Stage::ALL.iter().map(|&stage| view! {
                    <li><span class=format!("chart-swatch chart-{}", stage.key()) aria-hidden="true"></span>{stage.label()}</li>
                }).collect_view()}
            </ul>
            <details class="chart-details">
                <summary>"The numbers, week by week"</summary>
                <div class="table-scroll" tabindex="0" role="region" aria-label="Opportunities by stage, week by week">
                    <table>
                        <caption class="visually-hidden">"Opportunities by stage, week by week"</caption>
                        <thead><tr><th scope="col">"Week of"</th>{Stage::ALL.iter().map(|&stage| view! { <th scope="col">{stage.label()}</th> }).collect_view()}<th scope="col">"All"</th></tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </details>
        </section>
    }
}

/// One horizontal bar split by share, with each part's class.
fn split_bar(parts: &[(usize, &'static str)], label: String) -> impl IntoView {
    let total: usize = parts.iter().map(|(count, _)| count).sum();
    let mut x = 0.0;
    let rects = parts
        .iter()
        .filter(|(count, _)| *count > 0)
        .map(|&(count, class)| {
            let width = count as f64 / total.max(1) as f64 * 100.0;
            let rect = view! { <rect class=class x=x y="0" width=width height="12"/> };
            x += width;
            rect
        })
        .collect_view();
    view! {
        <svg class="chart__bar" viewBox="0 0 100 12" preserveAspectRatio="none" role="img" aria-label=label>
            {rects}
        </svg>
    }
}

/// How one timing rule was kept: the share in time, a split bar, the table.
#[component]
fn KeptChart(
    id: &'static str,
    #[prop(into)] title: String,
    kept: Kept,
    labels: [String; 4],
    #[prop(into)] empty: String,
) -> impl IntoView {
    let title_id = format!("{id}-title");
    let labelled = title_id.clone();
    if kept.total() == 0 {
        return view! {
            <section class="card chart" aria-labelledby=labelled>
                <h2 id=title_id>{title.clone()}</h2>
                <p class="empty-note">{empty}</p>
            </section>
        }
        .into_any();
    }
    let counts = [kept.in_time, kept.late, kept.still_open, kept.missed];
    let classes = ["chart-good", "chart-late", "chart-open", "chart-missed"];
    let headline = match kept.percent_in_time() {
        Some(percent) => format!("{percent}% in time"),
        None => "Nothing due yet".to_owned(),
    };
    let summary = format!(
        "{headline}: {}.",
        labels
            .iter()
            .zip(counts)
            .map(|(label, count)| format!("{} {count}", label.to_lowercase()))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let parts: Vec<(usize, &'static str)> = counts.into_iter().zip(classes).collect();
    view! {
        <section class="card chart" aria-labelledby=labelled>
            <h2 id=title_id>{title.clone()}</h2>
            <p class="chart__headline">{headline}
                {kept.median.map(|median| view! { <span class="meta">{format!(" · typically after {}", span_text(median))}</span> })}
            </p>
            {split_bar(&parts, summary)}
            <table class="chart-table">
                <caption class="visually-hidden">{title}</caption>
                <tbody>
                    {labels.iter().zip(counts).zip(classes).map(|((label, count), class)| view! {
                        <tr><th scope="row"><span class=format!("chart-swatch {class}") aria-hidden="true"></span>{label.clone()}</th><td>{count}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
    .into_any()
}

/// How long recruiters took to answer: one bar per span, the table.
#[component]
fn AnswersChart(answers: Answers) -> impl IntoView {
    if answers.total() == 0 {
        return view! {
            <section class="card chart" aria-labelledby="answers-title">
                <h2 id="answers-title">"How long recruiters took to answer"</h2>
                <p class="empty-note">
                    "No messages or calls to recruiters logged yet. Log what you send in each \
                     opportunity's contact log: this chart shows how long recruiters usually \
                     take, so you know when waiting is normal. One message is enough; then \
                     give them time."
                </p>
            </section>
        }
        .into_any();
    }
    let mut rows: Vec<(&'static str, usize)> = Answers::BUCKETS
        .iter()
        .copied()
        .zip(answers.within)
        .collect();
    rows.push(("No answer yet", answers.waiting));
    let most = rows.iter().map(|(_, n)| *n).max().unwrap_or(1).max(1) as f64;
    let summary = format!(
        "How long recruiters took to answer: {}.",
        rows.iter()
            .map(|(label, n)| format!("{} {n}", label.to_lowercase()))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let height = rows.len() as f64 * ROW;
    let bars = rows
        .iter()
        .enumerate()
        .map(|(n, (label, count))| {
            let width = *count as f64 / most * BAR;
            let y = n as f64 * ROW;
            let class = if n + 1 == rows.len() {
                "chart-open"
            } else {
                "chart-good"
            };
            view! {
                <text class="chart-label" x="0" y=y + 14.0>{*label}</text>
                <rect class=class x=LABEL y=y + 4.0 width=width height="13"/>
                <text class="chart-label" x=LABEL + width + 4.0 y=y + 14.0>{*count}</text>
            }
        })
        .collect_view();
    view! {
        <section class="card chart" aria-labelledby="answers-title">
            <h2 id="answers-title">"How long recruiters took to answer"</h2>
            <p class="chart__headline">{match answers.median {
                Some(median) => format!("Typically {}", span_text(median)),
                None => "No answers yet".to_owned(),
            }}</p>
            <svg class="chart__bars" viewBox=format!("0 0 {} {height}", LABEL + BAR + 24.0) role="img" aria-label=summary>
                {bars}
            </svg>
            <details class="chart-details">
                <summary>"The numbers"</summary>
                <table class="chart-table">
                    <caption class="visually-hidden">"How long recruiters took to answer"</caption>
                    <tbody>
                        {rows.into_iter().map(|(label, count)| view! { <tr><th scope="row">{label}</th><td>{count}</td></tr> }).collect_view()}
                    </tbody>
                </table>
            </details>
            <p class="meta">"Counted from your first message or call that was not answered yet. Recruiters wait on their clients: a slow answer is rarely about you."</p>
        </section>
    }
    .into_any()
}
