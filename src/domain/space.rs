//! How much of the browser's local storage the data takes, when to warn that it is nearly
//! full, and which records take the most room. Browsers allow a site about 5 MB of local
//! storage, counted in characters (UTF-16 code units) of every key and value: Chromium
//! refuses a value past 5 Mi characters whatever they are.

use super::id::Id;
use super::model::Model;

/// About what browsers allow one site, in characters.
pub const QUOTA: usize = 5 * 1024 * 1024;

/// From this share of `QUOTA` (in percent) the app warns, while there is still room to act.
pub const WARN_AT_PERCENT: usize = 80;

/// What a stored value counts against the quota: its UTF-16 code units.
pub fn counted(text: &str) -> usize {
    if text.is_ascii() {
        text.len()
    } else {
        text.encode_utf16().count()
    }
}

/// The share of `QUOTA` used, in tenths of a percent (at least 1 once anything is used).
/// Computed in 64 bits: on wasm32 a `usize` times 1,000 overflows past 4 million characters.
pub fn per_mille(used: usize) -> usize {
    let share = used as u64 * 1000 / QUOTA as u64;
    (share as usize).max(usize::from(used > 0))
}

/// Whether storage is full enough to warn.
pub fn nearly_full(used: usize) -> bool {
    used as u64 * 100 >= QUOTA as u64 * WARN_AT_PERCENT as u64
}

/// "4.1 MB of about 5 MB (82.0%)".
pub fn describe(used: usize) -> String {
    let tenths = per_mille(used);
    format!(
        "{} of about 5 MB ({}.{}%)",
        super::time_text::byte_size(used),
        tenths / 10,
        tenths % 10
    )
}

/// One opportunity and the room it takes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Room {
    pub id: Id,
    pub title: String,
    /// Characters it takes in the stored document.
    pub size: usize,
    pub closed: bool,
}

/// The `n` opportunities that take the most room, largest first.
pub fn largest(model: &Model, n: usize) -> Vec<Room> {
    let mut rooms: Vec<Room> = model
        .opportunities
        .iter()
        .map(|o| Room {
            id: o.id.clone(),
            title: o.title().to_owned(),
            size: counted(&serde_json::to_string(o).unwrap_or_default()),
            closed: o.status.is_closed(),
        })
        .collect();
    rooms.sort_by(|a, b| b.size.cmp(&a.size).then_with(|| a.id.cmp(&b.id)));
    rooms.truncate(n);
    rooms
}

/// "Acme (120.3 KB), Globex (80.0 KB)": the largest records, for a message.
pub fn name_largest(rooms: &[Room]) -> String {
    rooms
        .iter()
        .map(|r| format!("{} ({})", r.title, super::time_text::byte_size(r.size)))
        .collect::<Vec<_>>()
        .join(", ")
}
