//! What Today shows first: at most a screenful of the actions that matter now, then the rest
//! of what is due, then what has been open for a long time (an action overdue for more than a
//! week, or one of a search the recruiter has gone quiet on), so that someone back after
//! weeks away sees today's work first rather than a wall of "44 days overdue". Also which
//! opportunities have gone quiet: no word from the recruiter for three weeks, and nothing
//! planned, which Today offers to close as "no reply".

use super::due::{plan_for, sort_actions, sort_holds, Action, Hold};
use super::id::Id;
use super::model::Model;
use super::opportunity::Opportunity;
use super::zone::Zone;
use chrono::{DateTime, Duration, Utc};

/// How many actions Today shows before the rest: about a phone's screenful of cards.
pub const SCREENFUL: usize = 5;

/// An action overdue for longer than this is shown among the older ones.
pub const STALE_AFTER: Duration = Duration::days(7);

/// An opportunity with no word from the recruiter for this long has gone quiet.
pub const QUIET_AFTER: Duration = Duration::days(21);

/// What Today shows: the actions in three groups, each most urgent first, the searches gone
/// quiet, and what to hold off on.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TodayPlan {
    /// What matters now: at most `SCREENFUL`.
    pub first: Vec<Action>,
    /// The rest of what is due now and next.
    pub more: Vec<Action>,
    /// Older, still open: overdue for more than `STALE_AFTER`, or of a search gone quiet.
    pub older: Vec<Action>,
    /// The searches gone quiet, the longest quiet first.
    pub quiet: Vec<Quiet>,
    /// Soonest to end first.
    pub holds: Vec<Hold>,
}

/// Today's plan: every opportunity not archived, each under the playbook it follows
/// (`due::plan_for`), its actions sorted into Today's groups.
pub fn plan_today(model: &Model, now: DateTime<Utc>, zone: &impl Zone) -> TodayPlan {
    let mut today = TodayPlan::default();
    let mut current = Vec::new();
    for opportunity in model.opportunities.iter().filter(|o| !o.archived) {
        let mut one = plan_for(model, opportunity, now, zone);
        today.holds.append(&mut one.holds);
        if opportunity.has_gone_quiet(now) {
            let since = opportunity.recruiter_heard_from(now);
            let at = today.quiet.partition_point(|q| q.since <= since);
            let quiet = Quiet {
                opportunity: opportunity.id.clone(),
                since,
            };
            today.quiet.insert(at, quiet);
            today.older.append(&mut one.actions);
        } else {
            for action in one.actions {
                if now - action.overdue_at > STALE_AFTER {
                    today.older.push(action);
                } else {
                    current.push(action);
                }
            }
        }
    }
    sort_actions(&mut current);
    sort_actions(&mut today.older);
    sort_holds(&mut today.holds);
    today.more = current.split_off(current.len().min(SCREENFUL));
    today.first = current;
    today
}

/// An opportunity the recruiter has gone quiet on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quiet {
    pub opportunity: Id,
    /// The last sign of life on the recruiter's side: their last call or message, the end of
    /// the last interview, or when the opportunity was added.
    pub since: DateTime<Utc>,
}

impl Opportunity {
    /// The last sign of life on the recruiter's side: their last call or message to the
    /// candidate, the end of the last interview so far, or else when it was added.
    pub fn recruiter_heard_from(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        let from_them = self
            .recruiter_contacts()
            .into_iter()
            .filter(|c| c.direction == super::contact::Direction::Incoming)
            .map(|c| c.at);
        let interviews = self
            .rounds
            .iter()
            .filter_map(|r| r.end())
            .filter(|end| *end <= now);
        from_them
            .chain(interviews)
            .max()
            .unwrap_or(self.created_at)
            .max(self.created_at)
    }

    /// Whether it is under way with no word from the recruiter for `QUIET_AFTER` and no
    /// interview to come: Today then offers to close it as "no reply".
    pub fn has_gone_quiet(&self, now: DateTime<Utc>) -> bool {
        let planned = self
            .rounds
            .iter()
            .any(|r| r.starts_at.is_some_and(|at| at > now));
        self.is_active() && !planned && now - self.recruiter_heard_from(now) >= QUIET_AFTER
    }
}

/// "3 weeks", "5 weeks", "4 months": how long an opportunity has been quiet, in whole weeks
/// up to two months, then in whole months.
pub fn time_quiet(since: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let quiet = now - since;
    match quiet.num_weeks() {
        weeks @ 0..=8 => super::time_text::plural(weeks as usize, "week", "weeks"),
        _ => format!("{} months", quiet.num_days() / 30),
    }
}

/// An interview to come, for Today's list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Upcoming {
    pub opportunity: Id,
    pub round: Id,
    /// The round's number in its opportunity, from 1.
    pub number: usize,
    /// The opportunity's name.
    pub title: String,
    pub at: DateTime<Utc>,
}

impl Model {
    /// The interviews still to come in searches under way, soonest first.
    pub fn upcoming_interviews(&self, now: DateTime<Utc>) -> Vec<Upcoming> {
        let mut coming: Vec<Upcoming> = Vec::new();
        for o in self.opportunities.iter().filter(|o| o.is_active()) {
            for (n, r) in o.rounds.iter().enumerate() {
                let Some(at) = r.starts_at.filter(|at| *at > now) else {
                    continue;
                };
                let place = coming.partition_point(|c| c.at <= at);
                let upcoming = Upcoming {
                    opportunity: o.id.clone(),
                    round: r.id.clone(),
                    number: n + 1,
                    title: o.title().to_owned(),
                    at,
                };
                coming.insert(place, upcoming);
            }
        }
        coming
    }
}
