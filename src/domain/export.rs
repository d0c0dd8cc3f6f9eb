//! Taking the data away: a JSON backup of everything (the stored document plus when it was
//! exported and by which version), and a CSV of the opportunities for spreadsheet programs.

use super::due::plan_for;
use super::model::Model;
use super::persist::SCHEMA_VERSION;
use super::time_text::to_input_value;
use super::zone::Zone;
use chrono::{DateTime, Utc};
use serde::Serialize;

#[derive(Serialize)]
struct Backup<'a> {
    schema: u32,
    exported_at: i64,
    app_version: &'a str,
    data: &'a Model,
}

/// The backup file: the stored document, with the export time and the app's version. It
/// imports like any stored document of its schema version.
pub fn backup_json(model: &Model, now: DateTime<Utc>, app_version: &str) -> String {
    let backup = Backup {
        schema: SCHEMA_VERSION,
        exported_at: now.timestamp_millis(),
        app_version,
        data: model,
    };
    // Serialising plain structs of strings, numbers and dates cannot fail.
    serde_json::to_string(&backup).unwrap_or_default()
}

/// The columns of the CSV export.
pub const CSV_COLUMNS: [&str; 14] = [
    "Company",
    "Role",
    "Location",
    "Recruiter",
    "Agency",
    "Recruiter phone",
    "Recruiter e-mail",
    "Status",
    "Archived",
    "Rounds",
    "Added",
    "Last changed",
    "Next action",
    "Next action due",
];

/// One CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180), and
/// with a leading apostrophe when a spreadsheet would read it as a formula.
fn field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// The opportunities as CSV: UTF-8 with a byte-order mark (so Excel reads accents right),
/// CRLF line ends, one row per opportunity, times in the candidate's zone.
pub fn opportunities_csv(model: &Model, now: DateTime<Utc>, zone: &impl Zone) -> String {
    let local = |at: DateTime<Utc>| to_input_value(zone.local(at)).replace('T', " ");
    let mut csv = String::from("\u{feff}");
    csv.push_str(&CSV_COLUMNS.join(","));
    csv.push_str("\r\n");
    for o in &model.opportunities {
        let next = if o.is_active() {
            plan_for(model, o, now, zone)
                .actions
                .into_iter()
                .min_by_key(|action| action.due_at)
        } else {
            None
        };
        let row = [
            o.company.clone(),
            o.role.clone(),
            o.location.clone(),
            o.recruiter.name.clone(),
            o.recruiter.agency.clone(),
            o.recruiter.phone.clone(),
            o.recruiter.email.clone(),
            o.status.label().to_owned(),
            if o.archived { "yes" } else { "no" }.to_owned(),
            o.rounds.len().to_string(),
            local(o.created_at),
            local(o.updated_at),
            next.as_ref().map(|a| a.title.clone()).unwrap_or_default(),
            next.map(|a| local(a.due_at)).unwrap_or_default(),
        ];
        let row: Vec<String> = row.iter().map(|text| field(text)).collect();
        csv.push_str(&row.join(","));
        csv.push_str("\r\n");
    }
    csv
}
