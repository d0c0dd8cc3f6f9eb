//! A picture of the candidate's own search, for the Progress screen: opportunities by stage
//! week by week, and how the candidate kept the playbook's timing rules (calls returned
//! within 24 hours, debriefs the same day, thank-you notes within 24 hours), and how long
//! recruiters took to answer. Pure functions of the model, `now` and the zone; the numbers of
//! the rules come from the built-in playbook.

use super::model::Model;
use super::opportunity::{Opportunity, Status};
use super::playbook::{built_in_ref, DueRule};
use super::zone::Zone;
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};

/// At most this many weeks of stages, the latest.
pub const WEEKS: usize = 12;

/// The four stages the chart stacks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    Call,
    Interviewing,
    Offer,
    Closed,
}

impl Stage {
    pub const ALL: [Stage; 4] = [
        Stage::Call,
        Stage::Interviewing,
        Stage::Offer,
        Stage::Closed,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Stage::Call => "Recruiter's call",
            Stage::Interviewing => "Interviewing",
            Stage::Offer => "Offer",
            Stage::Closed => "Closed",
        }
    }

    /// A short stable key, for styles.
    pub fn key(self) -> &'static str {
        match self {
            Stage::Call => "call",
            Stage::Interviewing => "interviewing",
            Stage::Offer => "offer",
            Stage::Closed => "closed",
        }
    }

    fn of(status: Status) -> Stage {
        match status {
            Status::Call => Stage::Call,
            Status::Interviewing => Stage::Interviewing,
            Status::Offer => Stage::Offer,
            Status::Closed(_) => Stage::Closed,
        }
    }
}

/// How many opportunities were at each stage at the end of one week (as things stand now,
/// for this week).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StageWeek {
    /// The Monday the week starts on, in the candidate's zone.
    pub week_of: NaiveDate,
    /// By `Stage::ALL`'s order.
    pub counts: [usize; 4],
}

impl StageWeek {
    pub fn count(&self, stage: Stage) -> usize {
        self.counts[stage as usize]
    }

    pub fn total(&self) -> usize {
        self.counts.iter().sum()
    }
}

/// The stage an opportunity was at, at `at`; `None` before it was added. The recorded
/// changes of stage say; before the first one (opportunities from before they were
/// recorded), the dates do: closed once closed, interviewing once a round started, and
/// otherwise the stage it has now if nothing changed since, the recruiter's call if it did.
pub fn stage_at(opportunity: &Opportunity, at: DateTime<Utc>) -> Option<Stage> {
    if opportunity.created_at > at {
        return None;
    }
    if let Some(change) = opportunity
        .status_changes
        .iter()
        .rev()
        .find(|change| change.at <= at)
    {
        return Some(Stage::of(change.status));
    }
    let first_change = opportunity.status_changes.first().map(|c| c.at);
    let now_stage = Stage::of(opportunity.status);
    if first_change.is_none() && opportunity.closed_at.is_some_and(|closed| closed <= at) {
        return Some(now_stage);
    }
    if first_change.is_none() && opportunity.updated_at <= at {
        return Some(now_stage);
    }
    let interviewing = opportunity
        .rounds
        .iter()
        .any(|round| round.starts_at.is_some_and(|start| start <= at));
    Some(if interviewing {
        Stage::Interviewing
    } else {
        Stage::Call
    })
}

/// The week starting on the Monday of `day`.
fn monday_of(day: NaiveDate) -> NaiveDate {
    day - Duration::days(i64::from(day.weekday().num_days_from_monday()))
}

/// Opportunities by stage at the end of each week, from the week the first was added (at
/// most `WEEKS` weeks back) to this one. Empty with no opportunities.
pub fn stages_over_time(model: &Model, now: DateTime<Utc>, zone: &impl Zone) -> Vec<StageWeek> {
    let Some(first) = model.opportunities.iter().map(|o| o.created_at).min() else {
        return Vec::new();
    };
    let this_week = monday_of(zone.local(now).date());
    let first_week = monday_of(zone.local(first.min(now)).date())
        .max(this_week - Duration::weeks(WEEKS as i64 - 1));
    let mut weeks = Vec::new();
    let mut week_of = first_week;
    while week_of <= this_week {
        let end = zone
            .instant(
                (week_of + Duration::weeks(1))
                    .and_hms_opt(0, 0, 0)
                    .unwrap_or_default(),
            )
            .min(now);
        let mut counts = [0; 4];
        for stage in model.opportunities.iter().filter_map(|o| stage_at(o, end)) {
            counts[stage as usize] += 1;
        }
        weeks.push(StageWeek { week_of, counts });
        week_of += Duration::weeks(1);
    }
    weeks
}

/// How a timing rule was kept, counted over every time it applied.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Kept {
    /// Done in time.
    pub in_time: usize,
    /// Done, but after the deadline.
    pub late: usize,
    /// Not done yet, and the deadline is still ahead.
    pub still_open: usize,
    /// Not done, and the deadline has passed.
    pub missed: usize,
    /// The middle of the times taken, for those done.
    pub median: Option<Duration>,
}

impl Kept {
    /// How many times the rule applied.
    pub fn total(&self) -> usize {
        self.in_time + self.late + self.still_open + self.missed
    }

    /// The share done in time of those whose deadline has passed or that were done, in
    /// percent; `None` when there are none.
    pub fn percent_in_time(&self) -> Option<usize> {
        let decided = self.in_time + self.late + self.missed;
        (decided > 0).then(|| (self.in_time * 100 + decided / 2) / decided)
    }

    fn add(&mut self, done_after: Option<Duration>, allowed: Duration, open_for: Duration) {
        match done_after {
            Some(taken) if taken <= allowed => self.in_time += 1,
            Some(_) => self.late += 1,
            None if open_for <= allowed => self.still_open += 1,
            None => self.missed += 1,
        }
    }
}

fn median(mut times: Vec<Duration>) -> Option<Duration> {
    times.sort_unstable();
    let middle = times.len() / 2;
    match times.len() {
        0 => None,
        n if n % 2 == 1 => Some(times[middle]),
        _ => Some((times[middle - 1] + times[middle]) / 2),
    }
}

/// The hours the charts count by, from the built-in playbook's rules: returning a call, and
/// a thank-you note.
pub fn rule_hours() -> (u32, u32) {
    (
        allowed_hours(return_call_hours),
        allowed_hours(thank_you_hours),
    )
}

fn return_call_hours(rule: DueRule) -> Option<u32> {
    match rule {
        DueRule::ReturnCall { hours } => Some(hours),
        _ => None,
    }
}

fn thank_you_hours(rule: DueRule) -> Option<u32> {
    match rule {
        DueRule::ThankYouNotes { hours } => Some(hours),
        _ => None,
    }
}

/// The hours a rule of the built-in playbook allows (`pick` finds it; 24 if the playbook had
/// none).
fn allowed_hours(pick: fn(DueRule) -> Option<u32>) -> u32 {
    built_in_ref()
        .items
        .iter()
        .find_map(|item| item.due.and_then(pick))
        .unwrap_or(24)
}

/// The time a rule of the built-in playbook allows.
fn allowed(pick: fn(DueRule) -> Option<u32>) -> Duration {
    Duration::hours(i64::from(allowed_hours(pick)))
}

/// Every missed call or voicemail from a recruiter: returned within the playbook's hours
/// (24), later, not yet, or never.
pub fn calls_returned(model: &Model, now: DateTime<Utc>) -> Kept {
    let allowed = allowed(return_call_hours);
    let mut kept = Kept::default();
    let mut taken = Vec::new();
    for opportunity in &model.opportunities {
        let contacts = opportunity.contacts_in_order();
        for (n, call) in contacts.iter().enumerate() {
            if !call.is_call_to_return() || call.with_interviewer.is_some() || call.at > now {
                continue;
            }
            let returned = contacts[n + 1..]
                .iter()
                .find(|c| c.at > call.at && c.at <= now && c.returns_a_call())
                .map(|c| c.at - call.at);
            taken.extend(returned);
            kept.add(returned, allowed, now - call.at);
        }
    }
    kept.median = median(taken);
    kept
}

/// Every interview that has ended: its debrief call with the recruiter done the same day
/// (by the candidate's clock), later, not yet (the day is not over), or not at all.
pub fn debriefs_same_day(model: &Model, now: DateTime<Utc>, zone: &impl Zone) -> Kept {
    let mut kept = Kept::default();
    let mut taken = Vec::new();
    for opportunity in &model.opportunities {
        for (_, round, end) in opportunity.ended_rounds(now) {
            let day = zone.local(end).date();
            let done = round.debrief.done_at.filter(|at| *at <= now);
            taken.extend(done.map(|at| (at - end).max(Duration::zero())));
            match done {
                Some(at) if zone.local(at).date() <= day => kept.in_time += 1,
                Some(_) => kept.late += 1,
                None if zone.local(now).date() == day => kept.still_open += 1,
                None => kept.missed += 1,
            }
        }
    }
    kept.median = median(taken);
    kept
}

/// Every interviewer of an interview that has ended: thanked within the playbook's hours
/// (24) of its end, later, not yet, or not at all.
pub fn thank_yous_in_time(model: &Model, now: DateTime<Utc>) -> Kept {
    let allowed = allowed(thank_you_hours);
    let mut kept = Kept::default();
    let mut taken = Vec::new();
    for opportunity in &model.opportunities {
        for (_, round, end) in opportunity.ended_rounds(now) {
            for person in &round.interviewers {
                let after = person
                    .thanked_at
                    .filter(|at| *at <= now)
                    .map(|at| (at - end).max(Duration::zero()));
                taken.extend(after);
                kept.add(after, allowed, now - end);
            }
        }
    }
    kept.median = median(taken);
    kept
}

/// How long recruiters took to answer the candidate, counted from the first of the
/// candidate's messages or calls not answered yet (a call that connected is a conversation,
/// not a question).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    /// Answered within a day, within 3 days, within a week, after longer.
    pub within: [usize; 4],
    /// Not answered yet.
    pub waiting: usize,
    pub median: Option<Duration>,
}

impl Answers {
    /// The buckets' names, in the order of `within`.
    pub const BUCKETS: [&'static str; 4] = [
        "Within a day",
        "1 to 3 days",
        "3 to 7 days",
        "More than a week",
    ];

    pub fn total(&self) -> usize {
        self.within.iter().sum::<usize>() + self.waiting
    }
}

/// Every time the candidate reached out to a recruiter, and how long the recruiter took.
pub fn recruiter_answers(model: &Model, now: DateTime<Utc>) -> Answers {
    let mut answers = Answers::default();
    let mut taken = Vec::new();
    for opportunity in &model.opportunities {
        let (waits, waiting) = opportunity.recruiter_answers(now);
        for after in waits {
            let bucket = match after.num_hours() {
                h if h < 24 => 0,
                h if h < 72 => 1,
                h if h < 168 => 2,
                _ => 3,
            };
            answers.within[bucket] += 1;
            taken.push(after);
        }
        answers.waiting += usize::from(waiting);
    }
    answers.median = median(taken);
    answers
}

/// A span as the Progress screen reads it: "40 minutes", "5 hours", "2.5 days".
pub fn span_text(span: Duration) -> String {
    let minutes = span.num_minutes();
    if minutes < 60 {
        super::time_text::plural(minutes.max(0) as usize, "minute", "minutes")
    } else if minutes < 48 * 60 {
        super::time_text::plural((minutes + 30) as usize / 60, "hour", "hours")
    } else {
        let tenths = (minutes * 10 + 720) / 1440;
        if tenths % 10 == 0 {
            format!("{} days", tenths / 10)
        } else {
            format!("{}.{} days", tenths / 10, tenths % 10)
        }
    }
}
