//! The envelope of every share link: a prefix naming the kind and version (`p1.` a
//! playbook, `s3.` an opportunity snapshot, `s2.` and `s1.` the snapshots made before, still
//! read), then URL-safe base64 (no padding) of raw
//! deflate of a compact JSON document, carried in the URL fragment (which browsers never
//! send to a server). What is inside is `share.rs`'s (playbooks) or `snapshot.rs`'s.
//!
//! Everything from a link is untrusted. Limits are enforced before decoding (the encoded
//! length) and while inflating (the inflated size); every failure is an error the candidate
//! can read, never a panic.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use miniz_oxide::inflate::{decompress_to_vec_with_limit, TINFLStatus};
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::fmt;

/// The prefix of a playbook link, version 1.
pub const PLAYBOOK_PREFIX: &str = "p1.";
/// The prefix of an opportunity snapshot link, version 3: it adds how the coach can reach
/// the candidate, when they choose to include it. Builds before it say "made by a different
/// version" rather than half-read it.
pub const SNAPSHOT_PREFIX: &str = "s3.";
/// The prefix of snapshot links version 2 (the opportunity's id, the candidate's name and the
/// next step), still read.
pub const SNAPSHOT_V2_PREFIX: &str = "s2.";
/// The prefix of the first snapshot links, still read.
pub const SNAPSHOT_V1_PREFIX: &str = "s1.";
/// The prefix of a link locked with a passphrase, version 1 (`lock.rs`).
pub const LOCKED_PREFIX: &str = "l1.";
/// The prefix of a transfer to another device, locked with a passphrase, version 1
/// (`locked_file.rs`).
pub const TRANSFER_PREFIX: &str = "t1.";
/// The longest link text accepted, before anything is decoded.
pub const MAX_ENCODED: usize = 32 * 1024;
/// The largest inflated document accepted; inflating stops there.
pub const MAX_INFLATED: usize = 256 * 1024;

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

/// Refuses a text longer than `max` characters, naming `what` it is.
pub(crate) fn check_text(what: &str, text: &str, max: usize) -> Result<(), LinkError> {
    let length = text.chars().count();
    if length > max {
        return Err(LinkError::Invalid(format!(
            "{what} is {length} characters long (at most {max})"
        )));
    }
    Ok(())
}

/// The link text for any document: prefix, then base64 of deflated JSON.
pub(crate) fn pack(prefix: &str, document: &impl Serialize) -> String {
    // Plain structs of strings and numbers always serialise.
    let json = serde_json::to_vec(document).unwrap_or_default();
    let packed = miniz_oxide::deflate::compress_to_vec(&json, 10);
    format!("{prefix}{}", URL_SAFE_NO_PAD.encode(packed))
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

/// What kind of link a fragment holds, by its prefix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkKind {
    Playbook,
    Snapshot,
    /// Locked with a passphrase (`lock.rs`): what it holds shows once it is opened.
    Locked,
    /// Everything, moving to another device (`locked_file.rs`), locked with a passphrase.
    Transfer,
}

/// The kind of a link text, if it has a known prefix.
pub fn link_kind(text: &str) -> Option<LinkKind> {
    if text.starts_with(PLAYBOOK_PREFIX) {
        Some(LinkKind::Playbook)
    } else if [SNAPSHOT_PREFIX, SNAPSHOT_V2_PREFIX, SNAPSHOT_V1_PREFIX]
        .iter()
        .any(|prefix| text.starts_with(prefix))
    {
        Some(LinkKind::Snapshot)
    } else if text.starts_with(LOCKED_PREFIX) {
        Some(LinkKind::Locked)
    } else if text.starts_with(TRANSFER_PREFIX) {
        Some(LinkKind::Transfer)
    } else {
        None
    }
}
