//! Bringing two copies of the candidate's data together without losing either side's work:
//! another tab's save (a three-way merge against what this tab last saw in storage), and an
//! imported backup file (by id, the newer record wins, conflicts kept).

use super::board_card::BoardCard;
use super::id::Id;
use super::model::Model;
use super::opportunity::Opportunity;
use super::pitch::{Pitch, PitchField};
use super::playbook::{Playbook, PlaybookId};
use chrono::{DateTime, Utc};

/// A record that was changed in two places at once. Both versions are kept: the one changed
/// last stays, the other becomes a separate copy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    /// The record as it now is.
    pub kept: Id,
    /// The copy made of the other version.
    pub copy: Id,
    /// What the candidate calls it.
    pub title: String,
}

/// A merge's result.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Merged {
    pub model: Model,
    pub conflicts: Vec<Conflict>,
}

impl Merged {
    /// A merge's start: everything of `local` but its opportunities, which the merge adds
    /// one by one.
    pub(crate) fn without_opportunities(local: &Model) -> Self {
        let mut model = local.clone();
        model.opportunities.clear();
        Merged {
            model,
            conflicts: Vec::new(),
        }
    }
}

/// A stable 64-bit digest (FNV-1a) of a record's stored form.
pub(crate) fn digest(record: &impl serde::Serialize) -> u64 {
    let text = serde_json::to_string(record).unwrap_or_default();
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// The separate copy of the version that was not kept. Its id comes from its content, so two
/// tabs that meet the same conflict make the same copy, once.
fn copy_of(version: &Opportunity) -> Opportunity {
    let mut copy = version.clone();
    copy.id = copy_id(version);
    copy.company = format!("{}{COPY_SUFFIX}", version.title());
    copy
}

/// What a conflict's copy has after its name.
const COPY_SUFFIX: &str = " (other version)";

/// Conflicts that another tab settled by keeping a version this tab had (in one of the
/// `earlier` states it read or wrote) as a copy: copies in `stored` that `base` lacks. The
/// other tab may have met the conflict first, or this tab may have heard of it late.
pub fn copies_made_of<'a>(
    earlier: impl IntoIterator<Item = &'a Model>,
    base: &Model,
    stored: &Model,
) -> Vec<Conflict> {
    let new_copies: Vec<&Id> = stored
        .opportunities
        .iter()
        .filter(|o| o.company.ends_with(COPY_SUFFIX) && base.opportunity(&o.id).is_none())
        .map(|o| &o.id)
        .collect();
    let mut found: Vec<Conflict> = Vec::new();
    if new_copies.is_empty() {
        return found;
    }
    for model in earlier {
        for version in &model.opportunities {
            let copy = copy_id(version);
            if new_copies.contains(&&copy) && found.iter().all(|c| c.copy != copy) {
                found.push(Conflict {
                    kept: version.id.clone(),
                    copy,
                    title: version.title().to_owned(),
                });
            }
        }
    }
    // A copy of a version this tab never had: the other tab's, set aside for this tab's,
    // which was kept. This tab is told too, naming its record by the copy's title.
    for copy in new_copies {
        if found.iter().any(|c| &c.copy == copy) {
            continue;
        }
        let Some(named) = stored.opportunity(copy).map(|o| o.company.as_str()) else {
            continue;
        };
        let kept = stored.opportunities.iter().find(|o| {
            base.opportunity(&o.id).is_some() && format!("{}{COPY_SUFFIX}", o.title()) == named
        });
        if let Some(kept) = kept {
            found.push(Conflict {
                kept: kept.id.clone(),
                copy: copy.clone(),
                title: kept.title().to_owned(),
            });
        }
    }
    found
}

fn copy_id(version: &Opportunity) -> Id {
    Id::from_random(digest(version) | 1)
}

/// The version to keep of two: the one changed last; on a tie, the first.
fn later<'a>(
    first: &'a Opportunity,
    second: &'a Opportunity,
) -> (&'a Opportunity, &'a Opportunity) {
    if second.updated_at > first.updated_at {
        (second, first)
    } else {
        (first, second)
    }
}

/// Adds a record unless one with its id is already there (a conflict's copy may be met
/// again as a record of its own).
pub(crate) fn push(model: &mut Model, record: Opportunity) {
    if model.opportunity(&record.id).is_none() {
        model.opportunities.push(record);
    }
}

pub(crate) fn keep_both(kept: &Opportunity, other: &Opportunity, merged: &mut Merged) {
    let copy = copy_of(other);
    merged.conflicts.push(Conflict {
        kept: kept.id.clone(),
        copy: copy.id.clone(),
        title: kept.title().to_owned(),
    });
    push(&mut merged.model, kept.clone());
    push(&mut merged.model, copy);
}

fn merge_pitch(base: &Pitch, local: &Pitch, stored: &Pitch) -> Pitch {
    let mut pitch = local.clone();
    for field in PitchField::ALL {
        if stored.field(field) != base.field(field) {
            pitch.set_field(field, stored.field(field).to_owned());
        }
    }
    pitch
}

/// Merges what is in storage now (`stored`, written by another tab) with this tab's model
/// (`local`), knowing what this tab last read from or wrote to storage (`base`).
///
/// A record changed on one side only takes that side's version; one changed on both sides is
/// a conflict, and both versions are kept. Nothing is removed: a record missing from
/// `stored` is one the other tab never saw (it wrote over a stale copy), and a stored version
/// older than the one here is such a stale copy too. The pitch merges field by field, the
/// playbooks by id.
pub fn merge_tabs(base: &Model, local: &Model, stored: &Model) -> Merged {
    merge_three_way(base, local, stored, false)
}

/// `merge_tabs` when `base` is known to be the very state `stored` was made from (the save
/// names it, see `made_from`): then a record the other tab had and its save lacks was
/// deleted there, and is removed here too unless it was changed here since.
pub fn merge_tabs_made_from(base: &Model, local: &Model, stored: &Model) -> Merged {
    merge_three_way(base, local, stored, true)
}

/// Follows another tab's "clear everything": what is unchanged here since is removed, what
/// was changed here is kept.
pub fn merge_cleared(base: &Model, local: &Model) -> Merged {
    merge_three_way(base, local, &Model::default(), true)
}

/// `removals`: whether a record of `base` missing from `stored` was removed there (rather
/// than never seen).
fn merge_three_way(base: &Model, local: &Model, stored: &Model, removals: bool) -> Merged {
    let mut merged = Merged::default();
    let find = |model: &Model, id: &Id| model.opportunity(id).cloned();
    // Stored order first, then what only this tab has.
    let mut ids: Vec<Id> = stored.opportunities.iter().map(|o| o.id.clone()).collect();
    ids.extend(
        local
            .opportunities
            .iter()
            .map(|o| o.id.clone())
            .filter(|id| stored.opportunity(id).is_none()),
    );
    for id in ids {
        let (b, l, s) = (find(base, &id), find(local, &id), find(stored, &id));
        match (l, s) {
            (Some(l), Some(s)) if l == s => push(&mut merged.model, l),
            // Only stored changed, but to an older version: a stale copy written over this
            // tab's save. Keep the newer one.
            (Some(l), Some(s)) if b.as_ref() == Some(&l) && s.updated_at < l.updated_at => {
                push(&mut merged.model, l)
            }
            (Some(l), Some(s)) if b.as_ref() == Some(&l) => {
                // The other tab met this conflict first: this tab's version is now its copy.
                let copy = copy_id(&l);
                if stored.opportunity(&copy).is_some() {
                    merged.conflicts.push(Conflict {
                        kept: s.id.clone(),
                        copy,
                        title: s.title().to_owned(),
                    });
                }
                push(&mut merged.model, s);
            }
            (Some(l), Some(s)) if b.as_ref() == Some(&s) => push(&mut merged.model, l),
            (Some(l), Some(s)) => {
                let (kept, other) = later(&l, &s);
                keep_both(kept, other, &mut merged);
            }
            // Deleted (or everything cleared) in the other tab: gone here too, unless changed
            // here since.
            (Some(l), None) if removals && b.as_ref() == Some(&l) => {}
            (Some(l), None) => push(&mut merged.model, l),
            (None, Some(s)) => {
                // Removed here but changed there: the change wins, nothing is lost.
                if b.is_none() || b.as_ref() != Some(&s) {
                    push(&mut merged.model, s);
                }
            }
            (None, None) => {}
        }
    }
    merged.model.pitch = merge_pitch(&base.pitch, &local.pitch, &stored.pitch);
    merged.model.playbooks = stored.playbooks.clone();
    for mine in &local.playbooks {
        let before = base.own_playbook(&mine.id);
        let Some(at) = merged.model.playbooks.iter().position(|p| p.id == mine.id) else {
            // Deleted in the other tab: gone here too, unless changed here since.
            if before != Some(mine) {
                merged.model.playbooks.push(mine.clone());
            }
            continue;
        };
        let theirs = merged.model.playbooks[at].clone();
        if theirs == *mine || before == Some(mine) {
            continue;
        }
        if before == Some(&theirs) {
            merged.model.playbooks[at] = mine.clone();
            continue;
        }
        keep_both_playbooks(&mut merged.model, at, mine, &theirs);
    }
    merged.model.elsewhere =
        merge_added(&base.elsewhere, &local.elsewhere, &stored.elsewhere, |e| {
            &e.id
        });
    merged.model.board = merge_board(&base.board, &local.board, &stored.board);
    merged.model.new_playbook = if stored.new_playbook != base.new_playbook {
        stored.new_playbook.clone()
    } else {
        local.new_playbook.clone()
    };
    merged
}

/// A playbook changed in two places: both versions are kept, the same way round wherever
/// the two meet (by their digests), the other as a copy with an id made from its content.
/// `at` is where the playbook of that id is in `model`.
pub(crate) fn keep_both_playbooks(
    model: &mut Model,
    at: usize,
    mine: &Playbook,
    theirs: &Playbook,
) {
    let (kept, other) = if digest(theirs) > digest(mine) {
        (theirs.clone(), mine.clone())
    } else {
        (mine.clone(), theirs.clone())
    };
    let mut copy = other.clone();
    copy.id = PlaybookId::new(format!("{:016x}", digest(&other) | 1));
    copy.name = format!("{} (other version)", other.name);
    model.playbooks[at] = kept;
    if model.own_playbook(&copy.id).is_none() {
        model.playbooks.push(copy);
    }
}

/// Merges a list of records that are only ever added or removed, never edited: what
/// `stored` has, less what this tab removed since `base`, plus what this tab added.
fn merge_added<T: Clone>(base: &[T], local: &[T], stored: &[T], id: impl Fn(&T) -> &Id) -> Vec<T> {
    let has = |list: &[T], wanted: &Id| list.iter().any(|item| id(item) == wanted);
    let mut merged: Vec<T> = stored
        .iter()
        // Kept unless this tab removed it.
        .filter(|item| !has(base, id(item)) || has(local, id(item)))
        .cloned()
        .collect();
    merged.extend(
        local
            .iter()
            .filter(|item| !has(stored, id(item)) && !has(base, id(item)))
            .cloned(),
    );
    merged
}

/// Merges the coach board, card by card (by key): a card either tab replaced with a newer
/// snapshot keeps the newer one; one this tab removed goes, unless the other tab kept a
/// newer snapshot since; one the other tab removed goes, unless this tab kept a newer one.
fn merge_board(base: &[BoardCard], local: &[BoardCard], stored: &[BoardCard]) -> Vec<BoardCard> {
    let find = |list: &[BoardCard], key: &str| list.iter().find(|c| c.key == key).cloned();
    let mut merged: Vec<BoardCard> = Vec::new();
    let keys = stored
        .iter()
        .chain(local.iter())
        .map(|card| card.key.as_str());
    for key in keys {
        if merged.iter().any(|card| card.key == key) {
            continue;
        }
        let (b, l, s) = (find(base, key), find(local, key), find(stored, key));
        let kept = match (l, s) {
            (Some(l), Some(s)) => Some(if l.taken_at > s.taken_at { l } else { s }),
            (Some(l), None) => (b.as_ref() != Some(&l)).then_some(l),
            (None, Some(s)) => (b.as_ref() != Some(&s)).then_some(s),
            (None, None) => None,
        };
        merged.extend(kept);
    }
    merged
}

/// The remembered state another tab's save says it was made from (`base`, a digest of its
/// text), if this tab remembers it.
pub fn made_from(remembered: &[(Option<String>, Model)], base: Option<u64>) -> Option<&Model> {
    let digest = base?;
    remembered
        .iter()
        .rev()
        .find(|(text, _)| {
            text.as_deref()
                .is_some_and(|text| super::persist::text_digest(text) == digest)
        })
        .map(|(_, model)| model)
}

/// The state to merge another tab's save against, among the states this tab remembers
/// (stored texts it read or wrote, oldest first, with their models): the one it says it was
/// made from (`base`, a digest of its text), else the one it replaced (`old`, from a
/// `storage` event, for documents that name no base), else the latest. Tabs in separate
/// processes see each other's writes late, so both the latest and what the save replaced in
/// storage may be this tab's own save, which the other tab never saw: merging against it
/// would take that tab's version as a change back, and lose this one.
pub fn base_for<'a>(
    remembered: &'a [(Option<String>, Model)],
    old: Option<&Option<String>>,
    base: Option<u64>,
) -> Option<&'a Model> {
    let by_base = base.and_then(|digest| {
        remembered.iter().rev().find(|(text, _)| {
            text.as_deref()
                .is_some_and(|text| super::persist::text_digest(text) == digest)
        })
    });
    let by_old = || old.and_then(|old| remembered.iter().rev().find(|(text, _)| text == old));
    by_base
        .or_else(by_old)
        .or(remembered.last())
        .map(|(_, model)| model)
}

/// What importing a backup file would do, record by record.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportPreview {
    /// Records only the file has: added.
    pub new: Vec<String>,
    /// Records the file has in a newer version: replaced by it.
    pub updated: Vec<String>,
    /// Records changed here after the file's version: kept, and the file's version is kept
    /// as a separate copy.
    pub conflicts: Vec<String>,
    /// Records that are the same in both.
    pub unchanged: usize,
    /// Playbooks only the file has.
    pub new_playbooks: Vec<String>,
    /// Coach board cards the file adds, or has a newer snapshot of.
    pub board_cards: usize,
}

impl ImportPreview {
    /// Whether importing would change nothing.
    pub fn is_empty(&self) -> bool {
        self.new.is_empty()
            && self.updated.is_empty()
            && self.conflicts.is_empty()
            && self.new_playbooks.is_empty()
            && self.board_cards == 0
    }
}

/// What a merge does to a record both sides have, in different versions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Change {
    /// The file's version is taken.
    Updated,
    /// This side's version stays.
    Kept,
    /// Both versions are kept.
    Conflict,
}

/// The preview of a merge of `file` into `local` that settles each record both have, in
/// different versions, as `settle(mine, theirs)` says.
pub(crate) fn preview_with(
    local: &Model,
    file: &Model,
    settle: impl Fn(&Opportunity, &Opportunity) -> Change,
) -> ImportPreview {
    let mut preview = ImportPreview::default();
    for theirs in &file.opportunities {
        let title = theirs.title().to_owned();
        match local.opportunity(&theirs.id) {
            None => preview.new.push(title),
            Some(mine) if mine == theirs => preview.unchanged += 1,
            Some(mine) => match settle(mine, theirs) {
                Change::Updated => preview.updated.push(title),
                Change::Kept => preview.unchanged += 1,
                Change::Conflict => preview.conflicts.push(title),
            },
        }
    }
    for playbook in &file.playbooks {
        if local.own_playbook(&playbook.id).is_none() {
            preview.new_playbooks.push(playbook.name.clone());
        }
    }
    preview.board_cards = newer_cards(&local.board, &file.board);
    preview
}

/// The preview of merging a backup `file` into `local` (`merge_import`).
pub fn preview_import(local: &Model, file: &Model) -> ImportPreview {
    preview_with(local, file, |mine, theirs| {
        if theirs.updated_at > mine.updated_at {
            Change::Updated
        } else {
            Change::Conflict
        }
    })
}

/// How many of `file`'s cards are new to `board`, or newer snapshots.
pub(crate) fn newer_cards(board: &[BoardCard], file: &[BoardCard]) -> usize {
    file.iter()
        .filter(|card| {
            board
                .iter()
                .all(|kept| kept.key != card.key || kept.taken_at < card.taken_at)
        })
        .count()
}

/// Merges a backup file into the local model: records by id, the newer version wins; when
/// the local version is the newer one, the file's version is kept too, as a copy. Nothing
/// local is dropped. Playbooks the file adds are added; the local pitch is kept where it is
/// filled in.
pub fn merge_import(local: &Model, file: &Model) -> Merged {
    let mut merged = Merged::without_opportunities(local);
    for mine in &local.opportunities {
        match file.opportunity(&mine.id) {
            Some(theirs) if theirs != mine && theirs.updated_at > mine.updated_at => {
                push(&mut merged.model, theirs.clone());
            }
            Some(theirs) if theirs != mine => keep_both(mine, theirs, &mut merged),
            _ => push(&mut merged.model, mine.clone()),
        }
    }
    for theirs in &file.opportunities {
        if local.opportunity(&theirs.id).is_none() {
            push(&mut merged.model, theirs.clone());
        }
    }
    for playbook in &file.playbooks {
        if merged.model.own_playbook(&playbook.id).is_none() {
            merged.model.playbooks.push(playbook.clone());
        }
    }
    take_in_the_rest(&mut merged.model, file);
    merged
}

/// What a file brings besides opportunities and playbooks: the pitch where it is empty here,
/// interviews and offers elsewhere not here yet, and coach board cards new or newer.
pub(crate) fn take_in_the_rest(model: &mut Model, file: &Model) {
    for field in PitchField::ALL {
        if model.pitch.field(field).trim().is_empty() {
            model
                .pitch
                .set_field(field, file.pitch.field(field).to_owned());
        }
    }
    for event in &file.elsewhere {
        if model.elsewhere.iter().all(|e| e.id != event.id) {
            model.elsewhere.push(event.clone());
        }
    }
    for card in &file.board {
        let newer = match model.board.iter().find(|c| c.key == card.key) {
            Some(kept) => card.taken_at > kept.taken_at,
            None => true,
        };
        if newer {
            super::board_card::keep(&mut model.board, card.clone());
        }
    }
}

/// The name of an export file for a day: `candor-backup-2026-03-02.json`.
pub fn export_file_name(what: &str, local_day: chrono::NaiveDate, extension: &str) -> String {
    use chrono::Datelike;
    format!(
        "candor-{what}-{:04}-{:02}-{:02}.{extension}",
        local_day.year(),
        local_day.month(),
        local_day.day()
    )
}

/// When a backup file says it was made, if it says so.
pub fn exported_at(text: &str) -> Option<DateTime<Utc>> {
    #[derive(serde::Deserialize)]
    struct Header {
        #[serde(default)]
        exported_at: Option<i64>,
    }
    serde_json::from_str::<Header>(text)
        .ok()?
        .exported_at
        .and_then(DateTime::from_timestamp_millis)
}
