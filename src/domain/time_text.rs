//! Times as the candidate reads them. Written by hand rather than with chrono's `format`,
//! whose format-string machinery costs several kilobytes of download for one layout.

use chrono::{Datelike, NaiveDateTime, Timelike};

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A wall-clock time in the candidate's own zone, as "3 Mar 2026, 09:05".
pub fn day_and_time(local: NaiveDateTime) -> String {
    format!(
        "{} {} {}, {:02}:{:02}",
        local.day(),
        MONTHS[local.month0() as usize],
        local.year(),
        local.hour(),
        local.minute()
    )
}

/// A byte count as the candidate reads it: "512 B", "3.4 KB", "1.2 MB" (1 KB = 1024 B).
pub fn byte_size(bytes: usize) -> String {
    const KB: usize = 1024;
    const MB: usize = KB * 1024;
    let tenths = |unit: usize| (bytes * 10 + unit / 2) / unit;
    match bytes {
        0..KB => format!("{bytes} B"),
        KB..MB => format!("{}.{} KB", tenths(KB) / 10, tenths(KB) % 10),
        _ => format!("{}.{} MB", tenths(MB) / 10, tenths(MB) % 10),
    }
}
