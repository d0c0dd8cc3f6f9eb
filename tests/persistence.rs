//! The stored format: what is saved reads back the same, and anything else is refused with a
//! reason instead of being read as empty (which would then be saved over the real data).

mod common;

use candor::domain::model::{update, Msg};
use candor::domain::opportunity::{CloseReason, Field, Status};
use candor::domain::persist::{decode, encode, LoadError, SCHEMA_VERSION};
use common::{at, id, model_with};

#[test]
fn a_saved_model_reads_back_identical() {
    let mut model = model_with(&[
        ("Acme", "Dana"),
        ("", "Sam"),
        ("Ünïcødé 株式会社", "Zoë \"Z\""),
    ]);
    let edits = [
        Msg::EditField {
            id: id(1),
            field: Field::JobDetails,
            value: "Rust\nWasm, <b>fast</b>".into(),
        },
        Msg::SetStatus {
            id: id(2),
            status: Status::Closed(CloseReason::Withdrew),
        },
        Msg::Archive(id(3)),
    ];
    for msg in edits {
        update(&mut model, msg, at(90)).unwrap();
    }
    let text = encode(&model);
    assert_eq!(decode(&text), Ok(model));
}

#[test]
fn the_document_carries_its_schema_version() {
    let text = encode(&model_with(&[]));
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["schema"], SCHEMA_VERSION);
    assert!(value["data"]["opportunities"]
        .as_array()
        .unwrap()
        .is_empty());
}

#[test]
fn text_that_is_not_json_is_refused() {
    for text in [
        "",
        "{",
        "{\"schema\":1,\"data\":",
        "not json at all",
        "\u{0}",
    ] {
        assert!(
            matches!(decode(text), Err(LoadError::NotJson(_))),
            "{text:?}"
        );
    }
}

#[test]
fn json_without_a_version_is_refused() {
    for text in [
        "{}",
        "[]",
        "42",
        "null",
        "{\"schema\":\"1\",\"data\":{}}",
        "{\"schema\":-1}",
    ] {
        assert_eq!(decode(text), Err(LoadError::NoVersion), "{text:?}");
    }
}

#[test]
fn a_newer_version_is_refused_so_it_is_never_overwritten() {
    let text = encode(&model_with(&[("Acme", "Dana")])).replacen(
        &format!("\"schema\":{SCHEMA_VERSION}"),
        "\"schema\":99",
        1,
    );
    assert_eq!(decode(&text), Err(LoadError::NewerVersion { found: 99 }));
    assert!(LoadError::NewerVersion { found: 99 }
        .to_string()
        .contains("newer version"));
}

#[test]
fn a_version_1_document_reads_with_everything_kept() {
    let text = include_str!("fixtures/schema-1.json");
    let model = decode(text).expect("version 1 must stay readable");
    assert_eq!(model.opportunities.len(), 2);
    let acme = &model.opportunities[0];
    assert_eq!(acme.company, "Acme Robotics");
    assert_eq!(acme.role, "Staff engineer");
    assert_eq!(
        acme.job_details,
        "Leads the motion-planning team\nRust, C++"
    );
    assert_eq!(acme.recruiter.email, "dana@northstar.example");
    assert_eq!(
        acme.notes,
        "Called on Monday; « confidential » fintech next?"
    );
    assert_eq!(acme.status, Status::Interviewing);
    assert_eq!(acme.updated_at, at(40));
    assert!(acme.rounds.is_empty() && acme.contacts.is_empty());
    let other = &model.opportunities[1];
    assert_eq!(other.status, Status::Closed(CloseReason::NoReply));
    assert!(other.archived);
    assert_eq!(model.pitch, Default::default());
    // Saved again, it is written in the current version and reads back the same.
    let again = encode(&model);
    assert!(again.starts_with(&format!("{{\"schema\":{SCHEMA_VERSION},")));
    assert_eq!(decode(&again), Ok(model));
}

#[test]
fn a_version_2_document_reads_with_everything_kept() {
    let text = include_str!("fixtures/schema-2.json");
    let model = decode(text).expect("version 2 must stay readable");
    let acme = &model.opportunities[0];
    assert_eq!(acme.contacts.len(), 2);
    assert_eq!(acme.contacts[0].summary, "About the staff role");
    assert!(acme.contacts.iter().all(|c| c.with_interviewer.is_none()));
    assert_eq!(acme.contacts[1].call_back_at, Some(at(300)));
    let round = &acme.rounds[0];
    assert_eq!(round.place, "https://meet.example/abc");
    assert_eq!(round.interviewers[0].title, "Head of Robotics");
    assert!(round.interviewers[0].thanked_at.is_some());
    assert_eq!(round.debrief.take_back, "The Kubernetes answer");
    assert_eq!(round.debrief.interest, Some(4));
    assert_eq!(
        round.debrief.feedback_expected_on,
        chrono::NaiveDate::from_ymd_opt(2026, 3, 9)
    );
    assert!(round.debrief.done_at.is_some());
    assert!(acme.checked.contains_key("call-pitch"));
    assert!(acme.actions_done.contains_key("call-no-dark@123"));
    assert_eq!(acme.call_answers["interest"], "Yes, very");
    assert_eq!(model.pitch.top_skills, "Rust, motion planning");
    assert_eq!(model.pitch.your_name, "");
    assert!(acme.notes_sent.is_empty() && acme.drafts.is_empty());
    assert_eq!(decode(&encode(&model)), Ok(model));
}

#[test]
fn version_zero_is_unknown() {
    assert_eq!(
        decode("{\"schema\":0,\"data\":{\"opportunities\":[]}}"),
        Err(LoadError::UnknownVersion { found: 0 })
    );
}

#[test]
fn the_wrong_shape_is_refused_with_a_reason() {
    let good = encode(&model_with(&[("Acme", "Dana")]));
    let broken = [
        good.replace("\"company\":\"Acme\"", "\"company\":42"),
        good.replace("\"stage\":\"call\"", "\"stage\":\"hired\""),
        good.replace("\"archived\":false,", ""),
        good.replace(&format!("\"id\":\"{}\"", id(1)), "\"id\":\"../../etc\""),
        "{\"schema\":1}".to_owned(),
        "{\"schema\":1,\"data\":{\"opportunities\":{}}}".to_owned(),
    ];
    for text in broken {
        assert_ne!(text, good);
        assert!(
            matches!(decode(&text), Err(LoadError::WrongShape(_))),
            "{text}"
        );
    }
}

#[test]
fn two_records_with_one_id_are_refused() {
    let mut model = model_with(&[("Acme", "Dana")]);
    model.opportunities.push(model.opportunities[0].clone());
    let text = encode(&model);
    match decode(&text) {
        Err(LoadError::WrongShape(why)) => assert!(why.contains("share the id"), "{why}"),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn every_refusal_explains_itself_in_plain_words() {
    let errors = [
        LoadError::NotJson("EOF".into()),
        LoadError::NoVersion,
        LoadError::NewerVersion { found: 2 },
        LoadError::UnknownVersion { found: 0 },
        LoadError::WrongShape("missing field".into()),
    ];
    for error in errors {
        let message = error.to_string();
        assert!(message.starts_with("the data "), "{message}");
    }
}
