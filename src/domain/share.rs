//! A playbook in a share link (`p1.`, in the envelope of `link.rs`): the document names the
//! built-in playbook version it builds on, the order of the items by key, and only the items
//! that differ from the built-in ones, so that a tailored playbook stays short enough to
//! share (about 2,000 characters for ten edits). Reading it back enforces, after parsing,
//! limits on counts and string lengths, and rebuilds the playbook from the built-in one.

use super::link::{check_text, pack, unpack, LinkError, PLAYBOOK_PREFIX};
use super::playbook::{built_in, ChecklistItem, CoachNote, Playbook, PlaybookId, BUILT_IN_ID};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

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
        i: playbook.id.as_str().to_owned(),
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

/// Reads a playbook link (without the `#`), enforcing every limit.
pub fn decode_playbook(text: &str) -> Result<Playbook, LinkError> {
    resolve(unpack(PLAYBOOK_PREFIX, text)?)
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
        id: PlaybookId::new(link.i),
        version: link.v,
        name: link.n,
        items,
        coach: link.k,
        kept_from: None,
    })
}
