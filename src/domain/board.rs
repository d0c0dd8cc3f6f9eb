//! The coach board as the coach reads it: each kept card's snapshot read again, what it
//! needs (a late next step, one coming, nothing planned, closed) and the board's order. The
//! cards themselves are records (`board_card.rs`).

use super::board_card::BoardCard;
use super::id::Id;
use super::link::LinkError;
use super::mailto::{mailto, sms};
use super::persist::text_digest;
use super::round::DebriefField;
use super::route::Route;
use super::snapshot::{decode, Snapshot, SnapshotNext};
use super::time_text::plural;
use chrono::{DateTime, Duration, Utc};

/// The key of a snapshot's card: its opportunity's id, which is random and so tells
/// candidates apart too. Snapshots from before ids were sent are keyed by what they name.
pub fn card_key(snapshot: &Snapshot) -> String {
    match &snapshot.id {
        Some(id) => id.clone(),
        None => format!(
            "v1-{:016x}",
            text_digest(&format!("{}\n{}", snapshot.company, snapshot.role))
        ),
    }
}

/// The card for a snapshot read from `link`, kept at `now`.
pub fn card_for(snapshot: &Snapshot, link: &str, now: DateTime<Utc>) -> BoardCard {
    BoardCard {
        key: card_key(snapshot),
        taken_at: DateTime::from_timestamp_millis(snapshot.taken_at).unwrap_or(now),
        kept_at: now,
        link: link.to_owned(),
    }
}

/// What needs the coach's attention first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Attention {
    /// The next step's time has passed.
    Overdue,
    /// A next step is coming.
    Due,
    /// Open, with no next step planned: worth asking where it stands.
    NoNextStep,
    /// The process is over.
    Closed,
}

/// A card as the board shows it, read from its snapshot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardView {
    pub key: String,
    /// The candidate, or "A candidate" when the snapshot does not say.
    pub candidate: String,
    /// The company and role.
    pub title: String,
    pub stage: String,
    pub attention: Attention,
    /// The next step; a closed one may still have one (telling the recruiter it is over).
    pub next: Option<SnapshotNext>,
    /// From the last round with a debrief: the interest (1 to 5) and the concerns.
    pub interest: Option<u8>,
    pub concerns: Option<String>,
    pub taken_at: DateTime<Utc>,
    pub kept_at: DateTime<Utc>,
    /// The snapshot's link text, to open it whole.
    pub link: String,
    /// The candidate's name as they wrote it, when the snapshot carries it.
    pub named: Option<String>,
    /// The opportunity's id on the candidate's device (snapshots since version 2).
    pub opportunity: Option<Id>,
    /// The candidate's e-mail or phone, when they chose to include it (since version 3).
    pub reach: Option<String>,
}

/// Reads a card's snapshot again (with every limit of a link), as the board shows it.
pub fn view_of(card: &BoardCard, now: DateTime<Utc>) -> Result<CardView, LinkError> {
    let snapshot = decode(&card.link)?;
    let title = [snapshot.company.trim(), snapshot.role.trim()]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    let attention = match &snapshot.next {
        _ if snapshot.closed => Attention::Closed,
        None => Attention::NoNextStep,
        Some(next) if next.overdue_at < now.timestamp_millis() => Attention::Overdue,
        Some(_) => Attention::Due,
    };
    let debriefed = snapshot
        .rounds
        .iter()
        .rev()
        .find(|round| round.interest.is_some() || !round.debrief.is_empty());
    let concerns = debriefed.and_then(|round| {
        round
            .debrief
            .iter()
            .find(|(question, _)| question == DebriefField::Concerns.label())
            .map(|(_, answer)| answer.clone())
    });
    Ok(CardView {
        key: card.key.clone(),
        candidate: snapshot
            .candidate
            .clone()
            .unwrap_or_else(|| "A candidate".to_owned()),
        title: if title.is_empty() {
            "An opportunity".to_owned()
        } else {
            title
        },
        stage: snapshot.status.clone(),
        attention,
        next: snapshot.next,
        interest: debriefed.and_then(|round| round.interest),
        concerns,
        taken_at: card.taken_at,
        kept_at: card.kept_at,
        link: card.link.clone(),
        named: snapshot.candidate.clone(),
        opportunity: snapshot.id.as_deref().and_then(Id::parse),
        reach: snapshot.reach.clone(),
    })
}

/// The board's order: late next steps first (the latest longest ago first), then the next
/// steps coming (soonest first), then open ones with no next step (the oldest snapshot
/// first: the one most worth a fresh look), then closed ones.
pub fn by_attention(cards: &mut [CardView]) {
    cards.sort_by_key(|card| {
        let when = match (card.attention, &card.next) {
            (Attention::Overdue | Attention::Due, Some(next)) => next.due_at,
            _ => card.taken_at.timestamp_millis(),
        };
        (card.attention, when, card.key.clone())
    });
}

/// When the next step is due, as the coach reads it ("late by 2 days", "due in 3 hours").
pub fn due_text(next: &SnapshotNext, now: DateTime<Utc>) -> String {
    let due = DateTime::from_timestamp_millis(next.due_at).unwrap_or(now);
    let overdue = DateTime::from_timestamp_millis(next.overdue_at).unwrap_or(due);
    let span = |length: Duration| {
        if length.num_days() >= 1 {
            plural(length.num_days() as usize, "day", "days")
        } else if length.num_hours() >= 1 {
            plural(length.num_hours() as usize, "hour", "hours")
        } else {
            "less than an hour".to_owned()
        }
    };
    if now > overdue {
        format!("late by {}", span(now - due))
    } else if now >= due {
        "due now".to_owned()
    } else {
        format!("due in {}", span(due - now))
    }
}

/// A snapshot this many days old is worth asking again for.
pub const FRESH_FOR_DAYS: i64 = 7;

/// How old a snapshot is, in words: "taken 5 hours ago", "taken 9 days ago".
pub fn age_text(taken_at: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let age = now - taken_at;
    if age.num_days() >= 1 {
        format!(
            "taken {} ago",
            plural(age.num_days() as usize, "day", "days")
        )
    } else if age.num_hours() >= 1 {
        format!(
            "taken {} ago",
            plural(age.num_hours() as usize, "hour", "hours")
        )
    } else {
        "taken less than an hour ago".to_owned()
    }
}

/// Whether a card's snapshot is old enough for the board to suggest asking for a new one:
/// an open process moves within a week.
pub fn is_stale(card: &CardView, now: DateTime<Utc>) -> bool {
    card.attention != Attention::Closed && (now - card.taken_at).num_days() >= FRESH_FOR_DAYS
}

/// How the candidate can be reached, read from what they typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reach {
    Email(String),
    Phone(String),
}

/// Reads an e-mail address or a phone number; `None` for anything else.
pub fn reach_of(text: &str) -> Option<Reach> {
    let text = text.trim();
    let digits = text.chars().filter(char::is_ascii_digit).count();
    if text.contains('@') && !text.contains(char::is_whitespace) && !text.starts_with('@') {
        Some(Reach::Email(text.to_owned()))
    } else if digits >= 6
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || " +-.()/".contains(c))
    {
        Some(Reach::Phone(text.to_owned()))
    } else {
        None
    }
}

/// The coach's request for a newer snapshot: the words, and where to send them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SnapshotAsk {
    pub subject: String,
    pub body: String,
    /// The link that opens the candidate's share screen, when the snapshot names its
    /// opportunity.
    pub link: Option<String>,
    /// How to send it: a button's words and its `mailto:` or `sms:` address, when the
    /// candidate included a way to reach them.
    pub send: Option<(String, String)>,
}

/// Asks the candidate of `card` for a newer snapshot. `app_address` is the address of this
/// app (without the `#`): the candidate's copy of Candor is opened at the same address.
/// `coach` signs the message (may be empty).
pub fn ask_for_snapshot(card: &CardView, app_address: &str, coach: &str) -> SnapshotAsk {
    let hello = match card
        .named
        .as_deref()
        .and_then(|name| name.split_whitespace().next())
    {
        Some(first) => format!("Hi {first},"),
        None => "Hi,".to_owned(),
    };
    let link = card
        .opportunity
        .clone()
        .map(|id| format!("{app_address}{}", Route::ShareOpportunity(id).to_fragment()));
    let how = match &link {
        Some(link) => format!(
            "This link opens its share screen in Candor (on the device where you keep your search):\n{link}"
        ),
        None => "In Candor, open it and choose \u{201c}Share with your coach\u{201d}.".to_owned(),
    };
    let thanks = match coach.trim() {
        "" => "Thanks!".to_owned(),
        name => format!("Thanks!\n{name}"),
    };
    let subject = format!("A new snapshot of {}?", card.title);
    let body = format!(
        "{hello}\n\nCould you send me a new snapshot of {} when you have a moment, so we can talk about where it stands? {how}\n\n{thanks}",
        card.title
    );
    let send = match card.reach.as_deref().and_then(reach_of) {
        Some(Reach::Email(address)) => Some((
            format!("E-mail {}", card.candidate),
            mailto(&address, &subject, &body),
        )),
        Some(Reach::Phone(number)) => {
            Some((format!("Text {}", card.candidate), sms(&number, &body)))
        }
        None => None,
    };
    SnapshotAsk {
        subject,
        body,
        link,
        send,
    }
}
