//! A coach's newer version of a playbook the candidate kept, taken in item by item. It is a
//! three-way merge by item key: the base is the version the candidate kept, "theirs" the
//! coach's new version, "mine" the candidate's copy as it is now. Only what the coach changed
//! since the base is offered; the candidate's own edits stay unless they take the coach's
//! version of that item, and an item both changed is shown both ways for them to choose.

use super::playbook::{ChecklistItem, KeptFrom, Playbook};
use std::collections::{HashMap, HashSet};

/// How a playbook's version compares with the version a kept copy came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VersionCheck {
    /// Older than the kept one: it changes nothing.
    Older { kept: u32, found: u32 },
    /// The version kept: up to date.
    Same,
    /// Newer: what changed is shown first.
    Newer { kept: u32, found: u32 },
}

/// Compares the version a kept copy came from with a version found in a link.
pub fn check_version(kept: u32, found: u32) -> VersionCheck {
    match found.cmp(&kept) {
        std::cmp::Ordering::Less => VersionCheck::Older { kept, found },
        std::cmp::Ordering::Equal => VersionCheck::Same,
        std::cmp::Ordering::Greater => VersionCheck::Newer { kept, found },
    }
}

/// What changed in one item between two versions: added, removed, or any of reworded (its
/// text or why), moved (another moment or phase, or another place in the order) and a new
/// timing rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemChange {
    pub key: String,
    /// The item before; none when it was added.
    pub old: Option<ChecklistItem>,
    /// The item after; none when it was removed.
    pub new: Option<ChecklistItem>,
    pub reworded: bool,
    pub moved: bool,
    pub rule_changed: bool,
}

impl ItemChange {
    /// What happened to the item, in a few words: "New item", "Removed", "Reworded, moved".
    pub fn summary(&self) -> String {
        if self.is_added() {
            return "New item".to_owned();
        }
        if self.is_removed() {
            return "Removed".to_owned();
        }
        let parts: Vec<&str> = [
            (self.reworded, "reworded"),
            (self.moved, "moved"),
            (self.rule_changed, "new timing rule"),
        ]
        .into_iter()
        .filter_map(|(yes, words)| yes.then_some(words))
        .collect();
        let text = parts.join(", ");
        let mut letters = text.chars();
        letters
            .next()
            .map(|first| first.to_uppercase().chain(letters).collect())
            .unwrap_or_default()
    }

    pub fn is_added(&self) -> bool {
        self.old.is_none()
    }

    pub fn is_removed(&self) -> bool {
        self.new.is_none()
    }
}

/// Every item that changed from `old` to `new`, in the new order (removed items last, in
/// the old order).
pub fn changes(old: &Playbook, new: &Playbook) -> Vec<ItemChange> {
    let before: HashMap<&str, &ChecklistItem> = by_key(old);
    let after: HashMap<&str, &ChecklistItem> = by_key(new);
    let reordered = reordered(old, new);
    let mut changes: Vec<ItemChange> = new
        .items
        .iter()
        .filter_map(|item| {
            let key = item.key.as_str();
            match before.get(key) {
                None => Some(ItemChange {
                    key: key.to_owned(),
                    old: None,
                    new: Some(item.clone()),
                    reworded: false,
                    moved: false,
                    rule_changed: false,
                }),
                Some(&was) => {
                    let change = ItemChange {
                        key: key.to_owned(),
                        old: Some(was.clone()),
                        new: Some(item.clone()),
                        reworded: was.text != item.text || was.why != item.why,
                        moved: was.moment != item.moment
                            || was.phase != item.phase
                            || reordered.contains(key),
                        rule_changed: was.due != item.due,
                    };
                    (change.reworded || change.moved || change.rule_changed).then_some(change)
                }
            }
        })
        .collect();
    changes.extend(
        old.items
            .iter()
            .filter(|item| !after.contains_key(item.key.as_str()))
            .map(|item| ItemChange {
                key: item.key.clone(),
                old: Some(item.clone()),
                new: None,
                reworded: false,
                moved: false,
                rule_changed: false,
            }),
    );
    changes
}

fn by_key(playbook: &Playbook) -> HashMap<&str, &ChecklistItem> {
    playbook
        .items
        .iter()
        .map(|item| (item.key.as_str(), item))
        .collect()
}

/// The keys of items both versions have whose place in the order changed: those outside the
/// longest run of shared items that kept their order (so that moving one item does not mark
/// every item it passed as moved).
fn reordered<'a>(old: &Playbook, new: &'a Playbook) -> HashSet<&'a str> {
    let in_old: HashSet<&str> = old.items.iter().map(|item| item.key.as_str()).collect();
    let in_new: HashSet<&str> = new.items.iter().map(|item| item.key.as_str()).collect();
    let a: Vec<&str> = old
        .items
        .iter()
        .map(|item| item.key.as_str())
        .filter(|key| in_new.contains(key))
        .collect();
    let b: Vec<&str> = new
        .items
        .iter()
        .map(|item| item.key.as_str())
        .filter(|key| in_old.contains(key))
        .collect();
    // Longest common subsequence, by the usual table (at most 200 items each way).
    let mut table = vec![vec![0u16; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            table[i][j] = if a[i] == b[j] {
                table[i + 1][j + 1] + 1
            } else {
                table[i + 1][j].max(table[i][j + 1])
            };
        }
    }
    let mut kept = HashSet::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            kept.insert(b[j]);
            i += 1;
            j += 1;
        } else if table[i + 1][j] >= table[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    b.into_iter().filter(|key| !kept.contains(key)).collect()
}

/// One change the coach made since the base, as offered to the candidate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Offer {
    /// What the coach changed.
    pub change: ItemChange,
    /// The candidate's own version of the item, when they changed it too (differently):
    /// both are shown, and theirs stays unless they take the coach's.
    pub mine_too: Option<Option<ChecklistItem>>,
}

impl Offer {
    pub fn key(&self) -> &str {
        &self.change.key
    }

    /// Whether the candidate changed this item too, differently.
    pub fn is_conflict(&self) -> bool {
        self.mine_too.is_some()
    }
}

/// What a newer version offers: each item the coach changed since `base`, with the
/// candidate's own version where they changed that item differently. An item both changed
/// the same way is not offered.
pub fn offers(base: &Playbook, mine: &Playbook, theirs: &Playbook) -> Vec<Offer> {
    let base_items = by_key(base);
    let my_items = by_key(mine);
    changes(base, theirs)
        .into_iter()
        .filter_map(|change| {
            let key = change.key.as_str();
            let was = base_items.get(key).copied();
            let mine_now = my_items.get(key).copied();
            let coach = change.new.as_ref();
            let same_place = !change.moved || before(mine, key) == before(theirs, key);
            if mine_now == coach && same_place {
                // Both made the same change (or both removed it).
                return None;
            }
            let mine_too = (mine_now != was).then(|| mine_now.cloned());
            Some(Offer { change, mine_too })
        })
        .collect()
}

/// The key of the item just before `key` in a playbook's order.
fn before<'a>(playbook: &'a Playbook, key: &str) -> Option<&'a str> {
    let at = playbook.items.iter().position(|item| item.key == key)?;
    at.checked_sub(1).map(|at| playbook.items[at].key.as_str())
}

/// What a newer version `theirs` offers a kept copy `mine`: against the version it was kept
/// from. A copy that does not remember it (kept before versions were remembered) has every
/// difference shown both ways, its own version staying unless the coach's is taken.
pub fn offers_for(mine: &Playbook, theirs: &Playbook) -> Vec<Offer> {
    match mine.base() {
        Some(base) => offers(&base, mine, theirs),
        None => changes(mine, theirs)
            .into_iter()
            .map(|change| Offer {
                mine_too: Some(change.old.clone()),
                change,
            })
            .collect(),
    }
}

/// The candidate's copy after taking the coach's version of the items in `taken` (keys of
/// `offers`), and the coach's message and version; it now counts as kept from `theirs`. Every other item stays as the
/// candidate has it. A taken item goes where the coach put it: after the item before it in
/// the coach's order that the copy also has (first, when there is none).
pub fn take(
    mine: &Playbook,
    theirs: &Playbook,
    offers: &[Offer],
    taken: &HashSet<String>,
) -> Playbook {
    let mut result = mine.clone();
    for offer in offers.iter().filter(|offer| taken.contains(offer.key())) {
        let key = offer.key();
        let at = result.items.iter().position(|item| item.key == key);
        match (&offer.change.new, at) {
            (None, Some(at)) => {
                result.items.remove(at);
            }
            (None, None) => {}
            (Some(item), Some(at)) if !offer.change.moved => result.items[at] = item.clone(),
            (Some(item), at) => {
                if let Some(at) = at {
                    result.items.remove(at);
                }
                let place = place_after(&result, theirs, key);
                result.items.insert(place, item.clone());
            }
        }
    }
    result.version = theirs.version;
    result.coach = theirs.coach.clone();
    result.kept_from = Some(Box::new(KeptFrom::of(theirs)));
    result
}

/// Where an item the coach placed goes in `copy`: just after the nearest item before it in
/// the coach's order that the copy has.
fn place_after(copy: &Playbook, theirs: &Playbook, key: &str) -> usize {
    let Some(in_theirs) = theirs.items.iter().position(|item| item.key == key) else {
        return copy.items.len();
    };
    theirs.items[..in_theirs]
        .iter()
        .rev()
        .find_map(|before| {
            copy.items
                .iter()
                .position(|item| item.key == before.key)
                .map(|at| at + 1)
        })
        .unwrap_or(0)
}
