//! The coach board: the snapshots a coach chose to keep, one card per candidate and
//! opportunity, sorted by what needs attention. A card keeps the snapshot's link text as it
//! came, so that what the coach sees later is exactly what the candidate sent; everything
//! the board shows is read from it again.
//!
//! The board lives in the coach's own stored document, beside (never among) their own
//! opportunities, and goes into backups with the rest.

use super::link::LinkError;
use super::persist::text_digest;
use super::round::DebriefField;
use super::snapshot::{decode, Snapshot, SnapshotNext};
use super::time_text::plural;
use chrono::{DateTime, Duration, Utc};
use serde::Serialize;

/// At most this many cards on a board: a coach's whole practice, with room to spare.
pub const MAX_CARDS: usize = 200;

/// One kept snapshot.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct BoardCard {
    /// Which candidate's opportunity it is (`card_key`): a newer snapshot of the same one
    /// replaces the card.
    pub key: String,
    /// When the candidate took the snapshot.
    #[serde(with = "chrono::serde::ts_milliseconds")]
    pub taken_at: DateTime<Utc>,
    /// When the coach kept it.
    #[serde(with = "chrono::serde::ts_milliseconds")]
    pub kept_at: DateTime<Utc>,
    /// The snapshot's link text (without the `#`), as it came.
    pub link: String,
}

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

/// How a snapshot compares with what the board already has of the same opportunity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OnTheBoard {
    /// Not on the board yet.
    No,
    /// The board has this very snapshot.
    This,
    /// The board has an older snapshot, taken then: keeping this one replaces it.
    Older(DateTime<Utc>),
    /// The board has a newer snapshot, taken then.
    Newer(DateTime<Utc>),
}

/// Where `card` stands against `board`.
pub fn on_the_board(board: &[BoardCard], card: &BoardCard) -> OnTheBoard {
    match board.iter().find(|kept| kept.key == card.key) {
        None => OnTheBoard::No,
        Some(kept) if kept.taken_at < card.taken_at => OnTheBoard::Older(kept.taken_at),
        Some(kept) if kept.taken_at > card.taken_at => OnTheBoard::Newer(kept.taken_at),
        Some(_) => OnTheBoard::This,
    }
}

/// Keeps `card`, replacing the card of the same opportunity. Refused past `MAX_CARDS`.
pub fn keep(board: &mut Vec<BoardCard>, card: BoardCard) -> bool {
    if let Some(kept) = board.iter_mut().find(|kept| kept.key == card.key) {
        *kept = card;
    } else if board.len() >= MAX_CARDS {
        return false;
    } else {
        board.push(card);
    }
    true
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
