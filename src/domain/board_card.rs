//! The coach board's cards: the snapshots a coach chose to keep, one card per candidate and
//! opportunity. A card keeps the snapshot's link text as it came, so that what the coach
//! sees later is exactly what the candidate sent; everything the board shows is read from it
//! again (`board.rs`).
//!
//! The board lives in the coach's own stored document, beside (never among) their own
//! opportunities, and goes into backups with the rest.

use chrono::{DateTime, Utc};
use serde::Serialize;

/// At most this many cards on a board: a coach's whole practice, with room to spare.
pub const MAX_CARDS: usize = 200;

/// One kept snapshot.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct BoardCard {
    /// Which candidate's opportunity it is (`board::card_key`): a newer snapshot of the same one
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
