//! Moving the search between two devices: merges three ways against what the two last had
//! in common, done both ways leaves both with the same records, conflicts keep both versions
//! (the same way round on both devices), and nothing is ever lost or deleted by a transfer.

use crate::common::{at, edit_field, id, model_with};
use candor::domain::apply::update;
use candor::domain::id::Id;
use candor::domain::model::Model;
use candor::domain::msg::Msg;
use candor::domain::opportunity::{Field, Opportunity};
use candor::domain::persist::decode;
use candor::domain::playbook::{PlaybookChange, PlaybookId};
use candor::domain::transfer::{
    merge_transfer, preview_transfer, received_in, transfer_json, Common, Received,
};

/// One device: its id, its model, and what it last took from the other.
struct Device {
    id: Id,
    model: Model,
    received: Received,
}

impl Device {
    fn new(n: u64, model: Model) -> Self {
        Device {
            id: Id::from_random(0xd00 + n),
            model,
            received: Received::default(),
        }
    }

    /// Makes a transfer (the document a transfer locks).
    fn send(&self, minute: i64) -> String {
        transfer_json(&self.model, at(minute), "1.0.0", &self.received)
    }

    /// Opens a transfer from `from` and merges it, as the Data screen does.
    fn take(&mut self, from: &Id, text: &str) -> candor::domain::sync::Merged {
        let file = decode(text).expect("a transfer reads as a backup");
        let common = Common::between(&self.id, &self.received, from, &received_in(text));
        let merged = merge_transfer(&self.model, &file, &common);
        self.model = merged.model.clone();
        self.received.took(from, &file);
        merged
    }
}

/// The records of a model, in one order, to compare two devices.
fn records(model: &Model) -> Vec<Opportunity> {
    let mut all = model.opportunities.clone();
    all.sort_by(|a, b| a.id.cmp(&b.id));
    all
}

fn companies(model: &Model) -> Vec<String> {
    let mut names: Vec<String> = model
        .opportunities
        .iter()
        .map(|o| o.company.clone())
        .collect();
    names.sort();
    names
}

#[test]
fn a_first_transfer_brings_everything_and_the_way_back_changes_nothing_more() {
    let mut phone = Device::new(1, model_with(&[("Acme", "Dana")]));
    let mut laptop = Device::new(2, Model::default());
    update(
        &mut laptop.model,
        Msg::AddOpportunity {
            id: id(7),
            company: "Globex".into(),
            recruiter_name: "Sam".into(),
        },
        at(5),
    )
    .unwrap();
    let merged = laptop.take(&phone.id, &phone.send(10));
    assert!(merged.conflicts.is_empty());
    assert_eq!(companies(&laptop.model), ["Acme", "Globex"]);
    phone.take(&laptop.id, &laptop.send(11));
    assert_eq!(records(&phone.model), records(&laptop.model));
}

#[test]
fn a_change_made_on_one_device_only_travels_without_a_copy_both_ways() {
    let mut phone = Device::new(1, model_with(&[("Acme", "Dana"), ("Globex", "Sam")]));
    let mut laptop = Device::new(2, Model::default());
    laptop.take(&phone.id, &phone.send(10));
    // The laptop writes the notes; the phone logs nothing meanwhile.
    edit_field(
        &mut laptop.model,
        1,
        Field::Notes,
        "Thank-you notes sent",
        20,
    );
    let text = laptop.send(21);
    let file = decode(&text).unwrap();
    let common = Common::between(&phone.id, &phone.received, &laptop.id, &received_in(&text));
    let preview = preview_transfer(&phone.model, &file, &common);
    assert_eq!(preview.updated, ["Acme"]);
    assert!(preview.conflicts.is_empty() && preview.new.is_empty());
    assert_eq!(preview.unchanged, 1);
    let merged = phone.take(&laptop.id, &text);
    assert!(merged.conflicts.is_empty());
    assert_eq!(records(&phone.model), records(&laptop.model));
    // Then the phone changes the other one; the laptop, nothing.
    edit_field(&mut phone.model, 2, Field::Role, "Designer", 30);
    let merged = laptop.take(&phone.id, &phone.send(31));
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    assert_eq!(records(&phone.model), records(&laptop.model));
    assert_eq!(laptop.model.opportunities.len(), 2);
}

#[test]
fn a_record_changed_on_both_devices_is_kept_in_both_versions_on_both() {
    let mut phone = Device::new(1, model_with(&[("Acme", "Dana"), ("Globex", "Sam")]));
    let mut laptop = Device::new(2, Model::default());
    laptop.take(&phone.id, &phone.send(10));
    // Both change Acme before the next transfer; the laptop also adds a note to Globex.
    edit_field(
        &mut phone.model,
        1,
        Field::Notes,
        "Called back from the train",
        20,
    );
    edit_field(
        &mut laptop.model,
        1,
        Field::Notes,
        "Drafted the thank-you note",
        25,
    );
    edit_field(&mut laptop.model, 2, Field::Notes, "Ask about the team", 26);
    let merged = phone.take(&laptop.id, &laptop.send(27));
    assert_eq!(merged.conflicts.len(), 1);
    assert_eq!(merged.conflicts[0].title, "Acme");
    // The later change (the laptop's) is the record, the phone's is the copy.
    let notes: Vec<&str> = phone
        .model
        .opportunities
        .iter()
        .map(|o| o.notes.as_str())
        .collect();
    assert!(notes.contains(&"Called back from the train"));
    assert!(notes.contains(&"Drafted the thank-you note"));
    assert!(notes.contains(&"Ask about the team"));
    // Back to the laptop: the same three records, nothing doubled.
    let merged = laptop.take(&phone.id, &phone.send(28));
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    assert_eq!(records(&phone.model), records(&laptop.model));
    assert_eq!(
        companies(&laptop.model),
        ["Acme", "Acme (other version)", "Globex"]
    );
}

#[test]
fn the_same_conflict_met_from_either_side_ends_the_same_way_round() {
    // Equal times of change: the digest decides, alike on both devices.
    for phone_first in [true, false] {
        let mut phone = Device::new(1, model_with(&[("Acme", "Dana")]));
        let mut laptop = Device::new(2, Model::default());
        laptop.take(&phone.id, &phone.send(10));
        edit_field(&mut phone.model, 1, Field::Notes, "phone", 20);
        edit_field(&mut laptop.model, 1, Field::Notes, "laptop", 20);
        if phone_first {
            phone.take(&laptop.id, &laptop.send(21));
            laptop.take(&phone.id, &phone.send(22));
        } else {
            laptop.take(&phone.id, &phone.send(21));
            phone.take(&laptop.id, &laptop.send(22));
        }
        assert_eq!(records(&phone.model), records(&laptop.model));
        assert_eq!(phone.model.opportunities.len(), 2);
    }
}

#[test]
fn a_transfer_never_deletes_and_a_stale_one_never_undoes_a_newer_change() {
    let mut phone = Device::new(1, model_with(&[("Acme", "Dana"), ("Globex", "Sam")]));
    let mut laptop = Device::new(2, Model::default());
    laptop.take(&phone.id, &phone.send(10));
    let stale = laptop.send(11);
    // The phone deletes Globex and changes Acme, then opens the laptop's old transfer.
    update(&mut phone.model, Msg::Delete(vec![id(2)]), at(20)).unwrap();
    edit_field(&mut phone.model, 1, Field::Notes, "newer", 21);
    let merged = phone.take(&laptop.id, &stale);
    assert!(merged.conflicts.is_empty());
    let acme = phone.model.opportunity(&id(1)).unwrap();
    assert_eq!(acme.notes, "newer");
    // Globex comes back: deleting on one device is not a reason to delete on the other.
    assert!(phone.model.opportunity(&id(2)).is_some());
}

#[test]
fn playbooks_and_the_pitch_follow_the_same_rules() {
    let mut phone = Device::new(1, model_with(&[("Acme", "Dana")]));
    update(
        &mut phone.model,
        Msg::CopyPlaybook {
            from: PlaybookId::built_in(),
            id: PlaybookId::new("mine"),
        },
        at(1),
    )
    .unwrap();
    let mut laptop = Device::new(2, Model::default());
    laptop.take(&phone.id, &phone.send(10));
    assert_eq!(laptop.model.playbooks.len(), 1);
    // Renamed on the laptop only: the phone takes it, with no copy.
    update(
        &mut laptop.model,
        Msg::EditPlaybook {
            id: PlaybookId::new("mine"),
            change: PlaybookChange::Rename("Coach Kim's".into()),
        },
        at(20),
    )
    .unwrap();
    laptop.model.pitch.your_name = "Alex".into();
    phone.take(&laptop.id, &laptop.send(21));
    assert_eq!(phone.model.playbooks.len(), 1);
    assert_eq!(phone.model.playbooks[0].name, "Coach Kim's");
    assert_eq!(phone.model.pitch.your_name, "Alex");
    // Renamed on both: both kept.
    for (device, name) in [(&mut phone, "Phone's"), (&mut laptop, "Laptop's")] {
        update(
            &mut device.model,
            Msg::EditPlaybook {
                id: PlaybookId::new("mine"),
                change: PlaybookChange::Rename(name.into()),
            },
            at(30),
        )
        .unwrap();
    }
    phone.take(&laptop.id, &laptop.send(31));
    laptop.take(&phone.id, &phone.send(32));
    assert_eq!(phone.model.playbooks.len(), 2);
    assert_eq!(phone.model.playbooks, laptop.model.playbooks);
}

#[test]
fn what_a_device_received_survives_being_kept_and_nothing_readable_is_nothing() {
    let mut received = Received::default();
    received.took(&Id::from_random(5), &model_with(&[("Acme", "Dana")]));
    assert_eq!(Received::read(Some(&received.write())), received);
    assert_eq!(Received::read(Some("{not json")), Received::default());
    assert_eq!(Received::read(None), Received::default());
    // A plain backup carries nothing received.
    let backup = candor::domain::export::backup_json(&Model::default(), at(0), "1");
    assert_eq!(received_in(&backup), Received::default());
}
