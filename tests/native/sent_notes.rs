//! Marking a note sent keeps its text, logs it, and completes what it was for.

use crate::common::{at, id};
use candor::domain::apply::update;
use candor::domain::due::plan;
use candor::domain::msg::Msg;
use candor::domain::note::{draft_key, SentNote};
use candor::domain::persist::{decode, encode};
use candor::domain::playbook::built_in;
use chrono::{Duration, FixedOffset};

fn with_round() -> candor::domain::model::Model {
    crate::common::with_round(at(0), at(60), &["Ana Ruiz", "Bo Chen"])
}

fn note(n: u64, interviewer: Option<u64>, minute: i64) -> SentNote {
    SentNote {
        id: id(700 + n),
        round: id(50),
        interviewer: interviewer.map(id),
        to: "Ana Ruiz".into(),
        text: "Dear Ana,\\n\\nThank you…".into(),
        sent_at: at(minute),
    }
}

#[test]
fn a_sent_thank_you_is_kept_logged_and_clears_the_action() {
    let mut model = with_round();
    let key = draft_key(&id(50), Some(&id(60)));
    update(
        &mut model,
        Msg::SaveDraft {
            id: id(1),
            key: key.clone(),
            text: "Dear Ana".into(),
        },
        at(70),
    )
    .unwrap();
    assert_eq!(model.opportunities[0].drafts[&key], "Dear Ana");
    update(
        &mut model,
        Msg::NoteSent {
            id: id(1),
            note: note(1, Some(60), 90),
        },
        at(90),
    )
    .unwrap();

    let acme = &model.opportunities[0];
    assert_eq!(acme.notes_sent, [note(1, Some(60), 90)]);
    assert!(acme.drafts.is_empty(), "the draft is gone once sent");
    assert_eq!(acme.rounds[0].interviewers[0].thanked_at, Some(at(90)));
    let logged = acme.contacts.last().unwrap();
    assert_eq!(logged.summary, "Thank-you note to Ana Ruiz");
    assert_eq!(logged.with_interviewer, Some(id(60)));
    assert_eq!(logged.describe(), "Thank-you note sent");

    let titles: Vec<String> = plan(&model, at(100), &FixedOffset::east_opt(0).unwrap())
        .actions
        .into_iter()
        .map(|a| a.title)
        .collect();
    assert!(
        titles.contains(&"Thank-you note to Bo Chen".to_owned()),
        "{titles:?}"
    );
    assert!(
        !titles.contains(&"Thank-you note to Ana Ruiz".to_owned()),
        "{titles:?}"
    );
    assert_eq!(decode(&encode(&model)), Ok(model));
}

#[test]
fn a_note_to_an_interviewer_does_not_count_as_writing_to_the_recruiter() {
    let mut model = with_round();
    update(
        &mut model,
        Msg::NoteSent {
            id: id(1),
            note: note(1, Some(60), 90),
        },
        at(90),
    )
    .unwrap();
    update(
        &mut model,
        Msg::NoteSent {
            id: id(1),
            note: note(2, Some(61), 95),
        },
        at(95),
    )
    .unwrap();
    let holds = plan(&model, at(100), &FixedOffset::east_opt(0).unwrap()).holds;
    assert!(
        holds.iter().all(|h| !h.title.contains("without a reply")),
        "{holds:?}"
    );
    assert!(!candor::domain::due::would_double_message(
        &model.opportunities[0],
        &built_in(),
        at(100)
    ));
}

#[test]
fn a_follow_up_to_the_recruiter_ticks_its_item_and_counts_as_a_message() {
    let mut model = with_round();
    update(
        &mut model,
        Msg::NoteSent {
            id: id(1),
            note: note(3, None, 120),
        },
        at(120),
    )
    .unwrap();
    let acme = &model.opportunities[0];
    assert!(acme.rounds[0].checked.contains_key("thanks-recruiter"));
    assert_eq!(acme.contacts.last().unwrap().with_interviewer, None);
    assert!(candor::domain::due::would_double_message(
        acme,
        &built_in(),
        at(120) + Duration::hours(1)
    ));
}

#[test]
fn the_same_note_cannot_be_sent_twice() {
    let mut model = with_round();
    update(
        &mut model,
        Msg::NoteSent {
            id: id(1),
            note: note(1, Some(60), 90),
        },
        at(90),
    )
    .unwrap();
    let again = update(
        &mut model,
        Msg::NoteSent {
            id: id(1),
            note: note(1, Some(60), 91),
        },
        at(91),
    );
    assert!(again.is_err());
    assert_eq!(model.opportunities[0].notes_sent.len(), 1);
}

#[test]
fn a_note_for_a_missing_round_or_interviewer_changes_nothing() {
    let mut model = with_round();
    let before = model.clone();
    let mut stray = note(1, Some(99), 90);
    assert!(update(
        &mut model,
        Msg::NoteSent {
            id: id(1),
            note: stray.clone()
        },
        at(90)
    )
    .is_err());
    stray.interviewer = Some(id(60));
    stray.round = id(51);
    assert!(update(
        &mut model,
        Msg::NoteSent {
            id: id(1),
            note: stray
        },
        at(90)
    )
    .is_err());
    assert_eq!(model, before);
}
