//! The app's screens as a typed route, read from and written to the URL fragment
//! (`#/opportunities?status=call`). Routes live in the fragment so that the page's path never
//! changes: the built site works from any folder of a plain static host, deep links included,
//! with no server rewrite rules.

use super::id::Id;
use super::link::{link_kind, LinkKind};
use super::mailto::encode_component;
use super::opportunity::{OpportunityId, StatusFilter};
use super::playbook::PlaybookId;

/// One screen of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// What is due now and next.
    Today,
    /// The list of opportunities under a status filter, and what is searched for (kept in
    /// the address as `q`, so that Back and a reload keep it).
    Opportunities(StatusFilter, String),
    /// Every recruiter, and what is searched for.
    Recruiters(String),
    /// One recruiter, by the id of an opportunity of theirs (their entry's key).
    Recruiter(OpportunityId),
    /// One opportunity: its steps, contact log and details.
    Opportunity(OpportunityId),
    /// The recruiter call card of an opportunity.
    Call(OpportunityId),
    /// One interview round: when, who, what kind, and its checklist.
    Round(OpportunityId, Id),
    /// The debrief form of a round.
    Debrief(OpportunityId, Id),
    /// The thank-you notes of a round.
    ThankYou(OpportunityId, Id),
    /// Writing a note after a round: to an interviewer, or (`None`) a follow-up to the
    /// recruiter.
    Compose(OpportunityId, Id, Option<Id>),
    /// The candidate's own pitch.
    Settings,
    /// The checklists the app walks through: the built-in playbook and the candidate's own.
    Playbook,
    /// One playbook: read-only for the built-in one, an editor for the candidate's own.
    EditPlaybook(PlaybookId),
    /// Sharing one of the candidate's playbooks as a link.
    SharePlaybook(PlaybookId),
    /// Sharing a read-only snapshot of an opportunity with a coach.
    ShareOpportunity(OpportunityId),
    /// A playbook link opened: a preview, then an import if the candidate confirms. Holds
    /// the link text as found, still untrusted.
    Import(String),
    /// A snapshot link opened: shown read-only, stored only if a coach keeps it on their
    /// board. Holds the link text as found.
    Snapshot(String),
    /// Interviews and offers elsewhere, which every recruiter should hear about.
    Elsewhere,
    /// Backups, imports and storage status.
    Data,
    /// A place to paste any Candor link or choose a backup or transfer file (also on the
    /// Data screen).
    Open,
    /// A picture of the search: stages over time and how the timing rules were kept.
    Progress,
    /// A coach's kept snapshots of their candidates, sorted by what needs attention.
    Board,
    /// Anything else; keeps what was asked for, to show it.
    NotFound(String),
}

/// The top-level sections of the navigation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Today,
    Opportunities,
    Playbook,
    Data,
}

impl Section {
    /// The sections, in navigation order.
    pub const ALL: [Section; 4] = [
        Section::Today,
        Section::Opportunities,
        Section::Playbook,
        Section::Data,
    ];

    /// The navigation label.
    pub fn label(self) -> &'static str {
        match self {
            Section::Today => "Today",
            Section::Opportunities => "Opportunities",
            Section::Playbook => "Playbook",
            Section::Data => "Data",
        }
    }

    /// The route the section's link opens.
    pub fn route(self) -> Route {
        match self {
            Section::Today => Route::Today,
            Section::Opportunities => Route::opportunities(),
            Section::Playbook => Route::Playbook,
            Section::Data => Route::Data,
        }
    }
}

impl Route {
    /// The whole list of opportunities, unfiltered.
    pub fn opportunities() -> Route {
        Route::Opportunities(StatusFilter::All, String::new())
    }

    /// Reads a URL fragment, with or without its leading `#`. Never fails: what it does not
    /// recognise becomes `NotFound`.
    pub fn parse(fragment: &str) -> Route {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        let fragment = fragment.strip_prefix('/').unwrap_or(fragment);
        if let Some(link) = fragment.strip_prefix("import/") {
            return Route::Import(link.to_owned());
        }
        if let Some(link) = fragment.strip_prefix("view/") {
            return Route::Snapshot(link.to_owned());
        }
        let (path, query) = fragment.split_once('?').unwrap_or((fragment, ""));
        let path = path.strip_suffix('/').unwrap_or(path);
        let segments: Vec<&str> = path.split('/').collect();
        match segments.as_slice() {
            [""] | ["today"] => Route::Today,
            ["opportunities"] => Route::Opportunities(filter_from_query(query), search_in(query)),
            ["recruiters"] => Route::Recruiters(search_in(query)),
            ["recruiters", id] => match OpportunityId::parse(id) {
                Some(id) => Route::Recruiter(id),
                None => Route::NotFound(fragment.to_owned()),
            },
            ["opportunities", rest @ ..] => {
                parse_opportunity(rest).unwrap_or_else(|| Route::NotFound(fragment.to_owned()))
            }
            ["settings"] => Route::Settings,
            ["playbook"] => Route::Playbook,
            ["playbook", id] if is_playbook_id(id) => Route::EditPlaybook(PlaybookId::new(*id)),
            ["playbook", id, "share"] if is_playbook_id(id) => {
                Route::SharePlaybook(PlaybookId::new(*id))
            }
            ["data"] => Route::Data,
            ["open"] => Route::Open,
            ["elsewhere"] => Route::Elsewhere,
            ["progress"] => Route::Progress,
            ["board"] => Route::Board,
            _ => Route::NotFound(fragment.to_owned()),
        }
    }

    /// The URL fragment for this route, with its leading `#`.
    pub fn to_fragment(&self) -> String {
        match self {
            Route::Today => "#/today".to_owned(),
            Route::Opportunities(filter, search) => {
                let mut query = Vec::new();
                if *filter != StatusFilter::All {
                    query.push(format!("status={}", filter.key()));
                }
                if !search.is_empty() {
                    query.push(format!("q={}", encode_component(search)));
                }
                match query.is_empty() {
                    true => "#/opportunities".to_owned(),
                    false => format!("#/opportunities?{}", query.join("&")),
                }
            }
            Route::Recruiters(search) if search.is_empty() => "#/recruiters".to_owned(),
            Route::Recruiters(search) => format!("#/recruiters?q={}", encode_component(search)),
            Route::Recruiter(id) => format!("#/recruiters/{id}"),
            Route::Opportunity(id) => format!("#/opportunities/{id}"),
            Route::Call(id) => format!("#/opportunities/{id}/call"),
            Route::Round(id, round) => format!("#/opportunities/{id}/rounds/{round}"),
            Route::Debrief(id, round) => format!("#/opportunities/{id}/rounds/{round}/debrief"),
            Route::ThankYou(id, round) => {
                format!("#/opportunities/{id}/rounds/{round}/thank-you")
            }
            Route::Compose(id, round, Some(person)) => {
                format!("#/opportunities/{id}/rounds/{round}/notes/{person}")
            }
            Route::Compose(id, round, None) => {
                format!("#/opportunities/{id}/rounds/{round}/follow-up")
            }
            Route::Settings => "#/settings".to_owned(),
            Route::Playbook => "#/playbook".to_owned(),
            Route::EditPlaybook(id) => format!("#/playbook/{id}"),
            Route::SharePlaybook(id) => format!("#/playbook/{id}/share"),
            Route::ShareOpportunity(id) => format!("#/opportunities/{id}/share"),
            Route::Import(link) => format!("#/import/{link}"),
            Route::Snapshot(link) => format!("#/view/{link}"),
            Route::Data => "#/data".to_owned(),
            Route::Open => "#/open".to_owned(),
            Route::Elsewhere => "#/elsewhere".to_owned(),
            Route::Progress => "#/progress".to_owned(),
            Route::Board => "#/board".to_owned(),
            Route::NotFound(asked) => format!("#/{asked}"),
        }
    }

    /// The navigation section this route belongs to, if any.
    pub fn section(&self) -> Option<Section> {
        match self {
            Route::Today | Route::Elsewhere | Route::Progress => Some(Section::Today),
            Route::Opportunities(..)
            | Route::Recruiters(_)
            | Route::Recruiter(_)
            | Route::Opportunity(_)
            | Route::Call(_)
            | Route::Round(..)
            | Route::Debrief(..)
            | Route::ThankYou(..)
            | Route::Compose(..)
            | Route::ShareOpportunity(_) => Some(Section::Opportunities),
            // A transfer from another device is the Data screen's.
            Route::Import(link) if link_kind(link) == Some(LinkKind::Transfer) => {
                Some(Section::Data)
            }
            Route::Playbook
            | Route::EditPlaybook(_)
            | Route::SharePlaybook(_)
            | Route::Import(_)
            | Route::Board => Some(Section::Playbook),
            Route::Snapshot(_) => None,
            Route::Data | Route::Open => Some(Section::Data),
            Route::Settings | Route::NotFound(_) => None,
        }
    }
}

/// The screen a pasted Candor link opens: a whole address (`https://…/#/import/p1.…`), its
/// fragment, or the link's text alone (`p1.…`, `s2.…`, `l1.…`, `t1.…`). `None` for anything
/// else, or an address of a screen that does not exist.
pub fn link_in(pasted: &str) -> Option<Route> {
    let text = pasted.trim();
    if let Some((_, fragment)) = text.split_once('#') {
        return match Route::parse(fragment) {
            Route::NotFound(_) => None,
            Route::Import(link) | Route::Snapshot(link) if link.is_empty() => None,
            route => Some(route),
        };
    }
    match link_kind(text)? {
        LinkKind::Snapshot => Some(Route::Snapshot(text.to_owned())),
        LinkKind::Playbook | LinkKind::Locked | LinkKind::Transfer => {
            Some(Route::Import(text.to_owned()))
        }
    }
}

/// Whether a path segment can be a playbook id: what Candor makes, `[a-z0-9-]`, short.
fn is_playbook_id(segment: &str) -> bool {
    (1..=64).contains(&segment.len())
        && segment
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn filter_from_query(query: &str) -> StatusFilter {
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(name, _)| *name == "status")
        .and_then(|(_, value)| StatusFilter::from_key(value))
        .unwrap_or_default()
}

/// The search in a query (`q=…`), decoded; empty when there is none or it is not text.
fn search_in(query: &str) -> String {
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(name, _)| *name == "q")
        .map(|(_, value)| decode_component(value))
        .unwrap_or_default()
}

/// Undoes percent-encoding (and `+` for a space, as forms write it). Bytes that do not make
/// UTF-8 become U+FFFD rather than failing: a search is only ever shown and matched.
fn decode_component(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while at < bytes.len() {
        let hex = |b: u8| char::from(b).to_digit(16);
        match bytes[at] {
            b'%' if at + 2 < bytes.len() => match (hex(bytes[at + 1]), hex(bytes[at + 2])) {
                (Some(high), Some(low)) => {
                    out.push((high * 16 + low) as u8);
                    at += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            byte => out.push(byte),
        }
        at += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn parse_opportunity(segments: &[&str]) -> Option<Route> {
    let (id, rest) = segments.split_first()?;
    let id = OpportunityId::parse(id)?;
    match rest {
        [] => Some(Route::Opportunity(id)),
        ["call"] => Some(Route::Call(id)),
        ["share"] => Some(Route::ShareOpportunity(id)),
        ["rounds", round, rest @ ..] => {
            let round = Id::parse(round)?;
            match rest {
                [] => Some(Route::Round(id, round)),
                ["debrief"] => Some(Route::Debrief(id, round)),
                ["thank-you"] => Some(Route::ThankYou(id, round)),
                ["follow-up"] => Some(Route::Compose(id, round, None)),
                ["notes", person] => Some(Route::Compose(id, round, Some(Id::parse(person)?))),
                _ => None,
            }
        }
        _ => None,
    }
}
