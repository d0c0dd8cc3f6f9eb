//! Moving the search between the candidate's devices, with no server: a transfer is a backup
//! of everything (locked with a passphrase, `locked_file.rs`) that also says what its device
//! last received from each other device. Opening it merges three ways, record by record:
//! what this device has, what the transfer has, and what the two last had in common.
//!
//! What the two had in common is known from digests, not kept copies: each device remembers,
//! for every other device, the digest of each record in the last transfer it took from it
//! (`Received`), and every transfer carries those. A record unchanged here since a version
//! both had takes the other device's version; one unchanged there keeps this one; one changed
//! on both (or with no common version known) is kept in both versions, the same way round on
//! both devices. A transfer never deletes: what one device deleted comes back from the other
//! until it is deleted there too. Done both ways, both devices end with the same records.

use super::id::Id;
use super::model::Model;
use super::opportunity::Opportunity;
use super::sync::{
    digest, keep_both, keep_both_playbooks, preview_with, push, take_in_the_rest, Change,
    ImportPreview, Merged,
};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// Each record's digest (opportunities by id, playbooks as `p:` + id, the pitch as `pitch`).
pub type Marks = BTreeMap<String, String>;

/// What this device last took from each other device (by that device's id): the marks of
/// its last transfer.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Received(pub BTreeMap<String, Marks>);

/// The most devices remembered: a phone, a laptop, a tablet, and old ones.
const MAX_DEVICES: usize = 8;

fn hex(value: u64) -> String {
    format!("{value:016x}")
}

fn playbook_key(id: &str) -> String {
    format!("p:{id}")
}

/// The marks of everything in `model`.
pub fn marks_of(model: &Model) -> Marks {
    let mut marks: Marks = model
        .opportunities
        .iter()
        .map(|o| (o.id.as_str().to_owned(), hex(digest(o))))
        .collect();
    for playbook in &model.playbooks {
        marks.insert(playbook_key(playbook.id.as_str()), hex(digest(playbook)));
    }
    marks.insert("pitch".to_owned(), hex(digest(&model.pitch)));
    marks
}

impl Received {
    /// Reads what was kept (`None`, or anything unreadable, is nothing received yet: every
    /// record both devices have and that differs is then kept in both versions).
    pub fn read(text: Option<&str>) -> Self {
        text.and_then(|text| serde_json::from_str(text).ok())
            .unwrap_or_default()
    }

    /// The text to keep.
    pub fn write(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Remembers that the transfer from `device` held `model`.
    pub fn took(&mut self, device: &Id, model: &Model) {
        self.0.insert(device.as_str().to_owned(), marks_of(model));
        while self.0.len() > MAX_DEVICES {
            // The devices are not dated; a random id is as good as any to let go of.
            let Some(first) = self.0.keys().next().cloned() else {
                break;
            };
            self.0.remove(&first);
        }
    }
}

/// A transfer's document: a backup (it imports as one anywhere) with what its device last
/// took from each other device beside the data.
#[derive(Serialize)]
struct TransferOut<'a> {
    schema: u32,
    exported_at: i64,
    app_version: &'a str,
    received: &'a Received,
    data: &'a Model,
}

/// The text a transfer locks.
pub fn transfer_json(
    model: &Model,
    now: chrono::DateTime<chrono::Utc>,
    app_version: &str,
    received: &Received,
) -> String {
    let document = TransferOut {
        schema: super::persist::SCHEMA_VERSION,
        exported_at: now.timestamp_millis(),
        app_version,
        received,
        data: model,
    };
    serde_json::to_string(&document).unwrap_or_default()
}

/// What a transfer's document says its device took from the others (nothing if it says
/// nothing readable: the merge then keeps both versions of whatever differs).
pub fn received_in(text: &str) -> Received {
    #[derive(Deserialize)]
    struct Header {
        #[serde(default)]
        received: Received,
    }
    serde_json::from_str::<Header>(text)
        .map(|header| header.received)
        .unwrap_or_default()
}

/// The versions of each record this device and the transfer's device are both known to have
/// had: what this device took from it, and what it took from this device.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Common(BTreeMap<String, BTreeSet<String>>);

impl Common {
    /// From what this device (`me`) took from the transfer's device (`from`), and what the
    /// transfer says its device took from the others.
    pub fn between(me: &Id, mine: &Received, from: &Id, theirs: &Received) -> Self {
        let mut common = Common::default();
        for marks in [mine.0.get(from.as_str()), theirs.0.get(me.as_str())]
            .into_iter()
            .flatten()
        {
            for (key, mark) in marks {
                common
                    .0
                    .entry(key.clone())
                    .or_default()
                    .insert(mark.clone());
            }
        }
        common
    }

    fn had(&self, key: &str, value: &impl Serialize) -> bool {
        self.0
            .get(key)
            .is_some_and(|marks| marks.contains(&hex(digest(value))))
    }
}

/// Of two versions changed on both devices, the one kept as the record (the other becomes a
/// copy): the one changed last; on a tie, by digest, so both devices choose alike.
fn later_of<'a>(
    mine: &'a Opportunity,
    theirs: &'a Opportunity,
) -> (&'a Opportunity, &'a Opportunity) {
    let mine_first = (mine.updated_at, digest(mine)) >= (theirs.updated_at, digest(theirs));
    if mine_first {
        (mine, theirs)
    } else {
        (theirs, mine)
    }
}

/// What happens to one record that both devices have, in different versions.
enum Outcome {
    /// Unchanged here since a version both had: the transfer's version is taken.
    Theirs,
    /// Unchanged on the other device: this one stays.
    Mine,
    /// Changed on both: both versions are kept.
    Both,
}

fn outcome(common: &Common, key: &str, mine: &impl Serialize, theirs: &impl Serialize) -> Outcome {
    if common.had(key, mine) {
        Outcome::Theirs
    } else if common.had(key, theirs) {
        Outcome::Mine
    } else {
        Outcome::Both
    }
}

/// Merges a transfer (`file`) into this device's model.
pub fn merge_transfer(local: &Model, file: &Model, common: &Common) -> Merged {
    let mut merged = Merged::without_opportunities(local);
    for mine in &local.opportunities {
        match file.opportunity(&mine.id) {
            Some(theirs) if theirs != mine => {
                match outcome(common, mine.id.as_str(), mine, theirs) {
                    Outcome::Theirs => push(&mut merged.model, theirs.clone()),
                    Outcome::Mine => push(&mut merged.model, mine.clone()),
                    Outcome::Both => {
                        let (kept, other) = later_of(mine, theirs);
                        keep_both(kept, other, &mut merged);
                    }
                }
            }
            _ => push(&mut merged.model, mine.clone()),
        }
    }
    for theirs in &file.opportunities {
        push(&mut merged.model, theirs.clone());
    }
    for theirs in &file.playbooks {
        let Some(at) = merged
            .model
            .playbooks
            .iter()
            .position(|p| p.id == theirs.id)
        else {
            merged.model.playbooks.push(theirs.clone());
            continue;
        };
        let mine = merged.model.playbooks[at].clone();
        if mine == *theirs {
            continue;
        }
        match outcome(common, &playbook_key(theirs.id.as_str()), &mine, theirs) {
            Outcome::Theirs => merged.model.playbooks[at] = theirs.clone(),
            Outcome::Mine => {}
            Outcome::Both => keep_both_playbooks(&mut merged.model, at, &mine, theirs),
        }
    }
    if local.pitch != file.pitch && common.had("pitch", &local.pitch) {
        merged.model.pitch = file.pitch.clone();
    }
    take_in_the_rest(&mut merged.model, file);
    merged
}

/// What merging a transfer would do, record by record.
pub fn preview_transfer(local: &Model, file: &Model, common: &Common) -> ImportPreview {
    preview_with(local, file, |mine, theirs| {
        match outcome(common, mine.id.as_str(), mine, theirs) {
            Outcome::Theirs => Change::Updated,
            Outcome::Mine => Change::Kept,
            Outcome::Both => Change::Conflict,
        }
    })
}
