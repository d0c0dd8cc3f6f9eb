//! The only place that touches localStorage. Loading tells apart a first visit, stored
//! data (read by the engine, see `state`), and a browser that does not let the page store
//! anything. Saving reports a full quota or blocked storage as an
//! error the candidate can read; nothing here panics.

use crate::domain::persist;
use gloo_storage::{LocalStorage, Storage};
use std::fmt;
use wasm_bindgen::{JsCast, JsValue};

/// What loading found.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    /// Nothing stored yet: a first visit.
    Empty,
    /// The stored document's text, still to be read.
    Stored(String),
    /// The browser does not let this page use storage (blocked, or some private modes).
    Unavailable(String),
}

/// Why a save did not happen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// The browser's storage quota for this site is used up.
    Full,
    /// Storage is blocked or missing.
    Unavailable(String),
    /// Anything else the browser reported.
    Other(String),
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SaveError::Full => f.write_str("this browser's storage for Candor is full"),
            SaveError::Unavailable(why) => write!(f, "storage is not available ({why})"),
            SaveError::Other(why) => write!(f, "the browser refused to save ({why})"),
        }
    }
}

/// Checks that localStorage can be used, without letting the browser's exception escape.
/// Blocked storage throws a `SecurityError` on mere access, so this must come first.
fn check_available() -> Result<(), String> {
    let window = web_sys::window().ok_or_else(|| "there is no browser window".to_owned())?;
    match window.local_storage() {
        Ok(Some(_)) => Ok(()),
        Ok(None) => Err("this browser has no local storage".to_owned()),
        Err(error) => Err(describe(&error)),
    }
}

/// Reads the stored document.
pub fn load() -> Loaded {
    if let Err(why) = check_available() {
        return Loaded::Unavailable(why);
    }
    match LocalStorage::raw().get_item(persist::STORAGE_KEY) {
        Ok(None) => Loaded::Empty,
        Ok(Some(raw)) => Loaded::Stored(raw),
        Err(error) => Loaded::Unavailable(describe(&error)),
    }
}

/// What the document `text` (or none) takes against the browser's quota, with its key.
pub fn size_of(text: Option<&str>) -> usize {
    text.map_or(0, |text| {
        crate::domain::space::counted(text) + persist::STORAGE_KEY.len()
    })
}

/// Writes a document's text as it is.
pub fn write_text(text: &str) -> Result<(), SaveError> {
    check_available().map_err(SaveError::Unavailable)?;
    LocalStorage::raw()
        .set_item(persist::STORAGE_KEY, text)
        .map_err(|error| {
            if is_quota_error(&error) {
                SaveError::Full
            } else {
                SaveError::Other(describe(&error))
            }
        })
}

/// The key under which the time of the last successful save is kept (milliseconds since the
/// Unix epoch), so that the Data screen can show it after a reload.
const SAVED_AT_KEY: &str = "candor-saved-at";

/// Records that a save succeeded at `at`. Best effort: the data itself is already saved.
pub fn record_saved_at(at: chrono::DateTime<chrono::Utc>) {
    let _ = LocalStorage::raw().set_item(SAVED_AT_KEY, &at.timestamp_millis().to_string());
}

/// When a save last succeeded in this browser, if known.
pub fn saved_at() -> Option<chrono::DateTime<chrono::Utc>> {
    chrono::DateTime::from_timestamp_millis(read_item(SAVED_AT_KEY)?.trim().parse().ok()?)
}

/// The key of a short token that changes with every write of the document (by any tab of
/// this build), so that a tab can tell whether the document changed since it last read or
/// wrote it without reading the whole document.
const REVISION_KEY: &str = "candor-revision";

/// The token of the document's latest write, if any tab of this build recorded one.
pub fn revision() -> Option<String> {
    read_item(REVISION_KEY)
}

/// Records `token` as the document's latest write. Best effort: without it the next save
/// reads the whole document, as if another tab had written.
pub fn record_revision(token: &str) {
    let _ = LocalStorage::raw().set_item(REVISION_KEY, token);
}

/// The stored text as it is now, unread (`None` when nothing is stored).
pub fn read_text() -> Result<Option<String>, SaveError> {
    check_available().map_err(SaveError::Unavailable)?;
    LocalStorage::raw()
        .get_item(persist::STORAGE_KEY)
        .map_err(|error| SaveError::Unavailable(describe(&error)))
}

/// What kind of copy of the search was made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CopyKind {
    Backup,
    Transfer,
}

/// The key of the last copy made on this device: `backup:` or `transfer:` and the time in
/// milliseconds since the Unix epoch. Kept per device, not in the document: a copy made here
/// says nothing about another device.
const COPIED_KEY: &str = "candor-copied";

/// Remembers that a copy of the search was made at `at`. Best effort.
pub fn record_copy(kind: CopyKind, at: chrono::DateTime<chrono::Utc>) {
    let kind = match kind {
        CopyKind::Backup => "backup",
        CopyKind::Transfer => "transfer",
    };
    let _ = LocalStorage::raw().set_item(COPIED_KEY, &format!("{kind}:{}", at.timestamp_millis()));
}

/// The last copy made on this device, if any was.
pub fn last_copy() -> Option<(CopyKind, chrono::DateTime<chrono::Utc>)> {
    let text = read_item(COPIED_KEY)?;
    let (kind, at) = text.split_once(':')?;
    let kind = match kind {
        "backup" => CopyKind::Backup,
        "transfer" => CopyKind::Transfer,
        _ => return None,
    };
    Some((
        kind,
        chrono::DateTime::from_timestamp_millis(at.trim().parse().ok()?)?,
    ))
}

/// The key of when the candidate last dismissed Today's suggestion to save a copy.
const COPY_DISMISSED_KEY: &str = "candor-copy-dismissed";

/// Remembers that the suggestion to save a copy was dismissed at `at`. Best effort.
pub fn dismiss_copy_suggestion(at: chrono::DateTime<chrono::Utc>) {
    let _ = LocalStorage::raw().set_item(COPY_DISMISSED_KEY, &at.timestamp_millis().to_string());
}

/// When the suggestion to save a copy was last dismissed.
pub fn copy_suggestion_dismissed() -> Option<chrono::DateTime<chrono::Utc>> {
    chrono::DateTime::from_timestamp_millis(read_item(COPY_DISMISSED_KEY)?.trim().parse().ok()?)
}

/// The key of this device's own random id, which its transfers carry.
const DEVICE_KEY: &str = "candor-device";

/// This device's id, made the first time it is asked for. If it cannot be kept, a new one
/// each time is still safe: transfers then merge as from a device never met.
pub fn device_id() -> crate::domain::id::Id {
    if let Some(id) = read_item(DEVICE_KEY).and_then(|text| crate::domain::id::Id::parse(&text)) {
        return id;
    }
    let id = crate::browser::random_id();
    let _ = LocalStorage::raw().set_item(DEVICE_KEY, id.as_str());
    id
}

/// The key of what this device last took from each other device (`domain::transfer`).
const RECEIVED_KEY: &str = "candor-received";

/// What this device last took from each other device, as kept.
pub fn received() -> Option<String> {
    read_item(RECEIVED_KEY)
}

/// Keeps what this device last took from each other device. Best effort: without it, the
/// next transfer keeps both versions of whatever differs.
pub fn record_received(text: &str) {
    let _ = LocalStorage::raw().set_item(RECEIVED_KEY, text);
}

/// A small item of this site's storage, if it can be read.
fn read_item(key: &str) -> Option<String> {
    check_available().ok()?;
    LocalStorage::raw().get_item(key).ok()?
}

/// Removes the stored document (after the candidate confirmed clearing everything).
pub fn clear() -> Result<(), SaveError> {
    check_available().map_err(SaveError::Unavailable)?;
    for key in [
        SAVED_AT_KEY,
        REVISION_KEY,
        COPIED_KEY,
        COPY_DISMISSED_KEY,
        RECEIVED_KEY,
    ] {
        let _ = LocalStorage::raw().remove_item(key);
    }
    LocalStorage::raw()
        .remove_item(persist::STORAGE_KEY)
        .map_err(|error| SaveError::Other(describe(&error)))
}

fn is_quota_error(error: &JsValue) -> bool {
    error
        .dyn_ref::<web_sys::DomException>()
        .is_some_and(|e| e.name() == "QuotaExceededError" || e.code() == 22)
}

fn describe(error: &JsValue) -> String {
    if let Some(exception) = error.dyn_ref::<web_sys::DomException>() {
        return format!("{}: {}", exception.name(), exception.message());
    }
    if let Some(error) = error.dyn_ref::<js_sys::Error>() {
        return String::from(error.message());
    }
    error
        .as_string()
        .unwrap_or_else(|| "unknown error".to_owned())
}

/// Calls `on_change(old, new)` with the text another tab of this site replaced and the text
/// it saved (`None`: nothing, or removed) whenever it saves or removes the document. The
/// browser sends this event only to the other tabs.
pub fn watch_other_tabs(
    on_change: impl Fn(Option<String>, Option<String>) + 'static,
) -> leptos::prelude::WindowListenerHandle {
    leptos::prelude::window_event_listener(
        leptos::ev::storage,
        move |event: web_sys::StorageEvent| {
            if event.key().as_deref() == Some(persist::STORAGE_KEY) {
                on_change(event.old_value(), event.new_value());
            }
        },
    )
}
