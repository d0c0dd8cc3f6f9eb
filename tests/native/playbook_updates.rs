//! A coach's newer version of a kept playbook: what changed, what is offered against the
//! candidate's own edits (three ways), what taking part of it gives, and the version rules.

use candor::domain::playbook::{
    built_in, ChecklistItem, CoachNote, DueRule, Moment, Phase, Playbook, PlaybookId,
};
use candor::domain::playbook_update::{changes, check_version, offers, take, VersionCheck};
use std::collections::HashSet;

fn item(key: &str, text: &str) -> ChecklistItem {
    ChecklistItem {
        key: key.to_owned(),
        moment: Moment::Call,
        phase: Phase::Before,
        text: text.to_owned(),
        why: format!("Why {text}"),
        due: None,
        kind: Default::default(),
    }
}

/// The coach's version 1: five items, a to e.
fn base() -> Playbook {
    Playbook {
        id: PlaybookId::new("coach-book"),
        version: 1,
        name: "Ana's playbook".to_owned(),
        items: ["a", "b", "c", "d", "e"]
            .iter()
            .map(|key| item(key, &format!("Item {key}")))
            .collect(),
        coach: CoachNote {
            name: "Ana".to_owned(),
            message: "Start here.".to_owned(),
        },
        kept_from: None,
    }
}

fn keys(playbook: &Playbook) -> Vec<&str> {
    playbook
        .items
        .iter()
        .map(|item| item.key.as_str())
        .collect()
}

fn find<'a>(playbook: &'a Playbook, key: &str) -> &'a ChecklistItem {
    playbook
        .items
        .iter()
        .find(|item| item.key == key)
        .expect("the item is there")
}

fn taking(keys: &[&str]) -> HashSet<String> {
    keys.iter().map(|key| (*key).to_owned()).collect()
}

#[test]
fn versions_older_same_and_newer() {
    assert_eq!(
        check_version(3, 2),
        VersionCheck::Older { kept: 3, found: 2 }
    );
    assert_eq!(check_version(3, 3), VersionCheck::Same);
    assert_eq!(
        check_version(3, 4),
        VersionCheck::Newer { kept: 3, found: 4 }
    );
}

#[test]
fn what_changed_names_added_removed_reworded_moved_and_rules() {
    let old = base();
    let mut new = base();
    new.version = 2;
    new.items.push(item("f", "A new step"));
    new.items.retain(|item| item.key != "b");
    new.items
        .iter_mut()
        .find(|item| item.key == "c")
        .unwrap()
        .text = "Item c, said better".to_owned();
    new.items
        .iter_mut()
        .find(|item| item.key == "d")
        .unwrap()
        .due = Some(DueRule::ReturnCall { hours: 48 });
    // "a" goes last: only it has moved, not every item it passed.
    let a = new.items.remove(0);
    new.items.push(a);

    let found = changes(&old, &new);
    let by_key = |key: &str| found.iter().find(|change| change.key == key);
    assert!(by_key("f").unwrap().is_added());
    assert!(by_key("b").unwrap().is_removed());
    let c = by_key("c").unwrap();
    assert!(c.reworded && !c.moved && !c.rule_changed);
    assert_eq!(c.old.as_ref().unwrap().text, "Item c");
    assert_eq!(c.new.as_ref().unwrap().text, "Item c, said better");
    let d = by_key("d").unwrap();
    assert!(d.rule_changed && !d.reworded && !d.moved);
    let a = by_key("a").unwrap();
    assert!(a.moved && !a.reworded);
    assert!(
        by_key("e").is_none(),
        "an item that only saw others move stays unchanged"
    );
    assert_eq!(by_key("f").unwrap().summary(), "New item");
    assert_eq!(by_key("b").unwrap().summary(), "Removed");
    assert_eq!(by_key("c").unwrap().summary(), "Reworded");
    assert_eq!(by_key("d").unwrap().summary(), "New timing rule");
    assert_eq!(by_key("a").unwrap().summary(), "Moved");
    assert_eq!(found.len(), 5);

    // Another moment is a move too.
    let mut elsewhere = base();
    elsewhere.items[4].moment = Moment::Debrief;
    let found = changes(&old, &elsewhere);
    assert_eq!(found.len(), 1);
    assert!(found[0].moved);
}

#[test]
fn the_coachs_changes_are_offered_and_the_candidates_own_edits_stay() {
    let kept = base();
    // The candidate rewords "a" and adds an item of their own.
    let mut mine = base();
    mine.items[0].text = "My own words for a".to_owned();
    mine.items.push(item("mine-1", "My own step"));
    // The coach rewords "c" and removes "e".
    let mut theirs = base();
    theirs.version = 2;
    theirs.items[2].text = "Coach's new c".to_owned();
    theirs.items.pop();
    theirs.coach.message = "Now with a better c.".to_owned();

    let offered = offers(&kept, &mine, &theirs);
    let keys_offered: Vec<&str> = offered.iter().map(|offer| offer.key()).collect();
    assert_eq!(keys_offered, ["c", "e"]);
    assert!(offered.iter().all(|offer| !offer.is_conflict()));

    // Taking everything: the coach's c, no e; the candidate's a and own item stay.
    let all = take(&mine, &theirs, &offered, &taking(&["c", "e"]));
    assert_eq!(keys(&all), ["a", "b", "c", "d", "mine-1"]);
    assert_eq!(find(&all, "a").text, "My own words for a");
    assert_eq!(find(&all, "c").text, "Coach's new c");
    assert_eq!(all.version, 2);
    assert_eq!(all.coach.message, "Now with a better c.");

    // Item by item: only the removal.
    let part = take(&mine, &theirs, &offered, &taking(&["e"]));
    assert_eq!(find(&part, "c").text, "Item c");
    assert!(part.items.iter().all(|item| item.key != "e"));
}

#[test]
fn an_item_both_changed_is_shown_both_ways_and_the_candidates_stays_unless_taken() {
    let kept = base();
    let mut mine = base();
    mine.items[1].text = "Mine: b".to_owned();
    let mut theirs = base();
    theirs.version = 2;
    theirs.items[1].text = "Coach: b".to_owned();

    let offered = offers(&kept, &mine, &theirs);
    assert_eq!(offered.len(), 1);
    let offer = &offered[0];
    assert!(offer.is_conflict());
    assert_eq!(
        offer.mine_too.as_ref().unwrap().as_ref().unwrap().text,
        "Mine: b"
    );
    assert_eq!(offer.change.new.as_ref().unwrap().text, "Coach: b");

    let kept_mine = take(&mine, &theirs, &offered, &HashSet::new());
    assert_eq!(find(&kept_mine, "b").text, "Mine: b");
    let took_theirs = take(&mine, &theirs, &offered, &taking(&["b"]));
    assert_eq!(find(&took_theirs, "b").text, "Coach: b");

    // The coach removed an item the candidate edited: shown both ways too.
    let mut theirs = base();
    theirs.version = 2;
    theirs.items.remove(1);
    let offered = offers(&kept, &mine, &theirs);
    assert!(offered[0].is_conflict() && offered[0].change.is_removed());

    // The same edit on both sides is nothing to offer.
    let mut theirs = base();
    theirs.version = 2;
    theirs.items[1].text = "Mine: b".to_owned();
    assert!(offers(&kept, &mine, &theirs).is_empty());
}

#[test]
fn added_and_moved_items_go_where_the_coach_put_them() {
    let kept = base();
    let mine = base();
    let mut theirs = base();
    theirs.version = 2;
    // A new item after "b"; "e" moved to the front.
    theirs.items.insert(2, item("new", "A new step"));
    let e = theirs.items.pop().unwrap();
    theirs.items.insert(0, e);

    let offered = offers(&kept, &mine, &theirs);
    let merged = take(&mine, &theirs, &offered, &taking(&["new", "e"]));
    assert_eq!(keys(&merged), ["e", "a", "b", "new", "c", "d"]);
    // Not taking the move keeps the candidate's order.
    let merged = take(&mine, &theirs, &offered, &taking(&["new"]));
    assert_eq!(keys(&merged), ["a", "b", "new", "c", "d", "e"]);

    // The candidate had moved "e" to the front already: only the new item is offered.
    let mut mine = base();
    let e = mine.items.pop().unwrap();
    mine.items.insert(0, e);
    let offered = offers(&kept, &mine, &theirs);
    assert_eq!(
        offered.iter().map(|offer| offer.key()).collect::<Vec<_>>(),
        ["new"]
    );
}

#[test]
fn a_changed_timing_rule_is_offered_and_taken() {
    let kept = base();
    let mine = base();
    let mut theirs = base();
    theirs.version = 2;
    theirs.items[3].due = Some(DueRule::ThankYouNotes { hours: 48 });
    let offered = offers(&kept, &mine, &theirs);
    assert_eq!(offered.len(), 1);
    assert!(offered[0].change.rule_changed);
    let merged = take(&mine, &theirs, &offered, &taking(&["d"]));
    assert_eq!(
        find(&merged, "d").due,
        Some(DueRule::ThankYouNotes { hours: 48 })
    );
}

#[test]
fn the_built_in_playbook_against_itself_changes_nothing() {
    let playbook = built_in();
    assert!(changes(&playbook, &playbook).is_empty());
    assert!(offers(&playbook, &playbook, &playbook).is_empty());
}
