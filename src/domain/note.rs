//! Thank-you notes and follow-ups: drafted from what the candidate entered, in a choice of
//! tones, and checked live against the playbook (length, two paragraphs, the interviewer's
//! name, thanks, interest, top skills, no placeholders, timing). A draft is never made with
//! a gap in it: when a fact is missing, the candidate is asked for it instead.
//!
//! Text is compared without regard to ASCII case only: full Unicode case tables would add
//! kilobytes to the download for no visible gain (a name is matched as it is written).

use super::id::Id;
use super::time_text::relative;
use chrono::{DateTime, Duration, Utc};
use serde::Serialize;

/// A note the candidate sent: a thank-you to an interviewer, or a follow-up to the recruiter.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SentNote {
    pub id: Id,
    /// The round it follows.
    pub round: Id,
    /// The interviewer thanked; `None` for a follow-up to the recruiter.
    pub interviewer: Option<Id>,
    /// Who it went to, as named when it was sent.
    pub to: String,
    /// The final text.
    pub text: String,
    #[serde(with = "chrono::serde::ts_milliseconds")]
    pub sent_at: DateTime<Utc>,
}

/// A text to the recruiter right after an interview, when the candidate cannot call at
/// once: it asks for a time later the same day.
pub fn ask_for_a_debrief_time(recruiter_name: &str, company: &str) -> String {
    let greeting = match first_name(recruiter_name.trim()) {
        "" => "Hi".to_owned(),
        first => format!("Hi {first}"),
    };
    let with = match company.trim() {
        "" => String::new(),
        company => format!(" with {company}"),
    };
    format!(
        "{greeting}, I've just finished the interview{with}. I can't call right away: could we \
         talk later today? Let me know a time that suits you."
    )
}

/// Where the draft of a note is kept, per round and per person.
pub fn draft_key(round: &Id, interviewer: Option<&Id>) -> String {
    match interviewer {
        Some(person) => format!("{round}/{person}"),
        None => format!("{round}/recruiter"),
    }
}

/// How the note sounds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Tone {
    #[default]
    Warm,
    Formal,
    Brief,
}

impl Tone {
    /// Every tone, for the picker.
    pub const ALL: [Tone; 3] = [Tone::Warm, Tone::Formal, Tone::Brief];

    /// What the candidate reads.
    pub fn label(self) -> &'static str {
        match self {
            Tone::Warm => "Warm",
            Tone::Formal => "Formal",
            Tone::Brief => "Brief",
        }
    }
}

/// What a note is drafted from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NoteFacts {
    /// Who the note is to: an interviewer, or the recruiter for a follow-up.
    pub to_name: String,
    pub to_title: String,
    pub role: String,
    pub company: String,
    /// One specific detail of the job that was discussed.
    pub job_detail: String,
    /// Every detail of the job the candidate noted, one per line: a follow-up names one.
    pub job_details: Vec<String>,
    /// The candidate's top skills, separated by commas.
    pub top_skills: String,
    pub your_name: String,
    /// The candidate's interest from the debrief, 1 to 5, if recorded.
    pub interest: Option<u8>,
}

/// A fact a draft needs and does not have yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Missing {
    Name,
    Company,
    JobDetail,
    TopSkills,
    YourName,
}

impl Missing {
    /// What to ask the candidate.
    pub fn question(self) -> &'static str {
        match self {
            Missing::Name => "Who is it to?",
            Missing::Company => "Which company?",
            Missing::JobDetail => "One detail of the job you discussed",
            Missing::TopSkills => "Your top skills (separated by commas)",
            Missing::YourName => "Your name, to sign with",
        }
    }
}

/// One live check of a note.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Check {
    pub label: String,
    pub why: &'static str,
    pub passed: bool,
    /// What was found, e.g. "143 words".
    pub detail: String,
}

fn first_name(name: &str) -> &str {
    name.split_whitespace().next().unwrap_or("")
}

/// Top skills as a list: split on commas, semicolons and line breaks, at most three.
pub fn skills(top_skills: &str) -> Vec<String> {
    top_skills
        .split([',', ';', '\n'])
        .map(|skill| skill.trim().trim_end_matches('.').to_owned())
        .filter(|skill| !skill.is_empty())
        .take(3)
        .collect()
}

fn join_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

fn detail(facts: &NoteFacts) -> String {
    facts.job_detail.trim().trim_end_matches('.').to_owned()
}

fn the_role(facts: &NoteFacts) -> String {
    match facts.role.trim() {
        "" => "role".to_owned(),
        role => format!("{role} role"),
    }
}

fn missing(facts: &NoteFacts, needs: &[Missing]) -> Vec<Missing> {
    needs
        .iter()
        .copied()
        .filter(|need| match need {
            Missing::Name => facts.to_name.trim().is_empty(),
            Missing::Company => facts.company.trim().is_empty(),
            Missing::JobDetail => detail(facts).is_empty(),
            Missing::TopSkills => skills(&facts.top_skills).is_empty(),
            Missing::YourName => facts.your_name.trim().is_empty(),
        })
        .collect()
}

/// A thank-you note to one interviewer, or what is missing to write it.
pub fn draft_thank_you(facts: &NoteFacts, tone: Tone) -> Result<String, Vec<Missing>> {
    let needs = [
        Missing::Name,
        Missing::Company,
        Missing::JobDetail,
        Missing::TopSkills,
        Missing::YourName,
    ];
    let gaps = missing(facts, &needs);
    if !gaps.is_empty() {
        return Err(gaps);
    }
    let name = facts.to_name.trim();
    let first = first_name(name);
    let company = facts.company.trim();
    let role = the_role(facts);
    let detail = detail(facts);
    let skills = join_list(&skills(&facts.top_skills));
    let you = facts.your_name.trim();
    // "Even more interested" only when the debrief recorded it (interest 4 or 5); plain
    // interest when nothing (or 3) was recorded; no claim at 1 or 2.
    let level = match facts.interest {
        Some(4..=5) => 2,
        Some(1..=2) => 0,
        _ => 1,
    };
    Ok(match tone {
        Tone::Warm => {
            let interest = [
                "I appreciated the open conversation, and I look forward to hearing about the next step.",
                "Our conversation confirmed my interest in joining the team, and I hope to move on to the next step.",
                "Our conversation made me even more interested in joining the team, and I hope to move on to the next step.",
            ][level];
            format!(
                "Dear {first},\n\nThank you for taking the time to meet me about the {role} at {company}. \
                 I really enjoyed our conversation, especially hearing about {detail}.\n\n\
                 {interest} I believe my experience with {skills} would help {company} keep growing.\n\n\
                 Warm regards,\n{you}"
            )
        }
        Tone::Formal => {
            let interest = [
                "I would welcome news of the next step in the process.",
                "I remain interested in the position and would welcome the opportunity to move to the next step.",
                "I am even more interested in the position and would welcome the opportunity to move to the next step.",
            ][level];
            let perspective = match facts.to_title.trim() {
                "" => String::new(),
                title => format!(", and for sharing your perspective as {title}"),
            };
            format!(
                "Dear {name},\n\nThank you for meeting with me to discuss the {role} at {company}{perspective}. \
                 I appreciated learning more about {detail}.\n\n\
                 {interest} My experience with {skills} would allow me to contribute to the growth of {company}.\n\n\
                 Yours sincerely,\n{you}"
            )
        }
        Tone::Brief => {
            let interest = [
                "I hope to hear about the next step.",
                "I'm interested in the role and hope we can take the next step.",
                "I'm even more interested in the role and hope we can take the next step.",
            ][level];
            format!(
                "Hi {first},\n\nThank you for your time today. I enjoyed hearing about {detail} at {company}.\n\n\
                 {interest} My experience with {skills} would help the team grow.\n\n\
                 Best,\n{you}"
            )
        }
    })
}

/// A short follow-up e-mail to the recruiter, or what is missing to write it.
pub fn draft_follow_up(facts: &NoteFacts, tone: Tone) -> Result<String, Vec<Missing>> {
    let gaps = missing(
        facts,
        &[
            Missing::Name,
            Missing::Company,
            Missing::JobDetail,
            Missing::YourName,
        ],
    );
    if !gaps.is_empty() {
        return Err(gaps);
    }
    let first = first_name(facts.to_name.trim());
    let company = facts.company.trim();
    let role = the_role(facts);
    let detail = detail(facts);
    let you = facts.your_name.trim();
    Ok(match tone {
        Tone::Formal => format!(
            "Dear {first},\n\nThank you for arranging my interview for the {role} at {company}. \
             Our discussion of {detail} confirmed my interest, and I would welcome the next step.\n\n\
             Kind regards,\n{you}"
        ),
        Tone::Warm | Tone::Brief => format!(
            "Hi {first},\n\nThanks again for setting up the interview for the {role} at {company}. \
             I especially enjoyed talking about {detail}, and I'm keen to take the next step.\n\n\
             Best,\n{you}"
        ),
    })
}

fn words(text: &str) -> Vec<&str> {
    text.split_whitespace().collect()
}

fn contains_any(text: &str, needles: &[&str]) -> bool {
    let text = text.to_ascii_lowercase();
    needles.iter().any(|needle| text.contains(needle))
}

/// Paragraphs of real content: blocks between blank lines with at least ten words, so that
/// the greeting and the sign-off do not count.
pub fn body_paragraphs(text: &str) -> usize {
    text.replace("\r\n", "\n")
        .split("\n\n")
        .filter(|block| words(block).len() >= 10)
        .count()
}

/// The first leftover placeholder or doubled word, if any.
pub fn leftover(text: &str) -> Option<String> {
    for (open, close) in [('[', ']'), ('{', '}'), ('<', '>')] {
        if let Some(start) = text.find(open) {
            if let Some(len) = text[start..].find(close) {
                return Some(text[start..=start + len].to_owned());
            }
        }
    }
    for marker in ["TODO", "XXX", "Lorem"] {
        if text.contains(marker) {
            return Some(marker.to_owned());
        }
    }
    let clean: Vec<String> = text
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| c.is_ascii_punctuation())
                .to_ascii_lowercase()
        })
        .collect();
    clean
        .windows(2)
        .find(|pair| !pair[0].is_empty() && pair[0] == pair[1])
        .map(|pair| format!("{} {}", pair[0], pair[1]))
}

fn check(
    label: impl Into<String>,
    why: &'static str,
    passed: bool,
    detail: impl Into<String>,
) -> Check {
    Check {
        label: label.into(),
        why,
        passed,
        detail: detail.into(),
    }
}

/// "No placeholders or doubled words", for every note.
fn careless_check(text: &str) -> Check {
    let found = leftover(text);
    check(
        "No placeholders or doubled words",
        "A careless note does as much harm as a good one does good.",
        found.is_none(),
        found
            .map(|found| format!("Found \"{found}\""))
            .unwrap_or_default(),
    )
}

/// How many words a thank-you note of about two short paragraphs has, greeting and
/// sign-off included: fewer reads as curt, more is no longer brief.
pub const BRIEF_WORDS: (usize, usize) = (40, 130);

/// When a note is written: the interview's end, the time now, and the playbook's number of
/// hours for it (the thank-you rule for a thank-you note, "no news before" for a follow-up).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Timing {
    pub ended: DateTime<Utc>,
    pub now: DateTime<Utc>,
    pub hours: u32,
}

/// Words that claim interest in the job.
const CLAIMS_INTEREST: [&str; 8] = [
    "interested in",
    "my interest",
    "interest in",
    "keen",
    "excited",
    "enthusias",
    "eager",
    "thrilled",
];

/// Words that claim more interest than before.
const CLAIMS_MORE: [&str; 5] = [
    "even more interest",
    "more interested",
    "more excited",
    "more keen",
    "more enthusias",
];

/// Words that look ahead to the next step, or to hearing back.
const LOOKS_AHEAD: [&str; 9] = [
    "next step",
    "next stage",
    "next round",
    "move forward",
    "moving forward",
    "hear from",
    "hearing from",
    "hear back",
    "hearing back",
];

/// "Says where you stand": the note looks ahead to the next step and claims no more interest
/// than the debrief recorded (1 to 5): even more at 4 or 5, plain interest at 3, none asked at
/// 1 or 2. With no level recorded, any honest wording passes.
fn interest_check(text: &str, interest: Option<u8>) -> Check {
    let claims = contains_any(text, &CLAIMS_INTEREST);
    let claims_more = contains_any(text, &CLAIMS_MORE);
    let ahead = contains_any(text, &LOOKS_AHEAD);
    let (label, why, honest, detail) = match interest {
        Some(level @ 4..=5) => (
            "States your interest and hope for the next step",
            "Your debrief says you are keen: say so, and that you hope to move forward.",
            claims,
            format!("Your debrief: interest {level} of 5"),
        ),
        Some(3) => (
            "Hopes for the next step, claiming no more interest than you have",
            "Say \"even more interested\" only if it is true: your debrief recorded a middle level.",
            !claims_more,
            "Your debrief: interest 3 of 5".to_owned(),
        ),
        Some(level) => (
            "Says where you stand, without claiming interest",
            "Your debrief recorded little interest: thank them and look ahead, but claim nothing you don't feel. Recruiters value honesty.",
            !claims,
            format!("Your debrief: interest {level} of 5"),
        ),
        None => (
            "States where you stand and hopes for the next step",
            "Say you are even more interested only if it is true, and that you hope to move forward.",
            true,
            String::new(),
        ),
    };
    let detail = match (honest, ahead) {
        (true, true) => detail,
        (false, _) => format!("{detail}: this claims more interest than that"),
        (true, false) => "Nothing about the next step yet".to_owned(),
    };
    Check {
        label: label.to_owned(),
        why,
        passed: honest && ahead,
        detail,
    }
}

/// The live checks of a thank-you note.
pub fn check_thank_you(text: &str, facts: &NoteFacts, timing: Option<Timing>) -> Vec<Check> {
    let count = words(text).len();
    let paragraphs = body_paragraphs(text);
    let first = first_name(facts.to_name.trim());
    let opening = text
        .lines()
        .find(|line| !line.trim().is_empty())
        .unwrap_or("");
    let skills = skills(&facts.top_skills);
    let named_skill = skills.iter().find(|skill| {
        text.to_ascii_lowercase()
            .contains(&skill.to_ascii_lowercase())
    });
    let mut checks = vec![
        check(
            "About two short paragraphs",
            "Two short paragraphs are read in full; a long letter is skimmed.",
            (2..=3).contains(&paragraphs),
            super::time_text::plural(paragraphs, "paragraph", "paragraphs"),
        ),
        check(
            "Brief",
            "About two short paragraphs: the note is there to be remembered, not to re-argue the interview.",
            (BRIEF_WORDS.0..=BRIEF_WORDS.1).contains(&count),
            format!("{count} words (aim for {}–{})", BRIEF_WORDS.0, BRIEF_WORDS.1),
        ),
        check(
            if first.is_empty() {
                "Greets the interviewer by name".to_owned()
            } else {
                format!("Greets {first} by name")
            },
            "A separate note for each person shows it was written for them.",
            !first.is_empty()
                && opening
                    .to_ascii_lowercase()
                    .contains(&first.to_ascii_lowercase()),
            "",
        ),
        check(
            "Thanks them",
            "Most hiring managers weigh a thank-you note, and few candidates send one.",
            contains_any(text, &["thank"]),
            "",
        ),
        interest_check(text, facts.interest),
        check(
            "Restates your top skills",
            "A sentence or two on the skills you bring, and how they help the company grow.",
            named_skill.is_some(),
            named_skill
                .cloned()
                .unwrap_or_else(|| "None of your top skills is mentioned".to_owned()),
        ),
        careless_check(text),
    ];
    if let Some(Timing { ended, now, hours }) = timing {
        let due = ended + Duration::hours(i64::from(hours));
        checks.push(check(
            format!("Sent within {hours} hours of the interview"),
            "A note the same day or the next morning is on time; later it reads as an afterthought.",
            now <= due,
            if now <= due {
                format!("Due {}", relative(now, due, "ago"))
            } else {
                format!("Overdue: {}", relative(now, due, "overdue"))
            },
        ));
    }
    checks
}

/// Why a follow-up to the recruiter should wait or be rethought.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FollowUpWarning {
    /// It asks for news before the playbook's "no news before" time after the interview.
    TooSoonForNews { until: DateTime<Utc> },
    /// The last message to the recruiter has no reply yet.
    Unanswered,
}

impl FollowUpWarning {
    /// What the candidate reads.
    pub fn message(&self, now: DateTime<Utc>) -> String {
        match self {
            FollowUpWarning::TooSoonForNews { until } => format!(
                "This asks for news, but there won't be any yet: ask {} at the earliest.",
                relative(now, *until, "ago")
            ),
            FollowUpWarning::Unanswered => "Your last message has no reply yet. Wait for one before writing again: several messages in a row look over-eager.".to_owned(),
        }
    }
}

/// Whether the text asks the recruiter for news.
pub fn asks_for_news(text: &str) -> bool {
    contains_any(
        text,
        &[
            "any news",
            "any update",
            "an update",
            "heard back",
            "hear back",
            "a decision",
            "the decision",
            "where things stand",
            "status of",
            "feedback yet",
        ],
    )
}

/// How many words a follow-up to the recruiter has at most, greeting and sign-off included:
/// recruiters read it between meetings.
pub const FOLLOW_UP_WORDS: usize = 120;

/// Whether the text names one of the job's details: one as written, or two of its longer
/// words (five letters or more).
fn names_a_detail<'a>(text: &str, details: &'a [String]) -> Option<&'a String> {
    let lower = text.to_ascii_lowercase();
    let lower_words: Vec<String> = words(&lower)
        .iter()
        .map(|w| {
            w.trim_matches(|c: char| c.is_ascii_punctuation())
                .to_owned()
        })
        .collect();
    details.iter().find(|detail| {
        let detail = detail.trim().trim_end_matches('.').to_ascii_lowercase();
        if detail.is_empty() {
            return false;
        }
        let long: Vec<&str> = detail
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| c.is_ascii_punctuation()))
            .filter(|w| w.chars().count() >= 5)
            .collect();
        let found = long.iter().filter(|w| lower_words.iter().any(|t| t == *w));
        lower.contains(&detail) || found.count() >= 2.min(long.len().max(1))
    })
}

/// The checks of a follow-up e-mail to the recruiter: short, one detail of the job, not
/// within the playbook's "no news before" hours of the interview, no placeholders.
pub fn check_follow_up_note(text: &str, facts: &NoteFacts, timing: Option<Timing>) -> Vec<Check> {
    let count = words(text).len();
    let detail = names_a_detail(text, &facts.job_details);
    let mut checks = vec![
        check(
            "Short",
            "Recruiters are often in meetings: a short e-mail is read at once.",
            (10..=FOLLOW_UP_WORDS).contains(&count),
            format!("{count} words (at most {FOLLOW_UP_WORDS})"),
        ),
        check(
            "Names one detail of the job",
            "One specific detail you discussed shows real interest and makes you memorable.",
            detail.is_some(),
            match detail {
                Some(found) => found.trim().to_owned(),
                None if facts.job_details.is_empty() => {
                    "No job details noted: add them on the opportunity".to_owned()
                }
                None => "None of the job details you noted is mentioned".to_owned(),
            },
        ),
        careless_check(text),
    ];
    if let Some(Timing { ended, now, hours }) = timing {
        let from = ended + Duration::hours(i64::from(hours));
        checks.push(check(
            format!("Not sent within {hours} hours of the interview"),
            "Following up is about being remembered: right after the interview there is no news yet, and it reads as over-eager.",
            now >= from,
            if now >= from {
                String::new()
            } else {
                format!("Send it {}", relative(now, from, "ago"))
            },
        ));
    }
    checks
}

/// Warnings for a follow-up e-mail written at `now`. `no_news_hours` is the playbook's
/// "no news before" number.
pub fn check_follow_up(
    text: &str,
    interview_ended: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
    unanswered: bool,
    no_news_hours: u32,
) -> Vec<FollowUpWarning> {
    let mut warnings = Vec::new();
    if let Some(ended) = interview_ended {
        let until = ended + Duration::hours(i64::from(no_news_hours));
        if now < until && asks_for_news(text) {
            warnings.push(FollowUpWarning::TooSoonForNews { until });
        }
    }
    if unanswered {
        warnings.push(FollowUpWarning::Unanswered);
    }
    warnings
}
