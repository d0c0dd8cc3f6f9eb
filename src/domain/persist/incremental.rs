//! Writing the document again after a small change: each opportunity's JSON is kept from the
//! last write and reused while the opportunity is unchanged, so a save serialises only what
//! changed (the rest is copied). The text is exactly `encode_from`'s.

use super::{DocumentOut, SCHEMA_VERSION};
use crate::domain::board_card::BoardCard;
use crate::domain::elsewhere::Elsewhere;
use crate::domain::id::Id;
use crate::domain::model::Model;
use crate::domain::opportunity::Opportunity;
use crate::domain::pitch::Pitch;
use crate::domain::playbook::{Playbook, PlaybookId};
use serde::Serialize;

/// Remembers the JSON of each opportunity last written, in the order written.
#[derive(Default)]
pub struct Encoder {
    written: Vec<(Opportunity, String)>,
}

/// The model's fields after the opportunities, in the order `Model` declares them.
#[derive(Serialize)]
struct Rest<'a> {
    pitch: &'a Pitch,
    playbooks: &'a [Playbook],
    new_playbook: &'a Option<PlaybookId>,
    elsewhere: &'a [Elsewhere],
    board: &'a [BoardCard],
}

impl Encoder {
    /// The document text for `model`, merged from the stored `base` text if any: the same
    /// text as `super::encode_from(model, base)`.
    pub fn encode_from(&mut self, model: &Model, base: Option<&str>) -> String {
        let head = DocumentOut::<()> {
            schema: SCHEMA_VERSION,
            base: base.map(|text| format!("{:016x}", super::text_digest(text))),
            data: &(),
        };
        // Serialising plain structs of strings, numbers and dates cannot fail.
        let head = serde_json::to_string(&head).unwrap_or_default();
        // `{"schema":5,"base":"…","data":null}`: the data goes where `null` is.
        let head = head.strip_suffix("null}").unwrap_or(&head);
        let rest = Rest {
            pitch: &model.pitch,
            playbooks: &model.playbooks,
            new_playbook: &model.new_playbook,
            elsewhere: &model.elsewhere,
            board: &model.board,
        };
        let rest = serde_json::to_string(&rest).unwrap_or_default();
        // About the size of the last text: the opportunities' JSON is most of it.
        let size: usize = self.written.iter().map(|(_, json)| json.len() + 1).sum();
        let mut text = String::with_capacity(size + head.len() + rest.len() + 32);
        text.push_str(head);
        text.push_str("{\"opportunities\":[");
        let mut written: Vec<Option<(Opportunity, String)>> = std::mem::take(&mut self.written)
            .into_iter()
            .map(Some)
            .collect();
        let mut kept = Vec::with_capacity(model.opportunities.len());
        for (n, opportunity) in model.opportunities.iter().enumerate() {
            let entry = match take_written(&mut written, n, &opportunity.id) {
                Some(entry) if entry.0 == *opportunity => entry,
                _ => (
                    opportunity.clone(),
                    serde_json::to_string(opportunity).unwrap_or_default(),
                ),
            };
            if n > 0 {
                text.push(',');
            }
            text.push_str(&entry.1);
            kept.push(entry);
        }
        text.push_str("],");
        // `rest` is `{"pitch":…}`: its fields follow the opportunities inside `data`.
        text.push_str(rest.strip_prefix('{').unwrap_or(&rest));
        text.push('}');
        self.written = kept;
        text
    }
}

/// Takes the entry written for `id` out of `written`: usually still at position `at` (the
/// order of opportunities rarely changes between saves), else found by a scan.
fn take_written(
    written: &mut [Option<(Opportunity, String)>],
    at: usize,
    id: &Id,
) -> Option<(Opportunity, String)> {
    let is_it =
        |entry: &Option<(Opportunity, String)>| entry.as_ref().is_some_and(|(o, _)| o.id == *id);
    let found = match written.get(at) {
        Some(entry) if is_it(entry) => at,
        _ => written.iter().position(is_it)?,
    };
    written[found].take()
}
