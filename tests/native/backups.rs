//! Backups: the JSON file (with its export time and version) imports like the stored document
//! of every schema version; the CSV opens right in spreadsheets; an import previews and
//! merges by id with the newer record winning and conflicts kept.

use crate::common::{at, edit_field as edit, id, model_with, voicemail};
use candor::domain::apply::update;
use candor::domain::export::{backup_json, opportunities_csv, CSV_COLUMNS};
use candor::domain::model::Model;
use candor::domain::msg::Msg;
use candor::domain::opportunity::Field;
use candor::domain::persist::{decode, SCHEMA_VERSION};
use candor::domain::sync::{export_file_name, exported_at, merge_import, preview_import};
use chrono::{FixedOffset, NaiveDate};

#[test]
fn a_backup_carries_its_version_and_export_time_and_reads_back_whole() {
    let mut model = model_with(&[("Acme", "Dana"), ("Globex", "Sam")]);
    edit(&mut model, 1, Field::Notes, "Line one\n\"quoted\" <b>", 3);
    let text = backup_json(&model, at(60), "1.2.3");
    let header: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(header["schema"], SCHEMA_VERSION);
    assert_eq!(header["app_version"], "1.2.3");
    assert_eq!(exported_at(&text), Some(at(60)));
    assert_eq!(decode(&text), Ok(model));
}

#[test]
fn stored_documents_of_every_version_import_as_backups() {
    for text in [
        include_str!("../fixtures/schema-1.json"),
        include_str!("../fixtures/schema-2.json"),
        include_str!("../fixtures/schema-3.json"),
        include_str!("../fixtures/schema-4.json"),
        include_str!("../fixtures/schema-5.json"),
        include_str!("../fixtures/schema-6.json"),
        include_str!("../fixtures/schema-7.json"),
        include_str!("../fixtures/schema-8.json"),
        include_str!("../fixtures/schema-9.json"),
        include_str!("../fixtures/schema-10.json"),
    ] {
        let file = decode(text).unwrap();
        assert_eq!(exported_at(text), None);
        let preview = preview_import(&Model::default(), &file);
        assert_eq!(preview.new[0], "Acme Robotics");
        assert_eq!(preview.new.len(), file.opportunities.len());
        assert_eq!(preview.new_playbooks.len(), file.playbooks.len());
        let merged = merge_import(&Model::default(), &file);
        assert_eq!(merged.model.opportunities, file.opportunities);
        assert_eq!(merged.model.playbooks, file.playbooks);
        assert_eq!(merged.model.board, file.board);
        assert_eq!(preview.board_cards, file.board.len());
    }
}

#[test]
fn export_files_are_named_with_the_day() {
    let day = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
    assert_eq!(
        export_file_name("backup", day, "json"),
        "candor-backup-2026-03-02.json"
    );
}

#[test]
fn the_csv_quotes_what_needs_quoting_and_disarms_formulas() {
    let mut model = model_with(&[("Acme, \"Robotics\"", "Dana"), ("Société", "Zoë")]);
    edit(&mut model, 1, Field::Role, "=HYPERLINK(\"x\")", 1);
    edit(&mut model, 2, Field::Location, "Lyon\nFrance", 2);
    let paris = FixedOffset::east_opt(3600).unwrap();
    let csv = opportunities_csv(&model, at(10), &paris);
    assert!(csv.starts_with('\u{feff}'), "UTF-8 byte-order mark");
    let lines: Vec<&str> = csv[3..].split("\r\n").collect();
    assert_eq!(lines[0], CSV_COLUMNS.join(","));
    assert!(lines[1].starts_with("\"Acme, \"\"Robotics\"\"\",\"'=HYPERLINK(\"\"x\"\")\","));
    assert!(csv.contains("Société,,\"Lyon\nFrance\",Zoë,"));
    assert!(csv.contains("Recruiter's call,no,0,2026-03-02 10:01,2026-03-02 10:02"));
    assert_eq!(lines.len(), 4, "header, two rows, and the final line end");
}

#[test]
fn the_csv_names_the_next_action() {
    let mut model = model_with(&[("Acme", "Dana")]);
    voicemail(&mut model, 1, 0);
    let utc = FixedOffset::east_opt(0).unwrap();
    let csv = opportunities_csv(&model, at(10), &utc);
    assert!(
        csv.contains(",Return Dana's call,2026-03-03 09:00\r\n"),
        "{csv}"
    );
}

#[test]
fn merging_a_file_adds_new_records_takes_newer_ones_and_keeps_both_versions_of_conflicts() {
    let start = model_with(&[("Acme", "Dana"), ("Globex", "Sam"), ("Same", "Lee")]);
    let mut file = start.clone();
    let mut here = start;
    edit(&mut file, 2, Field::Role, "From the file", 30);
    edit(&mut here, 2, Field::Role, "Older here", 20);
    edit(&mut here, 1, Field::Role, "Changed here", 40);
    edit(&mut file, 1, Field::Notes, "Older in the file", 10);
    update(
        &mut file,
        Msg::AddOpportunity {
            id: id(7),
            company: "Initech".into(),
            recruiter_name: String::new(),
        },
        at(5),
    )
    .unwrap();

    let preview = preview_import(&here, &file);
    assert_eq!(preview.new, vec!["Initech".to_owned()]);
    assert_eq!(preview.updated, vec!["Globex".to_owned()]);
    assert_eq!(preview.conflicts, vec!["Acme".to_owned()]);
    assert_eq!(preview.unchanged, 1);

    let merged = merge_import(&here, &file);
    let model = &merged.model;
    assert_eq!(model.opportunity(&id(2)).unwrap().role, "From the file");
    assert_eq!(model.opportunity(&id(1)).unwrap().role, "Changed here");
    assert_eq!(merged.conflicts.len(), 1);
    let copy = model.opportunity(&merged.conflicts[0].copy).unwrap();
    assert_eq!(copy.notes, "Older in the file");
    assert!(model.opportunity(&id(7)).is_some());
    assert_eq!(model.opportunities.len(), 5);

    // Importing the same file again adds nothing more.
    let again = merge_import(model, &file);
    assert_eq!(again.model.opportunities.len(), 5);
    assert!(preview_import(model, &file).new.is_empty());
}
