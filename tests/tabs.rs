//! Two tabs open at once: what one saves is merged into the other without losing either's work.

mod common;

use candor::domain::model::{merge_from_other_tab, update, Msg};
use candor::domain::opportunity::Field;
use candor::domain::settings::PitchField;
use common::{at, id, model_with};

fn edit(model: &mut candor::domain::model::Model, n: u64, field: Field, value: &str, minute: i64) {
    let msg = Msg::EditField {
        id: id(n),
        field,
        value: value.into(),
    };
    update(model, msg, at(minute)).unwrap();
}

#[test]
fn edits_to_different_records_in_two_tabs_are_both_kept() {
    let start = model_with(&[("Acme", "Dana"), ("Globex", "Sam")]);
    let (mut tab_a, mut tab_b) = (start.clone(), start);
    edit(&mut tab_a, 1, Field::Role, "Staff engineer", 10);
    edit(&mut tab_b, 2, Field::Notes, "Call Sam on Friday", 11);
    // Tab B hears tab A's save, and tab A then hears tab B's.
    let b_after = merge_from_other_tab(&tab_b, tab_a.clone());
    let a_after = merge_from_other_tab(&tab_a, b_after.clone());
    for model in [&a_after, &b_after] {
        assert_eq!(model.opportunity(&id(1)).unwrap().role, "Staff engineer");
        assert_eq!(
            model.opportunity(&id(2)).unwrap().notes,
            "Call Sam on Friday"
        );
    }
    assert_eq!(a_after, b_after);
}

#[test]
fn a_record_added_in_this_tab_is_not_dropped_by_the_other_tabs_save() {
    let start = model_with(&[("Acme", "Dana")]);
    let mut tab_a = start.clone();
    let add = Msg::AddOpportunity {
        id: id(9),
        company: "Initech".into(),
        recruiter_name: "Lee".into(),
    };
    update(&mut tab_a, add, at(5)).unwrap();
    let mut tab_b = start;
    edit(&mut tab_b, 1, Field::Role, "Lead", 6);
    let merged = merge_from_other_tab(&tab_a, tab_b);
    assert_eq!(merged.opportunities.len(), 2);
    assert_eq!(merged.opportunity(&id(9)).unwrap().company, "Initech");
    assert_eq!(merged.opportunity(&id(1)).unwrap().role, "Lead");
}

#[test]
fn the_same_record_keeps_its_latest_change() {
    let start = model_with(&[("Acme", "Dana")]);
    let (mut tab_a, mut tab_b) = (start.clone(), start);
    edit(&mut tab_a, 1, Field::Role, "older", 10);
    edit(&mut tab_b, 1, Field::Role, "newer", 20);
    assert_eq!(
        merge_from_other_tab(&tab_a, tab_b.clone())
            .opportunity(&id(1))
            .unwrap()
            .role,
        "newer"
    );
    assert_eq!(
        merge_from_other_tab(&tab_b, tab_a)
            .opportunity(&id(1))
            .unwrap()
            .role,
        "newer"
    );
}

#[test]
fn merging_what_is_already_the_same_changes_nothing() {
    let mut model = model_with(&[("Acme", "Dana"), ("Globex", "Sam")]);
    update(
        &mut model,
        Msg::EditPitch {
            field: PitchField::TopSkills,
            value: "Rust".into(),
        },
        at(3),
    )
    .unwrap();
    assert_eq!(merge_from_other_tab(&model, model.clone()), model);
}

#[test]
fn the_pitch_comes_from_the_latest_save() {
    let start = model_with(&[]);
    let mut other = start.clone();
    update(
        &mut other,
        Msg::EditPitch {
            field: PitchField::YourName,
            value: "Sam Lee".into(),
        },
        at(3),
    )
    .unwrap();
    assert_eq!(
        merge_from_other_tab(&start, other).pitch.your_name,
        "Sam Lee"
    );
}
