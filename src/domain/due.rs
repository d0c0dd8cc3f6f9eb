//! The timing rules: from the model, the playbook, the time now and the candidate's time
//! zone, what is due (most urgent first) and what to hold off on. Pure functions: the same
//! inputs always give the same plan.

use super::contact::{Contact, ContactKind, Direction};
use super::elsewhere::Elsewhere;
use super::id::Id;
use super::model::Model;
use super::opportunity::{CloseReason, Opportunity, Status};
use super::playbook::{ChecklistItem, DueRule, Playbook};
use super::round::Round;
use super::zone::{add_business_days, end_of_local_day, Zone};
use chrono::{DateTime, Duration, NaiveTime, Utc};

/// When a reminder for a given day shows: the start of a working morning.
const MORNING: NaiveTime = match NaiveTime::from_hms_opt(9, 0, 0) {
    Some(time) => time,
    None => NaiveTime::MIN,
};

/// What the one-tap button of an action does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ActionKind {
    /// Return a missed call or voicemail: log the call.
    ReturnCall,
    /// Call back at the promised time: log the call.
    CallBack,
    /// Call the recruiter about a round: open its debrief.
    DebriefCall { round: Id },
    /// Thank an interviewer: mark the note sent (or open the composer).
    ThankYou { round: Id, interviewer: Option<Id> },
    /// Ask the recruiter for news: log the message sent.
    StatusCheck { round: Id },
    /// Ask for the client's feedback, which was promised by a date.
    AskForFeedback { round: Id },
    /// Answer the recruiter, who wrote and is waiting on the candidate.
    KeepInTouch,
    /// Ask, gently, about something the recruiter promised by a date now past.
    AskAboutPromise { promise: Id },
    /// Tell the recruiter about an interview or an offer elsewhere.
    TellAboutElsewhere { event: Id },
    /// The opportunity was closed by the candidate: let the recruiter know.
    SayItIsClosed,
}

/// Something to do by a time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Action {
    /// Stable and unique: marking the action done stores this key.
    pub key: String,
    pub opportunity: Id,
    pub kind: ActionKind,
    /// What to do, in a line.
    pub title: String,
    /// Why, from the playbook.
    pub why: String,
    pub due_at: DateTime<Utc>,
    /// When it counts as late: the deadline itself, or a day after a reminder appears.
    pub overdue_at: DateTime<Utc>,
}

impl Action {
    /// Whether the time to do it has passed.
    pub fn is_overdue(&self, now: DateTime<Utc>) -> bool {
        now > self.overdue_at
    }
}

impl ActionKind {
    /// A reminder shows up only once it is due ("after five business days…"), rather than
    /// counting down to a deadline from the moment that starts it.
    pub fn is_reminder(&self) -> bool {
        matches!(
            self,
            ActionKind::StatusCheck { .. }
                | ActionKind::AskForFeedback { .. }
                | ActionKind::KeepInTouch
                | ActionKind::AskAboutPromise { .. }
        )
    }
}

/// Something not to do yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hold {
    pub opportunity: Id,
    /// What to hold off on.
    pub title: String,
    pub why: String,
    /// Until when.
    pub until: DateTime<Utc>,
}

/// Everything dated, across all opportunities.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plan {
    /// Most urgent first.
    pub actions: Vec<Action>,
    /// Soonest to end first.
    pub holds: Vec<Hold>,
}

/// The plan for every opportunity not archived, each under the playbook it follows (a
/// closed one only asks for the word to the recruiter that closing calls for).
pub fn plan(model: &Model, now: DateTime<Utc>, zone: &impl Zone) -> Plan {
    let mut plan = Plan::default();
    for opportunity in model.opportunities.iter().filter(|o| !o.archived) {
        let mut one = plan_for(model, opportunity, now, zone);
        plan.actions.append(&mut one.actions);
        plan.holds.append(&mut one.holds);
    }
    sort_actions(&mut plan.actions);
    sort_holds(&mut plan.holds);
    plan
}

/// Most urgent first (ties in a stable order).
pub fn sort_actions(actions: &mut [Action]) {
    actions.sort_by(|a, b| a.due_at.cmp(&b.due_at).then_with(|| a.key.cmp(&b.key)));
}

/// Soonest to end first.
pub fn sort_holds(holds: &mut [Hold]) {
    holds.sort_by_key(|hold| hold.until);
}

/// The plan for one opportunity of the model, under the playbook it follows.
pub fn plan_for(
    model: &Model,
    opportunity: &Opportunity,
    now: DateTime<Utc>,
    zone: &impl Zone,
) -> Plan {
    let playbook = model.playbook_of(opportunity);
    plan_with(opportunity, playbook, &model.elsewhere, now, zone)
}

/// The plan for one opportunity under `playbook`, its actions not yet done. An open one gets
/// every rule; a closed one only the word to the recruiter that closing calls for.
pub fn plan_with(
    opportunity: &Opportunity,
    playbook: &Playbook,
    elsewhere: &[Elsewhere],
    now: DateTime<Utc>,
    zone: &impl Zone,
) -> Plan {
    let mut found = Vec::new();
    let mut holds = Vec::new();
    let context = Context {
        opportunity,
        contacts: opportunity.recruiter_contacts(),
        now,
    };
    for item in &playbook.items {
        let Some(rule) = item.due else { continue };
        if !opportunity.is_active() {
            if let DueRule::KeepInformed { days } = rule {
                context.say_it_is_closed(item, days, &mut found);
            }
            continue;
        }
        match rule {
            DueRule::ReturnCall { hours } => context.return_calls(item, hours, &mut found),
            DueRule::PromisedCallBack => context.call_backs(item, &mut found),
            DueRule::DebriefCall { hours } => context.debrief_calls(item, hours, zone, &mut found),
            DueRule::ThankYouNotes { hours } => context.thank_yous(item, hours, &mut found),
            DueRule::StatusCheck { business_days } => {
                context.status_check(item, business_days, zone, &mut found)
            }
            DueRule::FeedbackOwed { grace_days } => {
                context.feedback_owed(item, grace_days, zone, &mut found);
                context.promises_owed(item, grace_days, zone, &mut found);
            }
            DueRule::KeepInformed { days } => {
                context.tell_about_elsewhere(item, days, elsewhere, &mut found)
            }
            DueRule::KeepInTouch { days } => context.keep_in_touch(item, days, &mut found),
            DueRule::NoNewsBefore { hours } => context.no_news(item, hours, &mut holds),
            DueRule::WaitForReply { days } => context.wait_for_reply(item, days, &mut holds),
        }
    }
    let actions = found
        .into_iter()
        .filter(|action| !opportunity.actions_done.contains_key(&action.key))
        // While a hold runs (no news yet, waiting for a reply), waiting is the right move.
        .filter(|action| holds.is_empty() || action.kind != ActionKind::KeepInTouch)
        .collect();
    Plan { actions, holds }
}

struct Context<'a> {
    opportunity: &'a Opportunity,
    contacts: Vec<&'a Contact>,
    now: DateTime<Utc>,
}

impl Context<'_> {
    fn action(
        &self,
        item: &ChecklistItem,
        kind: ActionKind,
        key: String,
        title: String,
        due_at: DateTime<Utc>,
    ) -> Action {
        let overdue_at = if kind.is_reminder() {
            due_at + Duration::days(1)
        } else {
            due_at
        };
        Action {
            key: format!("{}@{}", item.key, key),
            opportunity: self.opportunity.id.clone(),
            kind,
            title,
            why: item.why.clone(),
            due_at,
            overdue_at,
        }
    }

    fn any_after(&self, since: DateTime<Utc>, direction: Option<Direction>) -> bool {
        self.contacts
            .iter()
            .any(|c| c.at > since && direction.is_none_or(|d| c.direction == d))
    }

    /// A call after `since` (`Contact::returns_a_call`).
    fn called_after(&self, since: DateTime<Utc>) -> bool {
        self.contacts
            .iter()
            .any(|c| c.at > since && c.returns_a_call())
    }

    /// Rounds whose interview has ended (`Opportunity::ended_rounds`).
    fn ended_rounds(&self) -> impl Iterator<Item = (usize, &Round, DateTime<Utc>)> {
        self.opportunity.ended_rounds(self.now)
    }

    /// The round that ended last, if any.
    fn last_ended_round(&self) -> Option<(usize, &Round, DateTime<Utc>)> {
        self.ended_rounds().max_by_key(|(_, _, end)| *end)
    }

    fn return_calls(&self, item: &ChecklistItem, hours: u32, out: &mut Vec<Action>) {
        for call in self
            .contacts
            .iter()
            .filter(|c| c.is_call_to_return() && c.at <= self.now)
        {
            if self.called_after(call.at) {
                continue;
            }
            let title = format!("Return {}'s call", self.opportunity.recruiter_label());
            let due = call.at + Duration::hours(i64::from(hours));
            out.push(self.action(
                item,
                ActionKind::ReturnCall,
                call.id.to_string(),
                title,
                due,
            ));
        }
    }

    fn call_backs(&self, item: &ChecklistItem, out: &mut Vec<Action>) {
        for promise in &self.contacts {
            let Some(at) = promise.call_back_at else {
                continue;
            };
            if self.called_after(promise.at) {
                continue;
            }
            let title = format!(
                "Call {} back, as you promised",
                self.opportunity.recruiter_label()
            );
            out.push(self.action(
                item,
                ActionKind::CallBack,
                promise.id.to_string(),
                title,
                at,
            ));
        }
    }

    fn debrief_calls(
        &self,
        item: &ChecklistItem,
        hours: u32,
        zone: &impl Zone,
        out: &mut Vec<Action>,
    ) {
        for (n, round, end) in self.ended_rounds() {
            if round.debrief.done_at.is_some() || round.checked.contains_key(&item.key) {
                continue;
            }
            // A time the candidate set for the call (after the interview) is the deadline;
            // otherwise within the hours, and the same day.
            let due = round
                .debrief_planned_at
                .filter(|planned| *planned >= end)
                .unwrap_or_else(|| {
                    (end + Duration::hours(i64::from(hours))).min(end_of_local_day(zone, end))
                });
            let title = format!(
                "Debrief round {} with {}",
                n + 1,
                self.opportunity.recruiter_label()
            );
            let kind = ActionKind::DebriefCall {
                round: round.id.clone(),
            };
            out.push(self.action(item, kind, round.id.to_string(), title, due));
        }
    }

    fn thank_yous(&self, item: &ChecklistItem, hours: u32, out: &mut Vec<Action>) {
        for (n, round, end) in self.ended_rounds() {
            if round.checked.contains_key(&item.key) {
                continue;
            }
            let due = end + Duration::hours(i64::from(hours));
            if round.interviewers.is_empty() {
                let title = format!("Send thank-you notes for round {}", n + 1);
                let kind = ActionKind::ThankYou {
                    round: round.id.clone(),
                    interviewer: None,
                };
                out.push(self.action(item, kind, round.id.to_string(), title, due));
            }
            for person in round.interviewers.iter().filter(|p| p.thanked_at.is_none()) {
                let name = if person.name.trim().is_empty() {
                    "your interviewer"
                } else {
                    person.name.trim()
                };
                let title = format!("Thank-you note to {name}");
                let kind = ActionKind::ThankYou {
                    round: round.id.clone(),
                    interviewer: Some(person.id.clone()),
                };
                out.push(self.action(
                    item,
                    kind,
                    format!("{}/{}", round.id, person.id),
                    title,
                    due,
                ));
            }
        }
    }

    /// With no date given for feedback and no news, a check-in `business_days` after the
    /// interview. Any contact since restarts the wait from the latest one; a check-in of the
    /// candidate's that got no reply allows one more at most, after the same wait.
    fn status_check(
        &self,
        item: &ChecklistItem,
        business_days: u32,
        zone: &impl Zone,
        out: &mut Vec<Action>,
    ) {
        let Some((n, round, end)) = self.last_ended_round() else {
            return;
        };
        if round.debrief.feedback_expected_on.is_some() {
            return;
        }
        let since: Vec<&&Contact> = self.contacts.iter().filter(|c| c.at > end).collect();
        let unanswered = since
            .iter()
            .rev()
            .take_while(|c| c.direction == Direction::Outgoing)
            .count();
        if unanswered >= 2 {
            return;
        }
        let latest = since.last().map(|c| c.at);
        let from = latest.unwrap_or(end);
        let due = add_business_days(zone, from, business_days);
        if self.now < due {
            return;
        }
        let title = format!(
            "Check in with {} about round {}",
            self.opportunity.recruiter_label(),
            n + 1
        );
        let kind = ActionKind::StatusCheck {
            round: round.id.clone(),
        };
        // The wait's start is in the key: marked done, a check-in stays done until a new
        // contact starts the wait again.
        let key = match latest {
            None => round.id.to_string(),
            Some(at) => format!("{}/{}", round.id, at.timestamp_millis()),
        };
        out.push(self.action(item, kind, key, title, due));
    }

    fn feedback_owed(
        &self,
        item: &ChecklistItem,
        grace_days: u32,
        zone: &impl Zone,
        out: &mut Vec<Action>,
    ) {
        let Some((n, round, end)) = self.last_ended_round() else {
            return;
        };
        let Some(date) = round.debrief.feedback_expected_on else {
            return;
        };
        let day = date + Duration::days(i64::from(grace_days));
        let due = zone.instant(day.and_time(MORNING));
        let heard = self.any_after(
            end.max(round.debrief.done_at.unwrap_or(end)),
            Some(Direction::Incoming),
        );
        if self.now < due || heard {
            return;
        }
        let title = format!(
            "Ask {} for the client's feedback on round {}",
            self.opportunity.recruiter_label(),
            n + 1
        );
        let kind = ActionKind::AskForFeedback {
            round: round.id.clone(),
        };
        out.push(self.action(item, kind, round.id.to_string(), title, due));
    }

    /// The morning `grace_days` after the day a promise of the recruiter's was due, while it
    /// is open: a gentle reminder to ask about it.
    fn promises_owed(
        &self,
        item: &ChecklistItem,
        grace_days: u32,
        zone: &impl Zone,
        out: &mut Vec<Action>,
    ) {
        for promise in self.opportunity.promises.iter().filter(|p| p.is_open()) {
            let Some(by) = promise.by else { continue };
            let day = by + Duration::days(i64::from(grace_days));
            let due = zone.instant(day.and_time(MORNING));
            if self.now < due {
                continue;
            }
            let title = format!(
                "Ask {}, kindly, about what they promised: {}",
                self.opportunity.recruiter_label(),
                promise.what
            );
            let kind = ActionKind::AskAboutPromise {
                promise: promise.id.clone(),
            };
            out.push(self.action(item, kind, promise.id.to_string(), title, due));
        }
    }

    /// Each interview or offer elsewhere logged while this opportunity was under way, until
    /// the candidate has been in touch with this recruiter since.
    fn tell_about_elsewhere(
        &self,
        item: &ChecklistItem,
        days: u32,
        elsewhere: &[Elsewhere],
        out: &mut Vec<Action>,
    ) {
        for event in elsewhere
            .iter()
            .filter(|e| e.at >= self.opportunity.created_at && e.at <= self.now)
        {
            if self.in_touch_after(event.at) {
                continue;
            }
            let title = format!(
                "Tell {} about the {} elsewhere",
                self.opportunity.recruiter_label(),
                event.kind.noun()
            );
            let kind = ActionKind::TellAboutElsewhere {
                event: event.id.clone(),
            };
            let due = event.at + Duration::days(i64::from(days));
            out.push(self.action(item, kind, event.id.to_string(), title, due));
        }
    }

    /// Closed by the candidate (accepted, declined or withdrew): the recruiter hears it from
    /// them, never from silence.
    fn say_it_is_closed(&self, item: &ChecklistItem, days: u32, out: &mut Vec<Action>) {
        let (Status::Closed(reason), Some(closed)) =
            (self.opportunity.status, self.opportunity.closed_at)
        else {
            return;
        };
        let what = match reason {
            CloseReason::Accepted => "you accepted",
            CloseReason::Declined => "you are declining",
            CloseReason::Withdrew => "you are withdrawing",
            CloseReason::Rejected | CloseReason::NoReply => return,
        };
        if self.in_touch_after(closed) {
            return;
        }
        let title = format!("Let {} know {what}", self.opportunity.recruiter_label());
        let due = closed + Duration::days(i64::from(days));
        let key = format!("closed/{}", closed.timestamp_millis());
        out.push(self.action(item, ActionKind::SayItIsClosed, key, title, due));
    }

    /// The candidate wrote to, called, or spoke with the recruiter after `since`.
    fn in_touch_after(&self, since: DateTime<Utc>) -> bool {
        self.contacts.iter().any(|c| {
            c.at > since && (c.direction == Direction::Outgoing || c.kind == ContactKind::Call)
        })
    }

    /// "Don't go dark": the recruiter wrote (an e-mail or a text) and the candidate has not
    /// been in touch since, by a message, a call, an interview or a debrief. Only then is the
    /// silence the candidate's; after their own message they wait for a reply instead. Calls
    /// to return and call-back promises have their own actions. Keyed by the message, so once
    /// marked done it stays done until the recruiter writes again.
    fn keep_in_touch(&self, item: &ChecklistItem, days: u32, out: &mut Vec<Action>) {
        let Some(message) = self.contacts.iter().rev().find(|c| {
            c.direction == Direction::Incoming
                && matches!(c.kind, ContactKind::Email | ContactKind::Text)
        }) else {
            return;
        };
        let answered = self.in_touch_after(message.at)
            || self.opportunity.rounds.iter().any(|round| {
                round
                    .end()
                    .is_some_and(|end| end > message.at && end <= self.now)
                    || round.debrief.done_at.is_some_and(|at| at > message.at)
            });
        let due = message.at + Duration::days(i64::from(days));
        if answered || self.now < due {
            return;
        }
        let what = match message.kind {
            ContactKind::Text => "text",
            _ => "e-mail",
        };
        let title = format!("Reply to {}'s {what}", self.opportunity.recruiter_label());
        out.push(self.action(
            item,
            ActionKind::KeepInTouch,
            message.id.to_string(),
            title,
            due,
        ));
    }

    fn no_news(&self, item: &ChecklistItem, hours: u32, out: &mut Vec<Hold>) {
        let Some((_, _, end)) = self.last_ended_round() else {
            return;
        };
        let until = end + Duration::hours(i64::from(hours));
        if self.now < until {
            out.push(self.hold(item, until));
        }
    }

    fn wait_for_reply(&self, item: &ChecklistItem, days: u32, out: &mut Vec<Hold>) {
        // The latest contacts, newest first, up to the last one from the recruiter.
        let unanswered: Vec<&&Contact> = self
            .contacts
            .iter()
            .rev()
            .filter(|c| c.at <= self.now)
            .take_while(|c| c.direction == Direction::Outgoing && c.kind.is_message())
            .collect();
        let Some(latest) = unanswered.first() else {
            return;
        };
        let until = latest.at + Duration::days(i64::from(days));
        if self.now < until {
            let mut hold = self.hold(item, until);
            if unanswered.len() > 1 {
                hold.title = format!(
                    "You have written {} times without a reply: wait for one before writing again",
                    unanswered.len()
                );
            }
            out.push(hold);
        }
    }

    fn hold(&self, item: &ChecklistItem, until: DateTime<Utc>) -> Hold {
        Hold {
            opportunity: self.opportunity.id.clone(),
            title: item.text.clone(),
            why: item.why.clone(),
            until,
        }
    }
}

/// Whether writing to the recruiter now would be a second message in a row with no reply
/// within the wait, so the candidate should be warned first.
pub fn would_double_message(
    opportunity: &Opportunity,
    playbook: &Playbook,
    now: DateTime<Utc>,
) -> bool {
    let Some((_, DueRule::WaitForReply { days })) =
        playbook.rule_item(|rule| matches!(rule, DueRule::WaitForReply { .. }))
    else {
        return false;
    };
    opportunity.recruiter_contacts().last().is_some_and(|last| {
        last.direction == Direction::Outgoing
            && last.kind.is_message()
            && now < last.at + Duration::days(i64::from(days))
    })
}
