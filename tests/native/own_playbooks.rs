//! The candidate's own playbooks: copying the built-in one (which stays intact), editing
//! every part of a copy, choosing the playbook for new opportunities, importing without
//! duplicates, and the opportunities that follow each playbook.

use crate::common::{at, id, model_with, voicemail};
use candor::domain::apply::update;
use candor::domain::due::plan;
use candor::domain::model::{ImportKind, Model, UpdateError};
use candor::domain::msg::Msg;
use candor::domain::persist::{decode, encode};
use candor::domain::playbook::{
    built_in, built_in_ref, DueRule, Moment, Phase, Playbook, PlaybookChange, PlaybookId,
    BUILT_IN_ID,
};
use candor::domain::steps::steps;
use chrono::FixedOffset;

const MINE: &str = "00000000000000aa";

fn with_copy() -> Model {
    let mut model = model_with(&[]);
    update(
        &mut model,
        Msg::CopyPlaybook {
            from: BUILT_IN_ID.into(),
            id: MINE.into(),
        },
        at(0),
    )
    .unwrap();
    model
}

fn change(model: &mut Model, change: PlaybookChange) -> Result<(), UpdateError> {
    update(
        model,
        Msg::EditPlaybook {
            id: MINE.into(),
            change,
        },
        at(1),
    )
}

fn mine(model: &Model) -> &Playbook {
    model.own_playbook(&MINE.into()).unwrap()
}

fn keys(playbook: &Playbook, moment: Moment) -> Vec<&str> {
    playbook.items_for(moment).map(|i| i.key.as_str()).collect()
}

#[test]
fn a_copy_of_the_built_in_playbook_is_editable_and_the_original_stays_intact() {
    let mut model = with_copy();
    assert_eq!(mine(&model).name, "My playbook");
    assert_eq!(mine(&model).items, built_in().items);
    change(&mut model, PlaybookChange::Rename("Ana's playbook".into())).unwrap();
    change(
        &mut model,
        PlaybookChange::Text {
            key: "call-return".into(),
            text: "Call back the same day".into(),
        },
    )
    .unwrap();
    change(&mut model, PlaybookChange::Remove("call-take-it".into())).unwrap();
    assert_eq!(mine(&model).name, "Ana's playbook");
    assert_eq!(mine(&model).items[0].text, "Call back the same day");
    assert_eq!(mine(&model).items.len(), built_in().items.len() - 1);
    assert_eq!(built_in_ref(), &built_in());
    assert_eq!(model.playbook(&PlaybookId::built_in()), Some(&built_in()));
    // The built-in playbook itself cannot be edited.
    let refused = update(
        &mut model,
        Msg::EditPlaybook {
            id: BUILT_IN_ID.into(),
            change: PlaybookChange::Rename("Mine now".into()),
        },
        at(2),
    );
    assert_eq!(refused, Err(UpdateError::NoSuchPlaybook));
}

#[test]
fn items_are_added_with_their_why_and_rule_moved_and_removed() {
    let mut model = with_copy();
    let key = mine(&model).fresh_key();
    change(
        &mut model,
        PlaybookChange::AddItem {
            key: key.clone(),
            moment: Moment::Interview,
            phase: Phase::Before,
        },
    )
    .unwrap();
    assert_eq!(
        keys(mine(&model), Moment::Interview).last(),
        Some(&key.as_str())
    );
    change(
        &mut model,
        PlaybookChange::Text {
            key: key.clone(),
            text: "Prepare a story".into(),
        },
    )
    .unwrap();
    change(
        &mut model,
        PlaybookChange::Why {
            key: key.clone(),
            why: "Stories stick".into(),
        },
    )
    .unwrap();
    change(
        &mut model,
        PlaybookChange::Rule {
            key: key.clone(),
            rule: Some(DueRule::ThankYouNotes { hours: 12 }),
        },
    )
    .unwrap();
    let added = mine(&model).items.iter().find(|i| i.key == key).unwrap();
    assert_eq!(
        (added.text.as_str(), added.why.as_str(), added.due),
        (
            "Prepare a story",
            "Stories stick",
            Some(DueRule::ThankYouNotes { hours: 12 })
        )
    );
    // A second added item gets another key.
    assert_ne!(mine(&model).fresh_key(), key);

    // Moving stays within the moment: up, down, and not past either end.
    let before = keys(mine(&model), Moment::Call).join(",");
    let original: Vec<String> = keys(mine(&model), Moment::Call)
        .into_iter()
        .map(str::to_owned)
        .collect();
    let at = original.iter().position(|k| k == "call-pitch").unwrap();
    assert!(at >= 2, "call-pitch has items above it");
    change(
        &mut model,
        PlaybookChange::Move {
            key: "call-pitch".into(),
            up: true,
        },
    )
    .unwrap();
    let call = keys(mine(&model), Moment::Call);
    assert_eq!(call[at - 1..=at], ["call-pitch", &original[at - 1]]);
    assert_eq!(call[..at - 1], original[..at - 1]);
    change(
        &mut model,
        PlaybookChange::Move {
            key: "call-pitch".into(),
            up: false,
        },
    )
    .unwrap();
    assert_eq!(keys(mine(&model), Moment::Call).join(","), before);
    assert_eq!(
        change(
            &mut model,
            PlaybookChange::Move {
                key: "call-return".into(),
                up: true
            }
        ),
        Err(UpdateError::PlaybookChangeFailed)
    );
    assert_eq!(
        change(
            &mut model,
            PlaybookChange::Move {
                key: key.clone(),
                up: false
            }
        ),
        Err(UpdateError::PlaybookChangeFailed)
    );

    // The phase changes in place.
    change(
        &mut model,
        PlaybookChange::Place {
            key: "call-pitch".into(),
            moment: Moment::Call,
            phase: Phase::During,
        },
    )
    .unwrap();
    assert_eq!(keys(mine(&model), Moment::Call).join(","), before);
    let pitch = mine(&model).items.iter().find(|i| i.key == "call-pitch");
    assert_eq!(pitch.map(|i| i.phase), Some(Phase::During));

    change(&mut model, PlaybookChange::Remove(key.clone())).unwrap();
    assert!(mine(&model).items.iter().all(|i| i.key != key));
    assert_eq!(
        change(&mut model, PlaybookChange::Remove(key)),
        Err(UpdateError::PlaybookChangeFailed)
    );
}

#[test]
fn rule_numbers_stay_within_a_month_of_hours_or_a_year_of_days() {
    assert_eq!(
        DueRule::ReturnCall { hours: 24 }.with_number(100_000),
        DueRule::ReturnCall { hours: 720 }
    );
    assert_eq!(
        DueRule::StatusCheck { business_days: 5 }.with_number(9_999),
        DueRule::StatusCheck { business_days: 365 }
    );
    assert!(!DueRule::KeepInTouch { days: 400 }.is_reasonable());
    assert!(DueRule::ALL.iter().all(|rule| rule.is_reasonable()));
    for (n, rule) in DueRule::ALL.iter().enumerate() {
        assert_eq!(rule.kind(), n);
        assert!(!rule.label().is_empty());
    }
}

#[test]
fn the_coach_note_is_part_of_the_playbook() {
    let mut model = with_copy();
    change(&mut model, PlaybookChange::CoachName("Ana Ruiz".into())).unwrap();
    change(
        &mut model,
        PlaybookChange::CoachMessage("One story per round.".into()),
    )
    .unwrap();
    assert_eq!(mine(&model).coach.name, "Ana Ruiz");
    assert_eq!(mine(&model).coach.message, "One story per round.");
    let stored = decode(&encode(&model)).unwrap();
    assert_eq!(stored, model);
}

#[test]
fn new_opportunities_follow_the_chosen_playbook_and_old_ones_keep_theirs() {
    let mut model = with_copy();
    change(&mut model, PlaybookChange::Remove("call-take-it".into())).unwrap();
    let add = |model: &mut Model, n: u64| {
        update(
            model,
            Msg::AddOpportunity {
                id: id(n),
                company: format!("Company {n}"),
                recruiter_name: String::new(),
            },
            at(n as i64),
        )
        .unwrap();
    };
    add(&mut model, 1);
    update(&mut model, Msg::UseForNew(Some(MINE.into())), at(2)).unwrap();
    add(&mut model, 2);
    let first = model.opportunity(&id(1)).unwrap();
    let second = model.opportunity(&id(2)).unwrap();
    assert_eq!(first.playbook, None);
    assert_eq!(second.playbook, Some(MINE.into()));
    // Only things to do count in a step.
    let to_do = |playbook: &candor::domain::playbook::Playbook| {
        playbook
            .items_for(Moment::Call)
            .filter(|item| item.kind.is_to_do())
            .count()
    };
    let call_items = to_do(&built_in());
    assert!(call_items < built_in().items_for(Moment::Call).count());
    assert_eq!(steps(first, model.playbook_of(first))[0].total, call_items);
    let mine = model.playbook_of(second);
    assert_ne!(mine, &built_in());
    assert_eq!(steps(second, mine)[0].total, to_do(mine));
    assert_eq!(model.followers(&MINE.into()), 1);

    // A playbook that is not there cannot be chosen.
    assert_eq!(
        update(&mut model, Msg::UseForNew(Some("nope".into())), at(3)),
        Err(UpdateError::NoSuchPlaybook)
    );

    // Deleting it sends its opportunities back to the built-in playbook.
    update(&mut model, Msg::RemovePlaybook(MINE.into()), at(4)).unwrap();
    let second = model.opportunity(&id(2)).unwrap();
    assert_eq!(second.playbook, None);
    assert_eq!(model.new_playbook, None);
    assert_eq!(model.playbook_of(second), &built_in());
}

#[test]
fn the_plan_uses_each_opportunitys_own_timing_rules() {
    let mut model = with_copy();
    change(
        &mut model,
        PlaybookChange::Rule {
            key: "call-return".into(),
            rule: Some(DueRule::ReturnCall { hours: 2 }),
        },
    )
    .unwrap();
    update(&mut model, Msg::UseForNew(Some(MINE.into())), at(0)).unwrap();
    update(
        &mut model,
        Msg::AddOpportunity {
            id: id(1),
            company: "Acme".into(),
            recruiter_name: "Dana".into(),
        },
        at(0),
    )
    .unwrap();
    voicemail(&mut model, 1, 0);
    let utc = FixedOffset::east_opt(0).unwrap();
    let actions = plan(&model, at(10), &utc).actions;
    let call_back = actions
        .iter()
        .find(|a| a.key.starts_with("call-return"))
        .expect("a call to return");
    assert_eq!(call_back.due_at, at(120));
}

#[test]
fn importing_the_same_playbook_twice_does_not_duplicate_it() {
    let mut model = model_with(&[]);
    let mut shared = built_in();
    shared.id = "coach-ana".into();
    shared.name = "Ana's playbook".into();
    assert_eq!(model.import_kind(&shared), ImportKind::New);
    update(&mut model, Msg::ImportPlaybook(shared.clone()), at(0)).unwrap();
    assert_eq!(model.import_kind(&shared), ImportKind::Same);
    update(&mut model, Msg::ImportPlaybook(shared.clone()), at(1)).unwrap();
    assert_eq!(model.playbooks.len(), 1);
    assert!(model.playbooks[0].same_content(&shared));
    assert_eq!(model.playbooks[0].kept_version(), shared.version);

    // A newer version from the coach is offered item by item, and taken, still once.
    let mut newer = shared.clone();
    newer.version += 1;
    let gone = newer.items.pop().unwrap().key;
    assert_eq!(model.import_kind(&newer), ImportKind::Newer);
    let taken = vec![gone];
    let msg = Msg::TakePlaybookUpdate {
        theirs: Box::new(newer.clone()),
        taken,
    };
    update(&mut model, msg, at(2)).unwrap();
    assert_eq!(model.playbooks.len(), 1);
    assert!(model.playbooks[0].same_content(&newer));
    // The older version now changes nothing.
    assert_eq!(model.import_kind(&shared), ImportKind::Older);
    let stale = Msg::TakePlaybookUpdate {
        theirs: Box::new(shared.clone()),
        taken: Vec::new(),
    };
    assert_eq!(
        update(&mut model, stale, at(3)),
        Err(UpdateError::PlaybookChangeFailed)
    );

    // Nothing can be imported under the built-in playbook's id.
    assert_eq!(
        update(&mut model, Msg::ImportPlaybook(built_in()), at(3)),
        Err(UpdateError::PlaybookIdTaken)
    );
}

#[test]
fn a_version_3_document_reads_and_follows_the_built_in_playbook() {
    let text = include_str!("../fixtures/schema-3.json");
    let model = decode(text).expect("version 3 must stay readable");
    let acme = &model.opportunities[0];
    assert_eq!(model.pitch.your_name, "Sam Lee");
    assert_eq!(acme.notes_sent.len(), 1);
    assert_eq!(acme.notes_sent[0].to, "Ana Ruiz");
    assert_eq!(
        acme.drafts.values().next().unwrap(),
        "Hi Dana, a quick follow-up"
    );
    assert!(acme.contacts.iter().any(|c| c.with_interviewer.is_some()));
    assert!(model.playbooks.is_empty() && model.new_playbook.is_none());
    assert_eq!(acme.playbook, None);
    assert_eq!(model.playbook_of(acme), &built_in());
    assert_eq!(decode(&encode(&model)), Ok(model));
}

#[test]
fn a_version_4_document_reads_with_its_playbooks_and_choices() {
    let text = include_str!("../fixtures/schema-4.json");
    let model = decode(text).expect("version 4 must stay readable");
    let own = &model.playbooks[0];
    assert_eq!(own.name, "Ana's playbook");
    assert_eq!(own.coach.name, "Ana Coach");
    assert_eq!(own.items.len(), 22);
    assert_eq!(own.items[0].due, Some(DueRule::ReturnCall { hours: 12 }));
    assert_eq!(model.new_playbook.as_ref(), Some(&own.id));
    let globex = &model.opportunities[1];
    assert_eq!(globex.company, "Globex");
    assert_eq!(model.playbook_of(globex), own);
    assert_eq!(model.playbook_of(&model.opportunities[0]), &built_in());
    assert_eq!(decode(&encode(&model)), Ok(model));
}

// Pins the split of message handling: the app applies playbook changes with the code the
// Playbook screens bring (`apply::playbooks`), and everything else with the writer's
// `apply_everyday`. Both must do exactly what `update` does.
#[test]
fn playbook_messages_belong_to_their_own_module_and_do_what_update_does() {
    use candor::domain::apply::apply_everyday;
    use candor::domain::apply::playbooks as own_playbooks;
    use candor::domain::msg::Area;

    let messages = [
        Msg::CopyPlaybook {
            from: BUILT_IN_ID.into(),
            id: "00000000000000bb".into(),
        },
        Msg::UseForNew(Some(MINE.into())),
        Msg::RemovePlaybook(MINE.into()),
        Msg::ImportPlaybook(Playbook {
            id: "00000000000000cc".into(),
            ..built_in()
        }),
    ];
    for msg in messages {
        let mut by_update = with_copy();
        let mut by_area = with_copy();
        let expected = update(&mut by_update, msg.clone(), at(1));
        assert!(msg.is_playbook_change());
        let Area::Playbooks(change) = msg.clone().area() else {
            panic!("{msg:?} is a playbook change");
        };
        assert_eq!(own_playbooks::apply(&mut by_area, change, at(1)), expected);
        assert_eq!(by_area, by_update, "{msg:?}");
        // What the app calls: the whole message, as the Playbook screens' code receives it.
        let mut by_app = with_copy();
        assert_eq!(
            own_playbooks::apply_msg(&mut by_app, msg.clone(), at(1)),
            expected
        );
        assert_eq!(by_app, by_update, "{msg:?}");
        // The everyday handler never applies it on its own.
        let mut untouched = with_copy();
        assert_eq!(
            apply_everyday(&mut untouched, msg, at(1)),
            Err(UpdateError::NotReady)
        );
        assert_eq!(untouched, with_copy());
    }
    let everyday = Msg::SetReferrals {
        id: id(1),
        text: "Sam".into(),
    };
    assert!(!everyday.is_playbook_change());
    let mut model = with_copy();
    assert_eq!(
        own_playbooks::apply_msg(&mut model, everyday.clone(), at(1)),
        Err(UpdateError::NotReady)
    );
    assert!(matches!(everyday.area(), Area::Everyday(_)));
}

#[test]
fn a_newer_version_taken_leaves_finished_steps_finished_and_adds_to_the_steps_ahead() {
    let mut model = model_with(&[]);
    let mut shared = built_in();
    shared.id = "coach-ana".into();
    update(&mut model, Msg::ImportPlaybook(shared.clone()), at(0)).unwrap();
    update(&mut model, Msg::UseForNew(Some("coach-ana".into())), at(0)).unwrap();
    let add = Msg::AddOpportunity {
        id: id(1),
        company: "Acme".into(),
        recruiter_name: "Dana".into(),
    };
    update(&mut model, add, at(1)).unwrap();
    // The call is done; the first interview is ahead.
    for item in shared.items.iter().filter(|i| i.moment == Moment::Call) {
        let tick = Msg::Check {
            id: id(1),
            round: None,
            item: item.key.clone(),
            checked: true,
        };
        update(&mut model, tick, at(2)).unwrap();
    }
    update(
        &mut model,
        Msg::AddRound {
            id: id(1),
            round: id(50),
        },
        at(3),
    )
    .unwrap();
    let before = steps(
        &model.opportunities[0],
        model.playbook_of(&model.opportunities[0]),
    );
    assert!(before[0].is_complete());

    // The coach adds an item to the call and one to the interview.
    let mut newer = shared.clone();
    newer.version += 1;
    for (key, moment) in [
        ("coach-call", Moment::Call),
        ("coach-story", Moment::Interview),
    ] {
        let mut item = shared.items_for(moment).next().unwrap().clone();
        item.key = key.to_owned();
        item.text = format!("New: {key}");
        newer.items.push(item);
    }
    let taken = vec!["coach-call".to_owned(), "coach-story".to_owned()];
    let msg = Msg::TakePlaybookUpdate {
        theirs: Box::new(newer),
        taken,
    };
    update(&mut model, msg, at(4)).unwrap();

    let o = &model.opportunities[0];
    let after = steps(o, model.playbook_of(o));
    assert!(after[0].is_complete(), "the finished call stays finished");
    assert_eq!(after[0].total, before[0].total + 1);
    assert_eq!(
        after[1].total,
        before[1].total + 1,
        "the interview ahead has the new item"
    );
    assert_eq!(after[1].done, before[1].done, "and it is to do there");
    assert!(o.rounds[0].checked.is_empty());
}
