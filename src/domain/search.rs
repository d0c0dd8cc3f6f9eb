//! Finding anything at once: a query is words, each of which must appear somewhere in what is
//! searched, in any order, ignoring case and accents ("cafe" finds "Café"). What matched is
//! shown highlighted (`Query::marks`).

use super::fold::{fold, fold_mapped};
use super::model::Model;
use super::opportunity::Opportunity;
use super::recruiters::Entry;
use std::ops::Range;

/// A search, folded once for every record it is tried on.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    words: Vec<String>,
}

impl Query {
    /// The words of `text`, folded; repeated words count once.
    pub fn new(text: &str) -> Query {
        let mut words: Vec<String> = Vec::new();
        for word in fold(text).split_whitespace() {
            if !words.iter().any(|w| w == word) {
                words.push(word.to_owned());
            }
        }
        // The longest first: it rules out most records soonest.
        words.sort_by_key(|word| std::cmp::Reverse(word.len()));
        Query { words }
    }

    /// A query with no words matches everything.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Whether every word appears in `folded` (text already through `fold`, as `haystack`
    /// makes it).
    pub fn matches(&self, folded: &str) -> bool {
        self.words.iter().all(|word| folded.contains(word.as_str()))
    }

    /// The parts of `text` (byte ranges, in order, not overlapping) where a word of the query
    /// appears.
    pub fn marks(&self, text: &str) -> Vec<Range<usize>> {
        if self.words.is_empty() {
            return Vec::new();
        }
        let (folded, from) = fold_mapped(text);
        let start_of = |at: usize| from.get(at).copied().unwrap_or(text.len());
        let mut found: Vec<Range<usize>> = Vec::new();
        for word in &self.words {
            for (at, _) in folded.match_indices(word.as_str()) {
                // From the first character of the match to the end of its last one.
                let end = at + word.len();
                let last = start_of(end - 1);
                let last_len = text[last..].chars().next().map_or(0, char::len_utf8);
                found.push(start_of(at)..last + last_len);
            }
        }
        found.sort_by_key(|range| range.start);
        let mut merged: Vec<Range<usize>> = Vec::with_capacity(found.len());
        for range in found {
            match merged.last_mut() {
                Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
                _ => merged.push(range),
            }
        }
        merged
    }

    /// `text` cut into parts, each marked as matching or not: what a view draws.
    pub fn parts<'a>(&self, text: &'a str) -> Vec<(&'a str, bool)> {
        let mut parts = Vec::new();
        let mut at = 0;
        for range in self.marks(text) {
            if range.start > at {
                parts.push((&text[at..range.start], false));
            }
            parts.push((&text[range.clone()], true));
            at = range.end;
        }
        if at < text.len() || parts.is_empty() {
            parts.push((&text[at..], false));
        }
        parts
    }
}

/// Everything an opportunity is found by, folded: company, role, location, job details, the
/// recruiter's name, agency, e-mail and phone, and the candidate's notes. Fields are kept
/// apart by a line break, so a word never matches across two of them.
pub fn haystack(opportunity: &Opportunity) -> String {
    let r = &opportunity.recruiter;
    fold(
        &[
            opportunity.company.as_str(),
            &opportunity.role,
            &opportunity.location,
            &opportunity.job_details,
            &r.name,
            &r.agency,
            &r.email,
            &r.phone,
            &opportunity.notes,
        ]
        .join("\n"),
    )
}

/// Everything a recruiter is found by, folded: their name, agency, e-mails, phones, the
/// candidate's notes about them, and the companies and roles they brought.
pub fn recruiter_haystack(entry: &Entry, model: &Model) -> String {
    let mut text = vec![entry.name(model), entry.agency(model), entry.about(model)];
    text.extend(entry.emails(model));
    text.extend(entry.phones(model));
    for o in entry.opportunities(model) {
        text.push(o.company.clone());
        text.push(o.role.clone());
    }
    fold(&text.join("\n"))
}

/// Where in an opportunity a search matched, when not in what its line in the list shows
/// (company, role, recruiter and agency): the field's label, and a few words around the
/// first match.
pub fn found_elsewhere(opportunity: &Opportunity, query: &Query) -> Option<(&'static str, String)> {
    if query.is_empty() {
        return None;
    }
    let r = &opportunity.recruiter;
    [
        ("Location", opportunity.location.as_str()),
        ("Job details", &opportunity.job_details),
        ("E-mail", &r.email),
        ("Phone", &r.phone),
        ("Notes", &opportunity.notes),
    ]
    .into_iter()
    .find_map(|(label, text)| Some((label, snippet(text, query)?)))
}

/// Up to about 30 characters either side of the first match in `text`, on one line, with
/// "…" where it was cut.
pub fn snippet(text: &str, query: &Query) -> Option<String> {
    const AROUND: usize = 30;
    let first = query.marks(text).into_iter().next()?;
    let start = text[..first.start]
        .char_indices()
        .rev()
        .nth(AROUND - 1)
        .map_or(0, |(at, _)| at);
    let end = text[first.end..]
        .char_indices()
        .nth(AROUND)
        .map_or(text.len(), |(at, _)| first.end + at);
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    out.push_str(
        &text[start..end]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
    );
    if end < text.len() {
        out.push('…');
    }
    Some(out)
}
