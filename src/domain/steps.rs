//! An opportunity's moments as steps, in order: the recruiter's call, then for each round
//! the interview, the debrief and the thank-you notes, each with its checklist progress.

use super::id::Id;
use super::opportunity::Opportunity;
use super::playbook::{ChecklistItem, DueRule, Moment, Playbook};
use super::round::Round;

/// One step of an opportunity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    pub moment: Moment,
    /// The round, for the per-round moments.
    pub round: Option<Id>,
    /// 1 for the first round.
    pub round_number: Option<usize>,
    pub done: usize,
    pub total: usize,
}

impl Step {
    /// What the step is called: "Recruiter's call", "Round 2: Debrief".
    pub fn title(&self) -> String {
        match self.round_number {
            Some(n) => format!("Round {n}: {}", self.moment.label()),
            None => self.moment.label().to_owned(),
        }
    }

    /// Whether every item of the step is done.
    pub fn is_complete(&self) -> bool {
        self.done == self.total
    }
}

/// Whether a checklist item is done: ticked, or shown done by what was recorded (the debrief
/// call happened; every interviewer was thanked).
pub fn is_done(opportunity: &Opportunity, round: Option<&Round>, item: &ChecklistItem) -> bool {
    let Some(round) = round else {
        return opportunity.checked.contains_key(&item.key);
    };
    round.checked.contains_key(&item.key)
        || match item.due {
            Some(DueRule::DebriefCall { .. }) => opportunity.debriefed(round),
            Some(DueRule::ThankYouNotes { .. }) => {
                !round.interviewers.is_empty()
                    && round.interviewers.iter().all(|i| i.thanked_at.is_some())
            }
            _ => false,
        }
}

/// The steps of an opportunity under a playbook, in order.
pub fn steps(opportunity: &Opportunity, playbook: &Playbook) -> Vec<Step> {
    let step = |moment: Moment, round: Option<(usize, &Round)>| {
        // Only things to do count: a "don't" or an optional item never holds a step open.
        let items: Vec<&ChecklistItem> = playbook
            .items_for(moment)
            .filter(|item| item.kind.is_to_do())
            .collect();
        Step {
            moment,
            round: round.map(|(_, r)| r.id.clone()),
            round_number: round.map(|(n, _)| n + 1),
            done: items
                .iter()
                .filter(|item| is_done(opportunity, round.map(|(_, r)| r), item))
                .count(),
            total: items.len(),
        }
    };
    let mut all = vec![step(Moment::Call, None)];
    for (n, round) in opportunity.rounds.iter().enumerate() {
        for moment in [Moment::Interview, Moment::Debrief, Moment::ThankYou] {
            all.push(step(moment, Some((n, round))));
        }
    }
    all
}

/// The step to work on: the first one not complete.
pub fn current(steps: &[Step]) -> Option<usize> {
    steps.iter().position(|step| !step.is_complete())
}
