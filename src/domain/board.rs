//! The coach board as the coach reads it: each kept card's snapshot read again, what it
//! needs (a late next step, one coming, nothing planned, closed) and the board's order. The
//! cards themselves are records (`board_card.rs`).

use super::board_card::BoardCard;
use super::link::LinkError;
use super::persist::text_digest;
use super::round::DebriefField;
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
