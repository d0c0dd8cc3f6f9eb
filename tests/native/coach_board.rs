//! The coach board: snapshots (version 2) name their opportunity, candidate and next step,
//! and (version 3) a way to reach the candidate when they include it; version 1 and 2 links
//! still open; a card shows its snapshot's age and asks for a new one; a newer snapshot replaces the card, an older one never does;
//! the board sorts by what needs attention, and it survives tabs, backups and imports.

use crate::common::{at, id, model_with, voicemail, with_round};
use candor::domain::apply::update;
use candor::domain::board::{
    age_text, ask_for_snapshot, by_attention, card_for, card_key, due_text, is_stale, reach_of,
    view_of, Attention, Reach, FRESH_FOR_DAYS,
};
use candor::domain::board_card::{keep, on_the_board, BoardCard, OnTheBoard, MAX_CARDS};
use candor::domain::link::{
    link_kind, LinkKind, SNAPSHOT_PREFIX, SNAPSHOT_V1_PREFIX, SNAPSHOT_V2_PREFIX,
};
use candor::domain::model::{Model, UpdateError};
use candor::domain::msg::Msg;
use candor::domain::opportunity::{CloseReason, Field, Status};
use candor::domain::pitch::PitchField;
use candor::domain::round::DebriefField;
use candor::domain::round::RoundChange;
use candor::domain::snapshot::{decode, encode, take_for_coach, Snapshot, SnapshotOptions};
use candor::domain::sync::{merge_import, merge_tabs, preview_import};
use chrono::{Duration, FixedOffset};

fn zone() -> FixedOffset {
    FixedOffset::east_opt(0).unwrap()
}

/// A candidate's model: one opportunity whose interview ended at minute 120, debriefed with
/// an interest of 4 and a concern; the candidate's name in the pitch.
fn candidate() -> Model {
    let mut model = with_round(at(0), at(120), &["Ana Ruiz"]);
    let edit = |change| Msg::EditRound {
        id: id(1),
        round: id(50),
        change,
    };
    update(&mut model, edit(RoundChange::Interest(Some(4))), at(130)).unwrap();
    let concern = RoundChange::Debrief {
        field: DebriefField::Concerns,
        value: "The commute".into(),
    };
    update(&mut model, edit(concern), at(130)).unwrap();
    let name = Msg::EditPitch {
        field: PitchField::YourName,
        value: "Lee Park".into(),
    };
    update(&mut model, name, at(1)).unwrap();
    model
}

fn snapshot_at(model: &Model, minute: i64) -> (Snapshot, String) {
    let o = model.opportunity(&id(1)).unwrap();
    let snapshot = take_for_coach(model, o, SnapshotOptions::default(), at(minute), &zone());
    let link = encode(&snapshot);
    (snapshot, link)
}

#[test]
fn a_snapshot_for_the_coach_names_the_opportunity_the_candidate_and_the_next_step() {
    let model = candidate();
    let (snapshot, link) = snapshot_at(&model, 140);
    assert!(link.starts_with(SNAPSHOT_PREFIX));
    assert_eq!(SNAPSHOT_PREFIX, "s3.");
    let read = decode(&link).unwrap();
    assert_eq!(read, snapshot);
    assert_eq!(read.id.as_deref(), Some(id(1).as_str()));
    assert_eq!(read.candidate.as_deref(), Some("Lee Park"));
    // The candidate's own e-mail or phone stays out unless they include it.
    assert_eq!(read.reach, None);
    let next = read.next.expect("a next step");
    // The most urgent of the plan: the debrief call, due the hour after the interview.
    assert_eq!(next.title, "Debrief round 1 with Dana");
    assert_eq!(
        next.due_at,
        (at(120) + Duration::hours(1)).timestamp_millis()
    );
    assert!(!read.closed);
}

/// A version 1 snapshot link of Acme's staff role, with this status.
fn v1_link(status: &str) -> String {
    let v1 = format!(
        r#"{{"company":"Acme","role":"Staff","location":"","status":"{status}","job_details":"","steps":[],"rounds":[],"taken_at":0}}"#
    );
    let packed = miniz_oxide::deflate::compress_to_vec(v1.as_bytes(), 10);
    use base64::Engine;
    format!(
        "{SNAPSHOT_V1_PREFIX}{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(packed)
    )
}

#[test]
fn links_of_the_first_version_still_open_and_older_builds_are_told_to_reload() {
    // A version 1 link as the previous build wrote it: no id, no candidate, no next step.
    let link = v1_link("Closed: rejected");
    assert_eq!(link_kind(&link), Some(LinkKind::Snapshot));
    let read = decode(&link).unwrap();
    assert_eq!(read.id, None);
    assert!(read.closed, "read from the status's words");
    // Keyed by what it names, so the same one is recognised again.
    assert_eq!(card_key(&read), card_key(&decode(&link).unwrap()));
    assert!(card_key(&read).starts_with("v1-"));
    // A version 2 link names fields a version 1 reader refuses (`deny_unknown_fields`), and
    // its new prefix makes such a build say "made by a different version" instead.
    assert_ne!(SNAPSHOT_PREFIX, SNAPSHOT_V1_PREFIX);
}

#[test]
fn a_newer_snapshot_replaces_the_card_and_an_older_one_never_does() {
    let mut model = candidate();
    let (first, first_link) = snapshot_at(&model, 140);
    let card = card_for(&first, &first_link, at(141));
    assert_eq!(on_the_board(&[], &card), OnTheBoard::No);
    let mut coach = Model::default();
    update(&mut coach, Msg::KeepOnBoard(card.clone()), at(141)).unwrap();
    assert_eq!(on_the_board(&coach.board, &card), OnTheBoard::This);

    // The candidate moves on, and sends a newer snapshot.
    let status = Msg::SetStatus {
        id: id(1),
        status: Status::Offer,
    };
    update(&mut model, status, at(2000)).unwrap();
    let (second, second_link) = snapshot_at(&model, 2001);
    let newer = card_for(&second, &second_link, at(2002));
    assert_eq!(newer.key, card.key, "the same opportunity");
    assert_eq!(
        on_the_board(&coach.board, &newer),
        OnTheBoard::Older(at(140))
    );
    update(&mut coach, Msg::KeepOnBoard(newer.clone()), at(2002)).unwrap();
    assert_eq!(coach.board.len(), 1, "replaced, not added");
    assert_eq!(view_of(&coach.board[0], at(2002)).unwrap().stage, "Offer");
    // The older link opened again: the board says it has a newer one.
    assert_eq!(
        on_the_board(&coach.board, &card),
        OnTheBoard::Newer(at(2001))
    );

    // Removing a card.
    update(
        &mut coach,
        Msg::RemoveFromBoard(newer.key.clone()),
        at(2003),
    )
    .unwrap();
    assert!(coach.board.is_empty());
    // The coach's own opportunities are never touched.
    assert!(coach.opportunities.is_empty());
}

#[test]
fn a_board_holds_at_most_its_limit() {
    let mut board = Vec::new();
    for n in 0..MAX_CARDS {
        let card = BoardCard {
            key: format!("{n:016x}"),
            taken_at: at(0),
            kept_at: at(0),
            link: "s2.x".into(),
        };
        assert!(keep(&mut board, card));
    }
    let mut coach = Model {
        board,
        ..Model::default()
    };
    let one_more = BoardCard {
        key: "ffffffffffffffff".into(),
        taken_at: at(0),
        kept_at: at(0),
        link: "s2.x".into(),
    };
    assert_eq!(
        update(&mut coach, Msg::KeepOnBoard(one_more), at(1)),
        Err(UpdateError::BoardFull)
    );
    // Replacing one already there still works when full.
    let again = BoardCard {
        taken_at: at(5),
        ..coach.board[0].clone()
    };
    update(&mut coach, Msg::KeepOnBoard(again), at(6)).unwrap();
    assert_eq!(coach.board.len(), MAX_CARDS);
}

/// Four candidates: one late, one due soon, one with nothing planned, one closed.
fn four_cards(now_minute: i64) -> Vec<BoardCard> {
    let mut cards = Vec::new();
    // Late: a voicemail two days ago, not returned.
    let mut late = model_with(&[("Late Co", "Rae")]);
    voicemail(&mut late, 1, now_minute - 2 * 24 * 60);
    // Due soon: an interview that ended an hour ago (the thank-you note is due).
    let mut due = with_round(at(0), at(now_minute - 10), &["Kim"]);
    update(
        &mut due,
        Msg::EditField {
            id: id(1),
            field: Field::Company,
            value: "Due Co".into(),
        },
        at(1),
    )
    .unwrap();
    // Nothing planned: just added.
    let quiet = model_with(&[("Quiet Co", "Sam")]);
    // Closed.
    let mut closed = model_with(&[("Closed Co", "Jo")]);
    let close = Msg::SetStatus {
        id: id(1),
        status: Status::Closed(CloseReason::Rejected),
    };
    update(&mut closed, close, at(5)).unwrap();
    for (n, mut model) in [closed, quiet, due, late].into_iter().enumerate() {
        // Each candidate's opportunity has its own id, as random ids would.
        model.opportunities[0].id = id(100 + n as u64);
        let o = &model.opportunities[0];
        let snapshot = take_for_coach(
            &model,
            o,
            SnapshotOptions::default(),
            at(now_minute),
            &zone(),
        );
        cards.push(card_for(&snapshot, &encode(&snapshot), at(now_minute)));
    }
    cards
}

#[test]
fn the_board_shows_late_next_steps_first_then_due_then_nothing_planned_then_closed() {
    let now = 10_000;
    let cards = four_cards(now);
    let mut views: Vec<_> = cards
        .iter()
        .map(|card| view_of(card, at(now + 5)).unwrap())
        .collect();
    by_attention(&mut views);
    let order: Vec<(&str, Attention)> = views
        .iter()
        .map(|v| (v.title.as_str(), v.attention))
        .collect();
    assert_eq!(
        order,
        [
            ("Late Co", Attention::Overdue),
            ("Due Co", Attention::Due),
            ("Quiet Co", Attention::NoNextStep),
            ("Closed Co", Attention::Closed),
        ]
    );
    assert_eq!(views[0].candidate, "A candidate", "no name in their pitch");
    let late = views[0].next.as_ref().unwrap();
    assert_eq!(late.title, "Return Rae's call");
    assert_eq!(due_text(late, at(now + 5)), "late by 1 day");
    let due = views[1].next.as_ref().unwrap();
    assert!(
        due_text(due, at(now + 5)).starts_with("due in "),
        "{}",
        due_text(due, at(now + 5))
    );
}

#[test]
fn a_card_shows_the_last_debriefs_interest_and_concerns() {
    let model = candidate();
    let (snapshot, link) = snapshot_at(&model, 140);
    let view = view_of(&card_for(&snapshot, &link, at(141)), at(141)).unwrap();
    assert_eq!(view.candidate, "Lee Park");
    assert_eq!(view.title, "Acme");
    assert_eq!(view.interest, Some(4));
    assert_eq!(view.concerns.as_deref(), Some("The commute"));
    assert_eq!(view.taken_at, at(140));
    assert_eq!(view.kept_at, at(141));
}

#[test]
fn a_damaged_card_is_reported_not_a_panic() {
    let card = BoardCard {
        key: "k".into(),
        taken_at: at(0),
        kept_at: at(0),
        link: "s2.@@@".into(),
    };
    assert!(view_of(&card, at(1)).is_err());
}

#[test]
fn the_board_follows_other_tabs_and_goes_into_backups_and_imports() {
    let cards = four_cards(10_000);
    let base = Model {
        board: cards[..2].to_vec(),
        ..Model::default()
    };
    // This tab removed card 0 and kept card 2; the other tab kept card 3 and replaced card 1
    // with a newer snapshot.
    let local = Model {
        board: vec![cards[1].clone(), cards[2].clone()],
        ..Model::default()
    };
    let newer_1 = BoardCard {
        taken_at: cards[1].taken_at + Duration::hours(1),
        ..cards[1].clone()
    };
    let stored = Model {
        board: vec![cards[0].clone(), newer_1.clone(), cards[3].clone()],
        ..Model::default()
    };
    let merged = merge_tabs(&base, &local, &stored).model;
    let mut keys: Vec<_> = merged.board.iter().map(|c| c.key.clone()).collect();
    keys.sort();
    let mut expected = vec![
        cards[1].key.clone(),
        cards[2].key.clone(),
        cards[3].key.clone(),
    ];
    expected.sort();
    assert_eq!(keys, expected);
    let one = merged.board.iter().find(|c| c.key == cards[1].key).unwrap();
    assert_eq!(one.taken_at, newer_1.taken_at, "the newer snapshot wins");

    // A backup carries the board; importing it adds cards and newer snapshots, never older.
    let backup = candor::domain::export::backup_json(&stored, at(1), "test");
    let file = candor::domain::persist::decode(&backup).unwrap();
    assert_eq!(file.board, stored.board);
    let here = Model {
        board: vec![newer_1.clone()],
        ..Model::default()
    };
    let older_file = Model {
        board: vec![cards[1].clone(), cards[3].clone()],
        ..Model::default()
    };
    assert_eq!(preview_import(&here, &older_file).board_cards, 1);
    let imported = merge_import(&here, &older_file).model;
    assert_eq!(imported.board.len(), 2);
    assert_eq!(
        imported
            .board
            .iter()
            .find(|c| c.key == cards[1].key)
            .unwrap()
            .taken_at,
        newer_1.taken_at
    );
}

#[test]
fn every_change_of_stage_is_recorded_with_its_time() {
    let mut model = model_with(&[("Acme", "Dana")]);
    for (minute, status) in [
        (10, Status::Interviewing),
        (20, Status::Offer),
        (20, Status::Offer),
        (30, Status::Closed(CloseReason::Accepted)),
    ] {
        update(&mut model, Msg::SetStatus { id: id(1), status }, at(minute)).unwrap();
    }
    let changes: Vec<_> = model.opportunities[0]
        .status_changes
        .iter()
        .map(|c| (c.at, c.status))
        .collect();
    assert_eq!(
        changes,
        [
            (at(10), Status::Interviewing),
            (at(20), Status::Offer),
            (at(30), Status::Closed(CloseReason::Accepted)),
        ],
        "a change to the same stage is no change"
    );
}

/// A candidate who wrote `contact` in their pitch, and the card of their snapshot, with the
/// way to reach them included or not.
fn card_with_contact(contact: &str, include: bool) -> candor::domain::board::CardView {
    let mut model = candidate();
    let edit = Msg::EditPitch {
        field: PitchField::Contact,
        value: contact.into(),
    };
    update(&mut model, edit, at(2)).unwrap();
    let o = model.opportunity(&id(1)).unwrap();
    let options = SnapshotOptions {
        reach: include,
        ..SnapshotOptions::default()
    };
    let snapshot = take_for_coach(&model, o, options, at(140), &zone());
    let link = encode(&snapshot);
    assert_eq!(decode(&link).unwrap(), snapshot);
    view_of(&card_for(&snapshot, &link, at(150)), at(150)).unwrap()
}

const APP: &str = "https://coach.example/candor/";

#[test]
fn a_coach_asks_for_a_new_snapshot_by_e_mail_or_text_with_a_link_to_the_share_screen() {
    let share = format!("{APP}#/opportunities/{}/share", id(1));

    let card = card_with_contact(" lee@example.com ", true);
    assert_eq!(card.reach.as_deref(), Some("lee@example.com"));
    let ask = ask_for_snapshot(&card, APP, "Kim Coach");
    assert_eq!(ask.link.as_deref(), Some(share.as_str()));
    assert!(ask
        .body
        .starts_with("Hi Lee,\n\nCould you send me a new snapshot of"));
    assert!(ask.body.contains(&share));
    assert!(ask.body.ends_with("Thanks!\nKim Coach"));
    let (words, href) = ask.send.expect("an e-mail");
    assert_eq!(words, "E-mail Lee Park");
    assert!(href.starts_with("mailto:lee@example.com?subject=A%20new%20snapshot%20of%20"));
    // The link travels whole inside the body, percent-encoded.
    assert!(href.contains("https%3A%2F%2Fcoach.example%2Fcandor%2F%23%2Fopportunities%2F"));

    let card = card_with_contact("+33 6 12-34 56 78", true);
    let (words, href) = ask_for_snapshot(&card, APP, "").send.expect("a text");
    assert_eq!(words, "Text Lee Park");
    assert!(href.starts_with("sms:+33612345678?body=Hi%20Lee%2C"));
}

#[test]
fn without_a_way_to_reach_them_the_coach_copies_the_message_with_its_link() {
    // Written in the pitch but not ticked: the snapshot leaves it out.
    let card = card_with_contact("lee@example.com", false);
    assert_eq!(card.reach, None);
    let ask = ask_for_snapshot(&card, APP, "");
    assert_eq!(ask.send, None);
    assert!(ask.body.contains("#/opportunities/"));
    assert!(ask.body.ends_with("Thanks!"));
    // Ticked but not something an app can write to: the copy is what is left.
    let card = card_with_contact("ask my coach", true);
    assert_eq!(card.reach.as_deref(), Some("ask my coach"));
    assert_eq!(ask_for_snapshot(&card, APP, "").send, None);
    assert_eq!(reach_of("ask my coach"), None);
    assert_eq!(reach_of("12-34"), None, "too few digits for a phone");
    assert_eq!(
        reach_of("(555) 010-4477"),
        Some(Reach::Phone("(555) 010-4477".into()))
    );
    assert_eq!(reach_of("@lee"), None);
}

#[test]
fn a_snapshot_from_before_ids_asks_without_a_link() {
    let link = v1_link("Interviewing");
    let snapshot = decode(&link).unwrap();
    let card = view_of(&card_for(&snapshot, &link, at(0)), at(0)).unwrap();
    let ask = ask_for_snapshot(&card, APP, "");
    assert_eq!(ask.link, None);
    assert!(ask.body.starts_with("Hi,\n\n"));
    assert!(ask
        .body
        .contains("choose \u{201c}Share with your coach\u{201d}"));
}

#[test]
fn version_2_links_still_open_with_no_way_to_reach_the_candidate() {
    let model = candidate();
    let (snapshot, link) = snapshot_at(&model, 140);
    // The same document under the version 2 prefix, as the previous build wrote it.
    let old = link.replacen(SNAPSHOT_PREFIX, SNAPSHOT_V2_PREFIX, 1);
    assert_eq!(link_kind(&old), Some(LinkKind::Snapshot));
    let read = decode(&old).unwrap();
    assert_eq!(read, snapshot);
    assert_eq!(read.reach, None);
    let card = view_of(&card_for(&read, &old, at(150)), at(150)).unwrap();
    assert_eq!(card.opportunity, Some(id(1)));
}

#[test]
fn a_card_shows_its_snapshots_age_and_after_a_week_suggests_a_new_one() {
    let card = card_with_contact("", true);
    let taken = card.taken_at;
    for (after, said) in [
        (Duration::minutes(20), "taken less than an hour ago"),
        (Duration::hours(5), "taken 5 hours ago"),
        (Duration::hours(30), "taken 1 day ago"),
        (Duration::days(9), "taken 9 days ago"),
    ] {
        assert_eq!(age_text(taken, taken + after), said);
    }
    assert_eq!(FRESH_FOR_DAYS, 7);
    assert!(!is_stale(
        &card,
        taken + Duration::days(6) + Duration::hours(23)
    ));
    assert!(is_stale(&card, taken + Duration::days(7)));
    // A closed process needs no fresh snapshot.
    let mut closed = card.clone();
    closed.attention = Attention::Closed;
    assert!(!is_stale(&closed, taken + Duration::days(30)));
}
