//! Two tabs open at once: what one saves is merged into the other against what that tab last
//! saw in storage, so that neither tab's work is lost, and an edit of the same record in both
//! is detected and both versions are kept.

use crate::common::{at, edit_field as edit, id, model_with};
use candor::domain::apply::update;
use candor::domain::model::Model;
use candor::domain::msg::Msg;
use candor::domain::opportunity::Field;
use candor::domain::pitch::PitchField;
use candor::domain::sync::{copies_made_of, merge_cleared, merge_tabs};

fn pitch(model: &mut Model, field: PitchField, value: &str) {
    let msg = Msg::EditPitch {
        field,
        value: value.into(),
    };
    update(model, msg, at(3)).unwrap();
}

#[test]
fn edits_to_different_records_in_two_tabs_are_both_kept() {
    let start = model_with(&[("Acme", "Dana"), ("Globex", "Sam")]);
    let (mut tab_a, mut tab_b) = (start.clone(), start.clone());
    edit(&mut tab_a, 1, Field::Role, "Staff engineer", 10);
    edit(&mut tab_b, 2, Field::Notes, "Call Sam on Friday", 11);
    // Tab A saved first; tab B merges before its own save, then tab A hears tab B's save.
    let b_after = merge_tabs(&start, &tab_b, &tab_a);
    let a_after = merge_tabs(&tab_a, &tab_a, &b_after.model);
    for merged in [&a_after, &b_after] {
        assert!(merged.conflicts.is_empty());
        let model = &merged.model;
        assert_eq!(model.opportunity(&id(1)).unwrap().role, "Staff engineer");
        assert_eq!(
            model.opportunity(&id(2)).unwrap().notes,
            "Call Sam on Friday"
        );
    }
    assert_eq!(a_after.model, b_after.model);
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
    let mut tab_b = start.clone();
    edit(&mut tab_b, 1, Field::Role, "Lead", 6);
    let merged = merge_tabs(&start, &tab_a, &tab_b).model;
    assert_eq!(merged.opportunities.len(), 2);
    assert_eq!(merged.opportunity(&id(9)).unwrap().company, "Initech");
    assert_eq!(merged.opportunity(&id(1)).unwrap().role, "Lead");
}

#[test]
fn an_older_edit_from_another_tab_is_not_lost_to_a_newer_one_here() {
    // Tab B changed the record after tab A: without a base, "latest wins" would drop B's
    // earlier, different change. Against the base, both are seen and both are kept.
    let start = model_with(&[("Acme", "Dana")]);
    let (mut tab_a, mut tab_b) = (start.clone(), start.clone());
    edit(&mut tab_a, 1, Field::Notes, "Ask about the team size", 10);
    edit(&mut tab_b, 1, Field::Role, "Staff engineer", 20);
    let merged = merge_tabs(&start, &tab_a, &tab_b);
    assert_eq!(merged.conflicts.len(), 1);
    let conflict = &merged.conflicts[0];
    assert_eq!(conflict.kept, id(1));
    assert_eq!(conflict.title, "Acme");
    let kept = merged.model.opportunity(&id(1)).unwrap();
    assert_eq!(kept.role, "Staff engineer", "the later change stays");
    let copy = merged.model.opportunity(&conflict.copy).unwrap();
    assert_eq!(copy.notes, "Ask about the team size", "the other is kept");
    assert_eq!(copy.company, "Acme (other version)");

    // The other tab, meeting the same conflict, makes the same copy: no duplicate.
    let from_b = merge_tabs(&start, &tab_b, &tab_a);
    assert_eq!(from_b.conflicts[0].copy, conflict.copy);
    let again = merge_tabs(&merged.model, &merged.model, &from_b.model);
    assert!(again.conflicts.is_empty());
    assert_eq!(again.model.opportunities.len(), 2);

    // A tab whose version became the copy is told too, when it hears the other tab's save.
    let told = merge_tabs(&tab_a, &tab_a, &merged.model);
    assert_eq!(told.conflicts, merged.conflicts);
    assert_eq!(told.model, merged.model);
}

#[test]
fn a_change_on_one_side_only_is_taken_without_a_conflict() {
    let start = model_with(&[("Acme", "Dana")]);
    let mut stored = start.clone();
    edit(
        &mut stored,
        1,
        Field::Role,
        "older time, but the only change",
        1,
    );
    // This tab's clock is later, but it changed nothing: the other tab's change is taken.
    let merged = merge_tabs(&start, &start, &stored);
    assert!(merged.conflicts.is_empty());
    assert_eq!(
        merged.model.opportunity(&id(1)).unwrap().role,
        "older time, but the only change"
    );
}

#[test]
fn merging_what_is_already_the_same_changes_nothing() {
    let mut model = model_with(&[("Acme", "Dana"), ("Globex", "Sam")]);
    pitch(&mut model, PitchField::TopSkills, "Rust");
    let merged = merge_tabs(&model, &model, &model);
    assert_eq!(merged.model, model);
    assert!(merged.conflicts.is_empty());
}

#[test]
fn the_pitch_merges_field_by_field() {
    let start = model_with(&[]);
    let (mut here, mut there) = (start.clone(), start.clone());
    pitch(&mut here, PitchField::TopSkills, "Rust");
    pitch(&mut there, PitchField::YourName, "Sam Lee");
    let merged = merge_tabs(&start, &here, &there).model;
    assert_eq!(merged.pitch.your_name, "Sam Lee");
    assert_eq!(merged.pitch.top_skills, "Rust");
}

#[test]
fn clearing_everything_in_another_tab_is_followed_unless_changed_here() {
    let start = model_with(&[("Acme", "Dana"), ("Globex", "Sam")]);
    let mut here = start.clone();
    edit(&mut here, 2, Field::Role, "Typed after the clear", 9);
    let merged = merge_cleared(&start, &here).model;
    assert!(
        merged.opportunity(&id(1)).is_none(),
        "unchanged here: cleared"
    );
    assert_eq!(
        merged.opportunity(&id(2)).unwrap().role,
        "Typed after the clear",
        "changed here: kept"
    );
}

#[test]
fn a_playbook_edited_in_two_tabs_at_once_is_kept_in_both_versions() {
    use candor::domain::playbook::PlaybookChange;
    let mut start = model_with(&[]);
    let copy = Msg::CopyPlaybook {
        from: "built-in".into(),
        id: "00000000000000aa".into(),
    };
    update(&mut start, copy, at(0)).unwrap();
    let rename = |model: &mut Model, name: &str| {
        let msg = Msg::EditPlaybook {
            id: "00000000000000aa".into(),
            change: PlaybookChange::Rename(name.into()),
        };
        update(model, msg, at(1)).unwrap();
    };
    let (mut tab_a, mut tab_b) = (start.clone(), start.clone());
    rename(&mut tab_a, "Named in tab A");
    rename(&mut tab_b, "Named in tab B");
    let in_a = merge_tabs(&start, &tab_a, &tab_b).model;
    let in_b = merge_tabs(&start, &tab_b, &tab_a).model;
    let names = |model: &Model| {
        let mut names: Vec<String> = model.playbooks.iter().map(|p| p.name.clone()).collect();
        names.sort();
        names
    };
    assert_eq!(names(&in_a).len(), 2);
    assert!(names(&in_a).iter().any(|n| n.starts_with("Named in tab A")));
    assert!(names(&in_a).iter().any(|n| n.starts_with("Named in tab B")));
    assert!(names(&in_a).iter().any(|n| n.ends_with("(other version)")));
    // Both tabs end the same way round, so that their next saves agree.
    assert_eq!(names(&in_a), names(&in_b));
    let settled = merge_tabs(&in_a, &in_a, &in_b);
    assert_eq!(names(&settled.model), names(&in_a));

    // A change in one tab only is simply taken.
    let only_b = merge_tabs(&start, &start, &tab_b).model;
    assert_eq!(names(&only_b), vec!["Named in tab B".to_owned()]);
}

#[test]
fn a_tab_that_heard_late_is_told_when_its_version_became_the_copy() {
    // Tab A wrote its change; tab B, reading a stale copy, wrote its own over it, then merged
    // A's change when its event came and saved both versions. Tab A had meanwhile taken B's
    // save as a plain change; when B's merged save comes, A learns its version is the copy.
    let start = model_with(&[("Acme", "Dana")]);
    let (mut tab_a, mut tab_b) = (start.clone(), start.clone());
    edit(&mut tab_a, 1, Field::Notes, "Ask about the team size", 10);
    edit(&mut tab_b, 1, Field::Role, "Staff engineer", 20);
    let in_b = merge_tabs(&start, &tab_b, &tab_a);
    let a_took_b = merge_tabs(&tab_a, &tab_a, &tab_b).model;
    assert!(copies_made_of([&start, &tab_a], &tab_a, &tab_b).is_empty());
    let told = copies_made_of([&start, &tab_a, &a_took_b], &a_took_b, &in_b.model);
    assert_eq!(told, in_b.conflicts);
    // Nothing to tell when no copy arrives.
    assert!(copies_made_of([&tab_a], &a_took_b, &a_took_b).is_empty());
}

#[test]
fn a_stale_copy_written_over_this_tabs_save_takes_nothing_away() {
    // Tab A saved a new record and a change; tab B, reading a stale copy, wrote its own save
    // without them. Until B's merged save comes, A keeps what it has.
    let start = model_with(&[("Acme", "Dana")]);
    let mut tab_a = start.clone();
    edit(&mut tab_a, 1, Field::Role, "Staff engineer", 10);
    let add = Msg::AddOpportunity {
        id: id(9),
        company: "Initech".into(),
        recruiter_name: "Lee".into(),
    };
    update(&mut tab_a, add, at(11)).unwrap();
    let mut stale_b = start.clone();
    pitch(&mut stale_b, PitchField::TopSkills, "Rust");
    let merged = merge_tabs(&tab_a, &tab_a, &stale_b);
    assert!(merged.conflicts.is_empty());
    let model = &merged.model;
    assert_eq!(model.opportunity(&id(1)).unwrap().role, "Staff engineer");
    assert_eq!(model.opportunity(&id(9)).unwrap().company, "Initech");
    assert_eq!(model.pitch.top_skills, "Rust", "B's own change is taken");
}

#[test]
fn interviews_and_offers_elsewhere_logged_in_two_tabs_are_all_kept_and_removals_stick() {
    use candor::domain::elsewhere::{Elsewhere, ElsewhereKind};
    let log = |model: &mut Model, n: u64| {
        let event = Elsewhere {
            id: id(n),
            kind: ElsewhereKind::Offer,
            what: format!("Offer {n}"),
            at: at(n as i64),
        };
        update(model, Msg::LogElsewhere(event), at(n as i64)).unwrap();
    };
    let mut start = model_with(&[("Acme", "Dana")]);
    log(&mut start, 50);
    let (mut tab_a, mut tab_b) = (start.clone(), start.clone());
    log(&mut tab_a, 51);
    log(&mut tab_b, 52);
    update(&mut tab_b, Msg::RemoveElsewhere(id(50)), at(60)).unwrap();
    // Tab B saved first; tab A merges before its own save.
    let merged = merge_tabs(&start, &tab_a, &tab_b).model;
    let ids: Vec<_> = merged.elsewhere.iter().map(|e| e.id.clone()).collect();
    assert_eq!(ids, [id(52), id(51)]);
    // Cleared in another tab: only what was logged here since stays.
    let cleared = merge_cleared(&start, &tab_a).model;
    let ids: Vec<_> = cleared.elsewhere.iter().map(|e| e.id.clone()).collect();
    assert_eq!(ids, [id(51)]);
}

// Pins a race between tabs in separate processes: each sees the other's write late, so a
// tab may read the other's save (made without its own) before the `storage` event that says
// what it replaced. The document names the text it was merged from, so the merge still
// finds both changes instead of taking the other version as a change back.
#[test]
fn a_save_made_without_this_tabs_write_is_merged_against_what_it_was_made_from() {
    use candor::domain::persist::{decode_with_base, encode, encode_from};
    use candor::domain::sync::base_for;
    let start = model_with(&[("Acme", "Dana")]);
    let stored = encode(&start);
    let (mut first, mut second) = (start.clone(), start.clone());
    edit(&mut first, 1, Field::Role, "Staff engineer", 10);
    edit(&mut second, 1, Field::Notes, "Ask about the team size", 11);
    let first_save = encode_from(&first, Some(&stored));
    let second_save = encode_from(&second, Some(&stored));
    let remembered = vec![
        (Some(stored), start.clone()),
        (Some(first_save), first.clone()),
    ];
    let read = decode_with_base(&second_save).unwrap();
    assert_eq!(read.model, second);
    let base = base_for(&remembered, None, read.base).unwrap();
    assert_eq!(base, &start, "the state the other tab started from");
    let merged = merge_tabs(base, &first, &read.model);
    assert_eq!(merged.conflicts.len(), 1, "both changes are seen");
    let roles: Vec<&str> = merged
        .model
        .opportunities
        .iter()
        .map(|o| o.role.as_str())
        .collect();
    let notes: Vec<&str> = merged
        .model
        .opportunities
        .iter()
        .map(|o| o.notes.as_str())
        .collect();
    assert!(roles.contains(&"Staff engineer") && notes.contains(&"Ask about the team size"));
    // Merged against this tab's own save instead, one of the two would be lost.
    let naive = merge_tabs(&first, &first, &read.model);
    assert!(naive.conflicts.is_empty());
    // Even when storage says it replaced this tab's own save, what the document was made
    // from wins; a document naming nothing known falls back to what it replaced, then to
    // the latest state.
    let replaced = remembered[1].0.clone();
    assert_eq!(
        base_for(&remembered, Some(&replaced), read.base),
        Some(&start)
    );
    let old = remembered[0].0.clone();
    assert_eq!(base_for(&remembered, Some(&old), Some(42)), Some(&start));
    assert_eq!(base_for(&remembered, None, Some(42)), Some(&first));
    assert_eq!(base_for(&remembered, None, None), Some(&first));
}

#[test]
fn the_tab_whose_version_was_kept_is_told_as_well() {
    let start = model_with(&[("Acme", "Dana")]);
    let (mut first, mut second) = (start.clone(), start.clone());
    edit(&mut first, 1, Field::Role, "Staff engineer", 10);
    // The second tab's change is the later one: it is kept, the first tab's becomes a copy.
    edit(&mut second, 1, Field::Notes, "Ask about the team size", 11);
    let by_first = merge_tabs(&start, &first, &second);
    assert_eq!(by_first.conflicts.len(), 1);
    let stored = by_first.model;
    // The second tab hears of it: its version is there as it was, and a copy beside it.
    let merged = merge_tabs(&second, &second, &stored);
    assert!(merged.conflicts.is_empty());
    let told = copies_made_of([&start, &second], &second, &stored);
    assert_eq!(told.len(), 1, "{told:?}");
    assert_eq!(told[0].kept, id(1));
    assert_eq!(told[0].copy, by_first.conflicts[0].copy);
    assert_eq!(told[0].title, "Acme");
}

#[test]
fn a_deletion_in_another_tab_sticks_when_its_save_names_what_it_was_made_from() {
    use candor::domain::persist::{encode, text_digest};
    use candor::domain::sync::{made_from, merge_tabs_made_from};
    let start = model_with(&[("Acme", "Dana"), ("Globex", "Sam"), ("Initech", "Lee")]);
    let (mut tab_a, mut tab_b) = (start.clone(), start.clone());
    // Tab B deletes two closed searches to make room; tab A edits another, and one of them.
    update(&mut tab_b, Msg::Delete(vec![id(1), id(2)]), at(20)).unwrap();
    edit(&mut tab_a, 3, Field::Role, "Staff engineer", 21);
    edit(&mut tab_a, 2, Field::Notes, "Still talking", 22);

    // B's save names the text it was made from, which A remembers.
    let text = encode(&start);
    let remembered = vec![(Some(text.clone()), start.clone())];
    let base = made_from(&remembered, Some(text_digest(&text))).unwrap();
    assert_eq!(base, &start);
    assert_eq!(made_from(&remembered, Some(text_digest("other"))), None);
    assert_eq!(made_from(&remembered, None), None);

    let merged = merge_tabs_made_from(base, &tab_a, &tab_b).model;
    let titles: Vec<_> = merged.opportunities.iter().map(|o| o.title()).collect();
    // The one deleted there and unchanged here is gone; the one changed here is kept.
    assert_eq!(titles, ["Initech", "Globex"]);
    assert_eq!(merged.opportunity(&id(3)).unwrap().role, "Staff engineer");
    assert_eq!(merged.opportunity(&id(2)).unwrap().notes, "Still talking");

    // Without knowing what the save was made from, a missing record may be one that tab
    // never saw: nothing is removed.
    let cautious = merge_tabs(&start, &tab_a, &tab_b).model;
    assert_eq!(cautious.opportunities.len(), 3);
}
