//! Share links: a playbook carried in the URL fragment (which browsers never send to a
//! server), versioned, compact and safe to open whatever it contains.
//!
//! Format: `p1.` then URL-safe base64 (no padding) of raw deflate of a compact JSON
//! document. The document names the built-in playbook version it builds on, the order of
//! the items by key, and only the items that differ from the built-in ones, so that a
//! tailored playbook stays short enough to share (about 2,000 characters for ten edits).
//!
//! A snapshot of one opportunity, for a coach to read, uses the same envelope with the
//! prefix `s1.` (see `snapshot.rs` for its content).
//!
//! Everything from a link is untrusted. Limits are enforced before decoding (the encoded
//! length), while inflating (the inflated size) and after parsing (counts and string
//! lengths); every failure is an error the candidate can read, never a panic.

use super::playbook::{built_in, ChecklistItem, CoachNote, Playbook, BUILT_IN_ID};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use miniz_oxide::inflate::{decompress_to_vec_with_limit, TINFLStatus};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::fmt;

/// The prefix of a playbook link, version 1.
pub const PLAYBOOK_PREFIX: &str = "p1.";
/// The prefix of an opportunity snapshot link, version 1.
pub const SNAPSHOT_PREFIX: &str = "s1.";
/// The longest link text accepted, before anything is decoded.
pub const MAX_ENCODED: usize = 32 * 1024;
/// The largest inflated document accepted; inflating stops there.
pub const MAX_INFLATED: usize = 256 * 1024;
/// At most this many items in a playbook.
pub const MAX_ITEMS: usize = 200;
/// At most this many characters in an item's text, its why, a name or an id.
pub const MAX_TEXT: usize = 500;
/// At most this many characters in an item's why.
pub const MAX_WHY: usize = 1_000;
/// At most this many characters in a key or an id.
pub const MAX_KEY: usize = 64;
/// At most this many characters in the coach's name.
pub const MAX_COACH_NAME: usize = 100;
/// At most this many characters in the coach's message.
pub const MAX_COACH_MESSAGE: usize = 1_000;

/// The document inside a playbook link.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct PlaybookLink {
    /// The built-in playbook version the link builds on.
    b: u32,
    /// The playbook's id, name and version.
    i: String,
    n: String,
    v: u32,
    /// Every item's key, in order.
    o: Vec<String>,
    /// The items that differ from the built-in item with the same key (or are new).
    c: Vec<ChecklistItem>,
    /// The coach's note, if any.
    #[serde(default, skip_serializing_if = "CoachNote::is_empty")]
    k: CoachNote,
}

/// Why a link could not be opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// Longer than any link Candor makes.
    TooLong { length: usize },
    /// Not a Candor link at all.
    NotALink,
    /// A Candor link of a kind or version this build does not know.
    UnknownVersion(String),
    /// Damaged: cut short, mistyped or altered.
    Damaged,
    /// Inflates to more than any playbook could be.
    TooLarge,
    /// Built on a newer built-in playbook than this build has.
    NewerBase { found: u32 },
    /// The content breaks a rule (what, in words).
    Invalid(String),
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::TooLong { length } => write!(
                f,
                "This link is too long to be a Candor link ({length} characters; at most {MAX_ENCODED})."
            ),
            LinkError::NotALink => f.write_str("This is not a Candor share link."),
            LinkError::UnknownVersion(prefix) => write!(
                f,
                "This link was made by a different version of Candor (\"{prefix}\"). Reload to get the latest version, or ask for a new link."
            ),
            LinkError::Damaged => f.write_str(
                "This link is damaged: it may have been cut short or changed. Ask for the link again.",
            ),
            LinkError::TooLarge => f.write_str("This link holds more than a Candor link can: it was not opened."),
            LinkError::NewerBase { found } => write!(
                f,
                "This playbook builds on a newer Candor playbook (version {found}). Reload to get the latest version."
            ),
            LinkError::Invalid(why) => write!(f, "This link cannot be used: {why}."),
        }
    }
}

impl std::error::Error for LinkError {}

pub(crate) fn check_text(what: &str, text: &str, max: usize) -> Result<(), LinkError> {
    let length = text.chars().count();
    if length > max {
        return Err(LinkError::Invalid(format!(
            "{what} is {length} characters long (at most {max})"
        )));
    }
    Ok(())
}

fn check_key(what: &str, key: &str) -> Result<(), LinkError> {
    let plausible = !key.is_empty()
        && key.len() <= MAX_KEY
        && key
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if plausible {
        Ok(())
    } else {
        Err(LinkError::Invalid(format!("{what} has an unusable key")))
    }
}

/// The link text for a playbook (without the `#`).
pub fn encode_playbook(playbook: &Playbook) -> String {
    let base = built_in();
    let built_in_items: HashMap<&str, &ChecklistItem> = base
        .items
        .iter()
        .map(|item| (item.key.as_str(), item))
        .collect();
    let link = PlaybookLink {
        b: base.version,
        i: playbook.id.clone(),
        n: playbook.name.clone(),
        v: playbook.version,
        o: playbook.items.iter().map(|item| item.key.clone()).collect(),
        c: playbook
            .items
            .iter()
            .filter(|item| built_in_items.get(item.key.as_str()) != Some(item))
            .cloned()
            .collect(),
        k: playbook.coach.clone(),
    };
    pack(PLAYBOOK_PREFIX, &link)
}

/// The link text for any document: prefix, then base64 of deflated JSON.
pub(crate) fn pack(prefix: &str, document: &impl Serialize) -> String {
    // Plain structs of strings and numbers always serialise.
    let json = serde_json::to_vec(document).unwrap_or_default();
    let packed = miniz_oxide::deflate::compress_to_vec(&json, 10);
    format!("{prefix}{}", URL_SAFE_NO_PAD.encode(packed))
}

/// Reads a playbook link (without the `#`), enforcing every limit.
pub fn decode_playbook(text: &str) -> Result<Playbook, LinkError> {
    resolve(unpack(PLAYBOOK_PREFIX, text)?)
}

/// Reads the document of a link with this prefix, enforcing the length limits.
pub(crate) fn unpack<T: DeserializeOwned>(prefix: &str, text: &str) -> Result<T, LinkError> {
    if text.len() > MAX_ENCODED {
        return Err(LinkError::TooLong { length: text.len() });
    }
    let Some(payload) = text.strip_prefix(prefix) else {
        return Err(match text.split_once('.') {
            Some((prefix, _))
                if (1..=8).contains(&prefix.len())
                    && prefix
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()) =>
            {
                LinkError::UnknownVersion(prefix.to_owned())
            }
            _ => LinkError::NotALink,
        });
    };
    let packed = URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .map_err(|_| LinkError::Damaged)?;
    let json = decompress_to_vec_with_limit(&packed, MAX_INFLATED).map_err(|error| match error
        .status
    {
        TINFLStatus::HasMoreOutput => LinkError::TooLarge,
        _ => LinkError::Damaged,
    })?;
    serde_json::from_slice(&json).map_err(|_| LinkError::Damaged)
}

fn resolve(link: PlaybookLink) -> Result<Playbook, LinkError> {
    let base = built_in();
    if link.b > base.version {
        return Err(LinkError::NewerBase { found: link.b });
    }
    if link.o.len() > MAX_ITEMS || link.c.len() > MAX_ITEMS {
        return Err(LinkError::Invalid(format!(
            "it has more than {MAX_ITEMS} items"
        )));
    }
    check_key("the playbook", &link.i)?;
    if link.i == BUILT_IN_ID {
        return Err(LinkError::Invalid(
            "it claims to be Candor's own playbook".to_owned(),
        ));
    }
    check_text("the playbook's name", &link.n, MAX_TEXT)?;
    check_text("the coach's name", &link.k.name, MAX_COACH_NAME)?;
    check_text("the coach's message", &link.k.message, MAX_COACH_MESSAGE)?;
    let mut changed: HashMap<&str, &ChecklistItem> = HashMap::new();
    for item in &link.c {
        check_key("an item", &item.key)?;
        check_text("an item's text", &item.text, MAX_TEXT)?;
        check_text("an item's why", &item.why, MAX_WHY)?;
        if item.due.is_some_and(|rule| !rule.is_reasonable()) {
            return Err(LinkError::Invalid(
                "a timing rule has an impossible number".to_owned(),
            ));
        }
        if changed.insert(item.key.as_str(), item).is_some() {
            return Err(LinkError::Invalid("two items share a key".to_owned()));
        }
    }
    let mut items = Vec::with_capacity(link.o.len());
    let mut seen = std::collections::HashSet::new();
    for key in &link.o {
        if !seen.insert(key.as_str()) {
            return Err(LinkError::Invalid("an item is listed twice".to_owned()));
        }
        let item = changed
            .get(key.as_str())
            .copied()
            .or_else(|| base.items.iter().find(|item| &item.key == key))
            .ok_or_else(|| {
                LinkError::Invalid("it refers to an item it does not carry".to_owned())
            })?;
        items.push(item.clone());
    }
    if changed.keys().any(|key| !seen.contains(key)) {
        return Err(LinkError::Invalid(
            "it carries an item outside its list".to_owned(),
        ));
    }
    Ok(Playbook {
        id: link.i,
        version: link.v,
        name: link.n,
        items,
        coach: link.k,
    })
}

/// What kind of link a fragment holds, by its prefix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkKind {
    Playbook,
    Snapshot,
}

/// The kind of a link text, if it has a known prefix.
pub fn link_kind(text: &str) -> Option<LinkKind> {
    if text.starts_with(PLAYBOOK_PREFIX) {
        Some(LinkKind::Playbook)
    } else if text.starts_with(SNAPSHOT_PREFIX) {
        Some(LinkKind::Snapshot)
    } else {
        None
    }
}
