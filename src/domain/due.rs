//! The timing rules: from the model, the playbook, the time now and the candidate's time
//! zone, what is due (most urgent first) and what to hold off on. Pure functions: the same
//! inputs always give the same plan.

use super::contact::{Contact, ContactKind, Direction};
use super::elsewhere::{Elsewhere, ElsewhereKind};
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

/// The end of a working day: an answer asked for "by Wednesday" is due then.
const END_OF_WORKING_DAY: NaiveTime = match NaiveTime::from_hms_opt(17, 0, 0) {
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
    /// An offer is on the table: give the recruiter an answer. Only a decision clears it.
    AnswerOffer,
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
    /// counting down to a deadline from the moment that starts it. Telling the recruiter about
    /// news elsewhere is one: it waits for the next contact, and shows on Today only when
    /// none has come by then.
    pub fn is_reminder(&self) -> bool {
        matches!(
            self,
            ActionKind::StatusCheck { .. }
                | ActionKind::AskForFeedback { .. }
                | ActionKind::KeepInTouch
                | ActionKind::AskAboutPromise { .. }
                | ActionKind::TellAboutElsewhere { .. }
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
    pub until: Until,
}

impl Until {
    /// What the hold's line adds, with `when` writing a time the candidate's way.
    pub fn describe(self, when: impl Fn(DateTime<Utc>) -> String) -> String {
        match self {
            Until::Time(at) => format!(" (until {})", when(at)),
            Until::Reply { since } => format!(
                " (you wrote {}: no date to write again, wait for their reply)",
                when(since)
            ),
        }
    }
}

/// When a hold ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Until {
    /// At a time: no news before 24 hours after the interview.
    Time(DateTime<Utc>),
    /// When the recruiter replies to the candidate's message sent at `since`: no date to write
    /// again.
    Reply { since: DateTime<Utc> },
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

/// Soonest to end first; those waiting for a reply last, the longest waiting first.
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
        offer_days: playbook
            .rule_item(|rule| matches!(rule, DueRule::AnswerOffer { .. }))
            .and_then(|(_, rule)| rule.number())
            .map(|(n, _)| n),
    };
    for item in &playbook.items {
        let Some(rule) = item.due else { continue };
        if !opportunity.is_active() {
            if let DueRule::KeepInformed { days } = rule {
                context.say_it_is_closed(item, days, zone, &mut found);
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
                context.tell_about_elsewhere(item, days, elsewhere, zone, &mut found)
            }
            DueRule::KeepInTouch { days } => context.keep_in_touch(item, days, &mut found),
            DueRule::NoNewsBefore { hours } => context.no_news(item, hours, &mut holds),
            DueRule::WaitForReply { .. } => context.wait_for_reply(item, &mut holds),
            DueRule::AnswerOffer { business_days } => {
                context.answer_offer(item, business_days, zone, &mut found)
            }
        }
    }
    let waiting_for_reply = holds
        .iter()
        .any(|hold| matches!(hold.until, Until::Reply { .. }));
    let actions = found
        .into_iter()
        // Done is a tap away, except for an offer's answer: only a decision clears it.
        .filter(|action| {
            action.kind == ActionKind::AnswerOffer
                || !opportunity.actions_done.contains_key(&action.key)
        })
        // While a hold runs (no news yet, waiting for a reply), waiting is the right move.
        .filter(|action| holds.is_empty() || action.kind != ActionKind::KeepInTouch)
        // News elsewhere waits for their reply too: it goes with the next contact.
        .filter(|action| {
            !waiting_for_reply || !matches!(action.kind, ActionKind::TellAboutElsewhere { .. })
        })
        .collect();
    Plan { actions, holds }
}

struct Context<'a> {
    opportunity: &'a Opportunity,
    contacts: Vec<&'a Contact>,
    now: DateTime<Utc>,
    /// The playbook's `AnswerOffer` business days, if it has the rule.
    offer_days: Option<u32>,
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
            if self.opportunity.debriefed(round) || round.checked.contains_key(&item.key) {
                continue;
            }
            // A time the candidate set for the call, after the interview and the same day, is
            // the deadline; otherwise within the hours, and the same day.
            let due = round
                .debrief_planned_at
                .filter(|planned| *planned >= end && is_same_day(zone, *planned, end))
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

    /// With no date given for feedback and no news, one check-in `business_days` after the
    /// interview. A word from the recruiter, or a call, restarts the wait from the latest
    /// one; a message of the candidate's that has no reply yet allows none: they wait for it.
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
        if since
            .last()
            .is_some_and(|c| c.direction == Direction::Outgoing && c.kind.is_message())
        {
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
    /// the candidate has been in touch with this recruiter since: it goes with the next
    /// contact, and shows on Today `days` after an interview when none has come, after the
    /// offer rule's business days for an offer (it changes the recruiter's timeline).
    fn tell_about_elsewhere(
        &self,
        item: &ChecklistItem,
        days: u32,
        elsewhere: &[Elsewhere],
        zone: &impl Zone,
        out: &mut Vec<Action>,
    ) {
        for event in untold(self.opportunity, elsewhere, self.now) {
            let title = format!(
                "Tell {} about the {} elsewhere",
                self.opportunity.recruiter_label(),
                event.kind.noun()
            );
            let kind = ActionKind::TellAboutElsewhere {
                event: event.id.clone(),
            };
            let due = match (event.kind, self.offer_days) {
                (ElsewhereKind::Offer, Some(n)) => add_business_days(zone, event.at, n),
                _ => event.at + Duration::days(i64::from(days)),
            };
            if self.now < due {
                continue;
            }
            out.push(self.action(item, kind, event.id.to_string(), title, due));
        }
    }

    /// Closed by the candidate (accepted, declined or withdrew): the recruiter hears it from
    /// them, never from silence.
    fn say_it_is_closed(
        &self,
        item: &ChecklistItem,
        days: u32,
        zone: &impl Zone,
        out: &mut Vec<Action>,
    ) {
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
        // A decision changes the recruiter's plans at once: as soon as an offer's answer.
        let due = match self.offer_days {
            Some(n) => add_business_days(zone, closed, n),
            None => closed + Duration::days(i64::from(days)),
        };
        let key = format!("closed/{}", closed.timestamp_millis());
        out.push(self.action(item, ActionKind::SayItIsClosed, key, title, due));
    }

    /// The candidate wrote to, called, or spoke with the recruiter after `since`.
    fn in_touch_after(&self, since: DateTime<Utc>) -> bool {
        self.contacts.iter().any(|c| c.is_in_touch_after(since))
    }

    /// "Don't go dark": the recruiter wrote (an e-mail or a text), or called and asked
    /// something of the candidate, and the candidate has not been in touch since, by a
    /// message, a call, an interview or a debrief. Only then is the silence the candidate's;
    /// after their own message they wait for a reply instead. Calls to return and call-back
    /// promises have their own actions. Keyed by the message, so once marked done it stays
    /// done until the recruiter writes again.
    fn keep_in_touch(&self, item: &ChecklistItem, days: u32, out: &mut Vec<Action>) {
        let Some(message) = self.contacts.iter().rev().find(|c| c.waits_on_candidate()) else {
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
        let (start, end) = match message.kind {
            ContactKind::Text => ("Reply to ", "'s text"),
            ContactKind::Email => ("Reply to ", "'s e-mail"),
            _ => ("Get back to ", " with what they asked on their call"),
        };
        let title = format!("{start}{}{end}", self.opportunity.recruiter_label());
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
            out.push(self.hold(item, Until::Time(until)));
        }
    }

    /// While the candidate's latest messages have no reply: wait for it, with no date to
    /// write again. Long silence ends in "gone quiet" on Today (`today.rs`), never in a nudge.
    fn wait_for_reply(&self, item: &ChecklistItem, out: &mut Vec<Hold>) {
        let unanswered = unanswered_messages(&self.contacts, self.now);
        let Some(first) = unanswered.last() else {
            return;
        };
        let mut hold = self.hold(item, Until::Reply { since: first.at });
        if unanswered.len() > 1 {
            hold.title = format!(
                "You have written {} times without a reply: wait for theirs before writing again",
                unanswered.len()
            );
        }
        out.push(hold);
    }

    /// From the day an offer is logged until a decision is: an answer by the end of the
    /// working day the recruiter asked for, or within `business_days`. Marking it done does not clear it.
    fn answer_offer(
        &self,
        item: &ChecklistItem,
        business_days: u32,
        zone: &impl Zone,
        out: &mut Vec<Action>,
    ) {
        if self.opportunity.status != Status::Offer {
            return;
        }
        let offered = self.opportunity.offered_at();
        let due = match self.opportunity.answer_by {
            Some(day) => zone.instant(day.and_time(END_OF_WORKING_DAY)),
            None => add_business_days(zone, offered, business_days),
        };
        let title = format!(
            "Give {} your answer on the offer",
            self.opportunity.recruiter_label()
        );
        let key = format!("offer/{}", offered.timestamp_millis());
        out.push(self.action(item, ActionKind::AnswerOffer, key, title, due));
    }

    fn hold(&self, item: &ChecklistItem, until: Until) -> Hold {
        Hold {
            opportunity: self.opportunity.id.clone(),
            title: item.text.clone(),
            why: item.why.clone(),
            until,
        }
    }
}

/// Whether writing to the recruiter now would be a second message in a row with no reply, so
/// the candidate should be warned first (when the playbook has the rule).
pub fn would_double_message(
    opportunity: &Opportunity,
    playbook: &Playbook,
    now: DateTime<Utc>,
) -> bool {
    playbook
        .rule_item(|rule| matches!(rule, DueRule::WaitForReply { .. }))
        .is_some()
        && !unanswered_messages(&opportunity.recruiter_contacts(), now).is_empty()
}

/// The candidate's latest messages with no reply by `now`, newest first: the contacts after
/// the recruiter's last word (or a call that connected) that are the candidate's messages.
fn unanswered_messages<'a>(contacts: &[&'a Contact], now: DateTime<Utc>) -> Vec<&'a Contact> {
    contacts
        .iter()
        .rev()
        .filter(|c| c.at <= now)
        .take_while(|c| c.direction == Direction::Outgoing && c.kind.is_message())
        .copied()
        .collect()
}

/// The interviews and offers elsewhere, logged while `opportunity` was under way, that its
/// recruiter has not heard about yet: no contact with them since. Told at the next contact.
pub fn untold<'a>(
    opportunity: &Opportunity,
    elsewhere: &'a [Elsewhere],
    now: DateTime<Utc>,
) -> Vec<&'a Elsewhere> {
    elsewhere
        .iter()
        .filter(|e| e.at >= opportunity.created_at && e.at <= now)
        .filter(|e| {
            !opportunity
                .contacts
                .iter()
                .any(|c| c.with_interviewer.is_none() && c.is_in_touch_after(e.at))
        })
        .collect()
}

/// Whether two instants fall on the same local day.
pub fn is_same_day(zone: &impl Zone, a: DateTime<Utc>, b: DateTime<Utc>) -> bool {
    zone.local(a).date() == zone.local(b).date()
}
