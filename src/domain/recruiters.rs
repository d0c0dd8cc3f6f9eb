//! Recruiters across a career: the opportunities grouped by the person who brought them, what
//! the candidate keeps about each, how quickly they answer, and when a "keep in touch" hello
//! is due.
//!
//! Two opportunities have the same recruiter when they share an e-mail, a phone number (its
//! digits), or a name with the same agency, ignoring case, spaces and accents. The candidate
//! can say otherwise: merging or splitting entries gives the opportunities a `person` of
//! their own, and opportunities with a `person` are grouped by it alone. One with none still
//! joins an entry whose details it shares, so a new opportunity from a known recruiter lands
//! on their entry by itself.

use super::contact::{ContactKind, Direction};
use super::fold::{digits, fold_compact};
use super::id::Id;
use super::model::Model;
use super::opportunity::{KeepInTouch, Opportunity, OpportunityId};
use chrono::{DateTime, Duration, Months, Utc};
use std::collections::HashMap;

/// A phone number with fewer digits than this is too short to tell people apart.
const MIN_PHONE_DIGITS: usize = 6;

/// One recruiter: the opportunities they brought, oldest first (indices into
/// `Model::opportunities`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The id of their first opportunity: what the entry's address carries.
    pub key: OpportunityId,
    pub members: Vec<usize>,
}

/// What a recruiter is matched by, once folded.
fn match_keys(opportunity: &Opportunity) -> Vec<String> {
    let r = &opportunity.recruiter;
    let mut keys = Vec::with_capacity(3);
    let email = fold_compact(&r.email);
    if !email.is_empty() {
        keys.push(format!("e:{email}"));
    }
    let phone = digits(&r.phone);
    if phone.len() >= MIN_PHONE_DIGITS {
        keys.push(format!("p:{phone}"));
    }
    let name = fold_compact(&r.name);
    if !name.is_empty() {
        keys.push(format!("n:{name}|{}", fold_compact(&r.agency)));
    }
    keys
}

/// Whether an opportunity names its recruiter at all (a name, an e-mail or a phone).
fn has_recruiter(opportunity: &Opportunity) -> bool {
    let r = &opportunity.recruiter;
    [&r.name, &r.email, &r.phone]
        .iter()
        .any(|text| !text.trim().is_empty())
}

/// Union-find over the opportunities' indices.
struct Sets(Vec<usize>);

impl Sets {
    fn find(&mut self, mut at: usize) -> usize {
        while self.0[at] != at {
            self.0[at] = self.0[self.0[at]];
            at = self.0[at];
        }
        at
    }

    fn join(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            self.0[a.max(b)] = a.min(b);
        }
    }
}

/// Every recruiter, grouped across the opportunities (archived ones included: a recruiter's
/// history is all of it), sorted by name.
pub fn entries(model: &Model) -> Vec<Entry> {
    let all = &model.opportunities;
    let mut sets = Sets((0..all.len()).collect());
    let named: Vec<usize> = (0..all.len()).filter(|&n| has_recruiter(&all[n])).collect();

    // Those the candidate placed: by `person` alone. Their details still register, so an
    // unplaced opportunity can join them.
    let mut people: HashMap<&Id, usize> = HashMap::new();
    let mut placed_keys: HashMap<String, usize> = HashMap::new();
    for &n in &named {
        if let Some(person) = &all[n].recruiter.person {
            let first = *people.entry(person).or_insert(n);
            sets.join(first, n);
            for key in match_keys(&all[n]) {
                placed_keys.entry(key).or_insert(n);
            }
        }
    }
    // The others: by their details among themselves first, then each group joins at most one
    // placed entry (the first its details meet), so it never ties two placed entries together.
    let mut free_keys: HashMap<String, usize> = HashMap::new();
    let free: Vec<usize> = named
        .iter()
        .copied()
        .filter(|&n| all[n].recruiter.person.is_none())
        .collect();
    for &n in &free {
        for key in match_keys(&all[n]) {
            let first = *free_keys.entry(key).or_insert(n);
            sets.join(first, n);
        }
    }
    let mut attached: HashMap<usize, usize> = HashMap::new();
    for &n in &free {
        let root = sets.find(n);
        if attached.contains_key(&root) {
            continue;
        }
        if let Some(&placed) = match_keys(&all[n])
            .iter()
            .find_map(|key| placed_keys.get(key))
        {
            attached.insert(root, placed);
        }
    }
    for (root, placed) in attached {
        sets.join(root, placed);
    }

    let mut groups: HashMap<usize, Vec<usize>> = HashMap::new();
    for &n in &named {
        groups.entry(sets.find(n)).or_default().push(n);
    }
    let mut entries: Vec<(String, Entry)> = groups
        .into_values()
        .map(|mut members| {
            members.sort_by(|&a, &b| {
                (all[a].created_at, &all[a].id).cmp(&(all[b].created_at, &all[b].id))
            });
            let entry = Entry {
                key: all[members[0]].id.clone(),
                members,
            };
            (fold_compact(&entry.name(model)), entry)
        })
        .collect();
    entries.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.key.cmp(&b.1.key)));
    entries.into_iter().map(|(_, entry)| entry).collect()
}

/// The entry an opportunity belongs to, if it names a recruiter.
pub fn entry_of(model: &Model, opportunity: &OpportunityId) -> Option<Entry> {
    let at = model
        .opportunities
        .iter()
        .position(|o| &o.id == opportunity)?;
    entries(model)
        .into_iter()
        .find(|entry| entry.members.contains(&at))
}

impl Entry {
    /// Its opportunities, oldest first.
    pub fn opportunities<'a>(
        &'a self,
        model: &'a Model,
    ) -> impl Iterator<Item = &'a Opportunity> + 'a {
        // An index the model no longer has (the entry is from before a deletion) is skipped.
        self.members
            .iter()
            .filter_map(move |&n| model.opportunities.get(n))
    }

    /// Its opportunities, most recently changed first: whose details count first.
    fn latest_first<'a>(&self, model: &'a Model) -> Vec<&'a Opportunity> {
        let mut all: Vec<&'a Opportunity> = self
            .members
            .iter()
            .filter_map(|&n| model.opportunities.get(n))
            .collect();
        all.sort_by_key(|o| std::cmp::Reverse(o.updated_at));
        all
    }

    /// The first non-empty value of a detail, latest opportunity first.
    fn latest(&self, model: &Model, detail: impl Fn(&Opportunity) -> &str) -> String {
        self.latest_first(model)
            .into_iter()
            .map(|o| detail(o).trim())
            .find(|text| !text.is_empty())
            .unwrap_or_default()
            .to_owned()
    }

    /// What to call them: their name, else their e-mail or phone.
    pub fn name(&self, model: &Model) -> String {
        let name = self.latest(model, |o| &o.recruiter.name);
        if !name.is_empty() {
            return name;
        }
        let email = self.latest(model, |o| &o.recruiter.email);
        if !email.is_empty() {
            return email;
        }
        self.latest(model, |o| &o.recruiter.phone)
    }

    pub fn agency(&self, model: &Model) -> String {
        self.latest(model, |o| &o.recruiter.agency)
    }

    /// Every distinct phone number (by its digits), latest first.
    pub fn phones(&self, model: &Model) -> Vec<String> {
        self.distinct(model, |o| &o.recruiter.phone, digits)
    }

    /// Every distinct e-mail address, latest first.
    pub fn emails(&self, model: &Model) -> Vec<String> {
        self.distinct(model, |o| &o.recruiter.email, fold_compact)
    }

    fn distinct(
        &self,
        model: &Model,
        detail: impl Fn(&Opportunity) -> &str,
        same: impl Fn(&str) -> String,
    ) -> Vec<String> {
        let mut seen = Vec::new();
        let mut out = Vec::new();
        for o in self.latest_first(model) {
            let text = detail(o).trim();
            let key = same(text);
            if !key.is_empty() && !seen.contains(&key) {
                seen.push(key);
                out.push(text.to_owned());
            }
        }
        out
    }

    /// The candidate's notes about them.
    pub fn about(&self, model: &Model) -> String {
        self.latest(model, |o| &o.recruiter.about)
    }

    /// "Keep in touch", if asked for.
    pub fn keep_in_touch(&self, model: &Model) -> Option<KeepInTouch> {
        self.latest_first(model)
            .into_iter()
            .find_map(|o| o.recruiter.keep_in_touch)
    }

    /// The last contact with them by `now`, in any of their opportunities.
    pub fn last_contact(&self, model: &Model, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.opportunities(model)
            .flat_map(|o| o.recruiter_contacts())
            .map(|c| c.at)
            .filter(|at| *at <= now)
            .max()
    }

    /// How long they usually take to answer, by `now`: the median time from the candidate's
    /// message (or call that did not connect) to their next word, across their opportunities,
    /// and how many answers it is from.
    pub fn usual_answer(&self, model: &Model, now: DateTime<Utc>) -> Option<(Duration, usize)> {
        let mut waits: Vec<Duration> = self
            .opportunities(model)
            .flat_map(|o| o.recruiter_answers(now).0)
            .collect();
        if waits.is_empty() {
            return None;
        }
        waits.sort();
        Some((waits[waits.len() / 2], waits.len()))
    }

    /// Whether an opportunity with them is waiting on their word: the candidate's message
    /// unanswered, a promise of theirs open, or news of an interview not yet given.
    pub fn is_awaited(&self, model: &Model, now: DateTime<Utc>) -> bool {
        self.opportunities(model).any(|o| awaits_them(o, now))
    }

    /// When a hello is next due, if they are to be kept in touch with: the cadence counted
    /// from the last contact with them (or, with none logged, from when it was asked for).
    pub fn hello_due(&self, model: &Model, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let keep = self.keep_in_touch(model)?;
        let from = self.last_contact(model, now).unwrap_or(keep.since);
        from.checked_add_months(Months::new(u32::from(keep.every_months)))
    }
}

/// Whether an opportunity under way is waiting on the recruiter's word.
fn awaits_them(o: &Opportunity, now: DateTime<Utc>) -> bool {
    if !o.is_active() {
        return false;
    }
    if o.promises.iter().any(|p| p.is_open()) {
        return true;
    }
    let contacts = o.recruiter_contacts();
    let last = contacts.iter().rev().find(|c| c.at <= now);
    if last.is_some_and(|c| c.direction == Direction::Outgoing && c.kind != ContactKind::Call) {
        return true;
    }
    let heard = contacts
        .iter()
        .filter(|c| c.direction == Direction::Incoming && c.at <= now)
        .map(|c| c.at)
        .max();
    o.ended_rounds(now)
        .map(|(_, _, end)| end)
        .max()
        .is_some_and(|end| heard.is_none_or(|heard| heard < end))
}

/// A quiet "get in touch" for Today.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hello {
    /// The entry's key, for its address.
    pub key: OpportunityId,
    pub name: String,
    pub due_at: DateTime<Utc>,
}

/// Why a hello now and then: shown with every one.
pub const HELLO_WHY: &str = "Networking lasts a whole career: good recruiters come back when \
    something fits, and they remember who kept in touch. A short note with your news is \
    enough; it asks for nothing.";

/// The hellos due by `now`, the longest due first. None for a recruiter while any
/// opportunity with them waits on their word: that would be a chase.
pub fn hellos_due(model: &Model, now: DateTime<Utc>) -> Vec<Hello> {
    let mut due: Vec<Hello> = entries(model)
        .into_iter()
        .filter_map(|entry| {
            let due_at = entry.hello_due(model, now)?;
            (due_at <= now && !entry.is_awaited(model, now)).then(|| Hello {
                name: entry.name(model),
                key: entry.key,
                due_at,
            })
        })
        .collect();
    due.sort_by(|a, b| a.due_at.cmp(&b.due_at).then_with(|| a.key.cmp(&b.key)));
    due
}

impl Entry {
    /// Their contact card: name, agency, every phone and e-mail, and a note of what they
    /// brought with the candidate's own notes about them.
    pub fn card(&self, model: &Model) -> super::vcard::Card {
        let brought: Vec<String> = self
            .opportunities(model)
            .map(|o| match o.role.trim() {
                "" => o.title().to_owned(),
                role if role == o.title() => role.to_owned(),
                role => format!("{} ({role})", o.title()),
            })
            .collect();
        let mut note = format!("Recruiter. Opportunities: {}.", brought.join(", "));
        let about = self.about(model);
        if !about.is_empty() {
            note.push_str("\n\n");
            note.push_str(&about);
        }
        super::vcard::Card {
            name: self.name(model),
            organisation: self.agency(model),
            phones: self.phones(model),
            emails: self.emails(model),
            note,
        }
    }
}
