//! Playbooks: the checklists Candor walks through, as data. Each item says what to do and
//! why, and may carry a timing rule that the planner (`due.rs`) turns into dated actions.
//! The built-in playbook is written from the project's playbook facts; coaches' playbooks
//! have the same shape.

use serde::{Deserialize, Serialize};

/// The four moments of working with a recruiter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Moment {
    /// The recruiter's call: first contact, once per opportunity.
    Call,
    /// Preparing for and going through one interview round.
    Interview,
    /// The call with the recruiter right after a round.
    Debrief,
    /// Thank-you notes and following up after a round.
    ThankYou,
}

impl Moment {
    /// What the candidate reads.
    pub fn label(self) -> &'static str {
        match self {
            Moment::Call => "Recruiter's call",
            Moment::Interview => "Interview",
            Moment::Debrief => "Debrief",
            Moment::ThankYou => "Thank-you",
        }
    }

    /// Whether the moment repeats for every round.
    pub fn is_per_round(self) -> bool {
        self != Moment::Call
    }
}

/// When in the moment an item applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    Before,
    During,
    After,
}

impl Phase {
    /// What the candidate reads.
    pub fn label(self) -> &'static str {
        match self {
            Phase::Before => "Before",
            Phase::During => "During",
            Phase::After => "After",
        }
    }
}

/// A timing rule, with its numbers as data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "rule")]
pub enum DueRule {
    /// Return a missed call or voicemail from the recruiter within `hours`.
    ReturnCall { hours: u32 },
    /// Call back at the time promised when it was a bad time.
    PromisedCallBack,
    /// Call the recruiter within `hours` of the interview's end, and the same day.
    DebriefCall { hours: u32 },
    /// A thank-you note to each interviewer within `hours` of the interview's end.
    ThankYouNotes { hours: u32 },
    /// Asking for news sooner than `hours` after the interview is pointless.
    NoNewsBefore { hours: u32 },
    /// After an outgoing message with no reply, warn on a second one within `days`.
    WaitForReply { days: u32 },
    /// With no timeline given and no news, check in `business_days` after the interview.
    StatusCheck { business_days: u32 },
    /// The recruiter gave a date for the client's feedback: ask `grace_days` after it.
    FeedbackOwed { grace_days: u32 },
    /// Nudge after `days` with no contact on an active opportunity.
    KeepInTouch { days: u32 },
}

impl DueRule {
    /// The rule in words, with its numbers.
    pub fn describe(self) -> String {
        let plural = |n: u32, one: &str, many: &str| {
            if n == 1 {
                format!("1 {one}")
            } else {
                format!("{n} {many}")
            }
        };
        match self {
            DueRule::ReturnCall { hours } => format!(
                "Due within {} of a missed call or voicemail.",
                plural(hours, "hour", "hours")
            ),
            DueRule::PromisedCallBack => "Due at the time you promised.".to_owned(),
            DueRule::DebriefCall { hours } => format!(
                "Due within {} of the interview's end, and the same day.",
                plural(hours, "hour", "hours")
            ),
            DueRule::ThankYouNotes { hours } => format!(
                "Due within {} of the interview's end, one note per interviewer.",
                plural(hours, "hour", "hours")
            ),
            DueRule::NoNewsBefore { hours } => format!(
                "Hold off for {} after the interview.",
                plural(hours, "hour", "hours")
            ),
            DueRule::WaitForReply { days } => format!(
                "After a message with no reply, wait {} before writing again.",
                plural(days, "day", "days")
            ),
            DueRule::StatusCheck { business_days } => format!(
                "Shows after {} with no news and no date given.",
                plural(business_days, "business day", "business days")
            ),
            DueRule::FeedbackOwed { grace_days } => format!(
                "Shows {} after the date the recruiter gave for feedback.",
                plural(grace_days, "day", "days")
            ),
            DueRule::KeepInTouch { days } => format!(
                "Shows after {} without contact on an active opportunity.",
                plural(days, "day", "days")
            ),
        }
    }
}

/// One checklist item.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChecklistItem {
    /// Stable within the playbook; ticks are stored under it.
    pub key: String,
    pub moment: Moment,
    pub phase: Phase,
    /// What to do.
    pub text: String,
    /// Why it matters, shown with the item.
    pub why: String,
    #[serde(default)]
    pub due: Option<DueRule>,
}

/// A versioned set of checklist items.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Playbook {
    pub id: String,
    pub version: u32,
    pub name: String,
    pub items: Vec<ChecklistItem>,
}

impl Playbook {
    /// The items of one moment, in playbook order.
    pub fn items_for(&self, moment: Moment) -> impl Iterator<Item = &ChecklistItem> {
        self.items.iter().filter(move |item| item.moment == moment)
    }

    /// The first item whose timing rule `matches`, with that rule.
    pub fn rule_item(
        &self,
        matches: impl Fn(&DueRule) -> bool,
    ) -> Option<(&ChecklistItem, DueRule)> {
        self.items.iter().find_map(|item| {
            item.due
                .filter(|rule| matches(rule))
                .map(|rule| (item, rule))
        })
    }
}

fn item(key: &str, moment: Moment, phase: Phase, text: &str, why: &str) -> ChecklistItem {
    ChecklistItem {
        key: key.to_owned(),
        moment,
        phase,
        text: text.to_owned(),
        why: why.to_owned(),
        due: None,
    }
}

fn timed(rule: DueRule, mut item: ChecklistItem) -> ChecklistItem {
    item.due = Some(rule);
    item
}

/// The playbook that ships with Candor.
pub fn built_in() -> Playbook {
    use Moment::*;
    use Phase::*;
    let items = vec![
        // The recruiter's call.
        timed(DueRule::ReturnCall { hours: 24 }, item(
            "call-return", Call, Before,
            "Return a missed call or voicemail within 24 hours",
            "A recruiter who isn't called back thinks twice before calling again, for this job or the next one.",
        )),
        item(
            "call-take-it", Call, Before,
            "Take the call even if you're not looking",
            "It may be about someone you could refer, and good recruiters are worth knowing for a whole career.",
        ),
        item(
            "call-pitch", Call, Before,
            "Have your pitch at hand: expertise, years of experience, what fits this opening",
            "The recruiter has read many resumes and may not have yours in front of them.",
        ),
        timed(DueRule::PromisedCallBack, item(
            "call-bad-time", Call, During,
            "If it's a bad time, say so after the introduction, give a time to call back, and keep it",
            "Half-listening costs you more than calling back when you can give it your full attention.",
        )),
        item(
            "call-selection", Call, During,
            "Treat the call as part of the selection: be focused and clear",
            "The recruiter listens for energy and communication, and pictures you in front of the client.",
        ),
        item(
            "call-honest", Call, During,
            "Answer briefly, completely and honestly: specialty, location or move, other interviews, real interest",
            "An honest \"not this one\" can lead to a better fit later; recruiters keep notes and come back.",
        ),
        item(
            "call-details", Call, After,
            "Write down the key details of the job and the process",
            "You'll quote one specific detail of the job in your follow-up.",
        ),
        item(
            "call-other-processes", Call, After,
            "Tell the recruiter about other interviews and offers, at the next contact",
            "A good recruiter expects you to act in your own interest; what hurts is a surprise.",
        ),
        timed(DueRule::KeepInTouch { days: 4 }, item(
            "call-no-dark", Call, After,
            "Don't go dark: answer calls, e-mails and texts while the process runs",
            "Silence reads as lack of interest, and the recruiter passes it on to the hiring manager.",
        )),
        // Each interview round.
        item(
            "prep-people", Interview, Before,
            "Ask the recruiter who you'll meet: names, titles, what each one looks for",
            "The recruiter coordinates the rounds and knows what each interviewer weighs. Let them lead.",
        ),
        item(
            "prep-format", Interview, Before,
            "Find out the kind of interview, the timeline and who decides",
            "Preparing is shared work: the recruiter prepares you so that you can prepare well.",
        ),
        item(
            "prep-plan-debrief", Interview, Before,
            "Plan when you'll call the recruiter afterwards; if you can't right after, agree a time by text now",
            "Your impressions are freshest right after the interview, and the recruiter needs them.",
        ),
        item(
            "prep-job-detail", Interview, Before,
            "Re-read the key job details you noted",
            "Specific answers about this job show real interest.",
        ),
        // The debrief after each round.
        timed(DueRule::DebriefCall { hours: 1 }, item(
            "debrief-call", Debrief, During,
            "Call the recruiter right after the interview, the same day",
            "The recruiter can only fight for you with your feedback; calling days later reads as lack of interest.",
        )),
        item(
            "debrief-honest", Debrief, During,
            "Say how it went, what went well and badly, and whom you clicked with",
            "If you'd take an answer back, the recruiter may be able to clarify it with the client.",
        ),
        item(
            "debrief-interest", Debrief, During,
            "Give your interest level and your concerns",
            "The hiring manager wants to hear your interest, and hears it through the recruiter.",
        ),
        timed(DueRule::FeedbackOwed { grace_days: 1 }, item(
            "debrief-feedback", Debrief, During,
            "Ask for the client's feedback and the next steps",
            "It's a two-way street: the recruiter owes you feedback so you can improve.",
        )),
        item(
            "debrief-others", Debrief, During,
            "Mention other interviews or offers in progress",
            "No surprises: the recruiter can plan around them.",
        ),
        // Thank-you notes and following up.
        timed(DueRule::ThankYouNotes { hours: 24 }, item(
            "thanks-each", ThankYou, After,
            "Send a thank-you note to each interviewer within 24 hours",
            "Most hiring managers weigh thank-you notes, and few candidates send one.",
        )),
        timed(DueRule::NoNewsBefore { hours: 24 }, item(
            "thanks-no-news", ThankYou, After,
            "Don't ask the recruiter for news in the first 24 hours",
            "There won't be any yet. Following up is about being remembered.",
        )),
        timed(DueRule::WaitForReply { days: 3 }, item(
            "thanks-wait-reply", ThankYou, After,
            "Wait for a reply before writing again",
            "Several messages in a row in the days after an interview look over-eager.",
        )),
        timed(DueRule::StatusCheck { business_days: 5 }, item(
            "thanks-status-check", ThankYou, After,
            "With no timeline given, check in after about five business days",
            "By then a short, polite e-mail is welcome; recruiters are often in meetings, so e-mail suits them.",
        )),
        item(
            "thanks-recruiter", ThankYou, After,
            "Send the recruiter a short note too",
            "It isn't required, but it's appreciated and keeps you memorable.",
        ),
    ];
    Playbook {
        id: "built-in".to_owned(),
        version: 1,
        name: "Candor's playbook".to_owned(),
        items,
    }
}
