//! The stored format: what is saved reads back the same, and anything else is refused with a
//! reason instead of being read as empty (which would then be saved over the real data).

use crate::common::{at, id, model_with};
use candor::domain::apply::update;
use candor::domain::model::Model;
use candor::domain::msg::Msg;
use candor::domain::opportunity::{CloseReason, Field, Status};
use candor::domain::persist::{decode, encode, LoadError, SCHEMA_VERSION};

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

/// The stored-document reader panicked (and the app stopped at every start, and on importing
/// the same text as a backup) when a backslash came before a multi-byte character: the error
/// sliced the text in the middle of that character to say where it went wrong. Found by the
/// mutation fuzz (`fuzz.rs`).
#[test]
fn an_escape_before_a_multi_byte_character_is_refused_not_a_panic() {
    for text in [
        "{\"schema\":6,\"data\":{\"opportunities\":[{\"company\":\"\\é\"}]}}",
        "{\"schema\":6,\"data\":\"\\😀\"}",
        "\"\\\u{FFFD}",
    ] {
        match decode(text) {
            Err(LoadError::NotJson(detail)) => {
                assert!(detail.contains("an unknown escape in text"), "{detail}")
            }
            other => panic!("expected a refusal of {text:?}, got {other:?}"),
        }
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
    let text = include_str!("../fixtures/schema-1.json");
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
    let text = include_str!("../fixtures/schema-2.json");
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

/// Whether every value in `stored` is in `written` at the same place, unchanged. `written`
/// may hold more (fields added by later versions, with their defaults).
fn kept(stored: &serde_json::Value, written: &serde_json::Value, path: &str) -> Result<(), String> {
    use serde_json::Value;
    match (stored, written) {
        (Value::Object(old), Value::Object(new)) => old.iter().try_for_each(|(key, value)| {
            let place = format!("{path}.{key}");
            match new.get(key) {
                Some(now) => kept(value, now, &place),
                None => Err(format!("{place} was dropped")),
            }
        }),
        (Value::Array(old), Value::Array(new)) if old.len() == new.len() => old
            .iter()
            .zip(new)
            .enumerate()
            .try_for_each(|(n, (value, now))| kept(value, now, &format!("{path}[{n}]"))),
        (old, new) if old == new => Ok(()),
        (old, new) => Err(format!("{path} was {old}, is now {new}")),
    }
}

#[test]
fn every_fixture_reads_and_saves_again_with_every_value_kept() {
    let fixtures = [
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
    ];
    for (n, text) in fixtures.into_iter().enumerate() {
        let model = decode(text).unwrap_or_else(|e| panic!("schema-{}: {e}", n + 1));
        let again = encode(&model);
        let stored: serde_json::Value = serde_json::from_str(text).unwrap();
        let written: serde_json::Value = serde_json::from_str(&again).unwrap();
        if let Err(why) = kept(&stored["data"], &written["data"], "data") {
            panic!("schema-{}: {why}", n + 1);
        }
        assert_eq!(written["schema"], SCHEMA_VERSION);
        assert_eq!(decode(&again).as_ref(), Ok(&model), "schema-{}", n + 1);
    }
}

/// A model in which every stored field holds something other than its default, so that a
/// field the reader skipped or misnamed shows up as a difference.
fn every_field_set() -> Model {
    use candor::domain::board_card::BoardCard;
    use candor::domain::contact::{Contact, ContactKind, Direction};
    use candor::domain::elsewhere::{Elsewhere, ElsewhereKind};
    use candor::domain::note::SentNote;
    use candor::domain::opportunity::{Opportunity, Recruiter, StatusChange};
    use candor::domain::pitch::Pitch;
    use candor::domain::playbook::{built_in, CoachNote, DueRule, Playbook};
    use candor::domain::promise::Promise;
    use candor::domain::round::{Debrief, InterviewFormat, Interviewer, Rapport, Round};
    let date = chrono::NaiveDate::from_ymd_opt(2026, 3, 9);
    let round = Round {
        id: id(50),
        starts_at: Some(at(60)),
        ends_at: Some(at(120)),
        format: InterviewFormat::OnSite,
        place: "1 Main St".into(),
        interviewers: vec![Interviewer {
            id: id(60),
            name: "Ana".into(),
            title: "CTO".into(),
            looks_for: "Depth".into(),
            thanked_at: Some(at(200)),
        }],
        briefing: "Two people".into(),
        debrief_planned_at: Some(at(150)),
        debrief: Debrief {
            how_it_went: "Well".into(),
            went_well: "Design".into(),
            went_badly: "SQL".into(),
            rapport: [(id(60), Rapport::DidNotClick)].into(),
            take_back: "The join".into(),
            interest: Some(5),
            concerns: "Commute".into(),
            client_feedback: "Keen".into(),
            next_steps: "Final".into(),
            other_processes: "One other".into(),
            feedback_expected_on: date,
            done_at: Some(at(160)),
        },
        checked: [("prep-research".to_owned(), 1_772_442_000_000)].into(),
    };
    let opportunity = Opportunity {
        id: id(1),
        company: "Acme".into(),
        role: "Staff".into(),
        location: "Lyon".into(),
        job_details: "Rust".into(),
        recruiter: Recruiter {
            name: "Dana".into(),
            agency: "North".into(),
            phone: "+33 1".into(),
            email: "d@n.example".into(),
            person: Some(id(90)),
            about: "Specialises in Rust".into(),
            keep_in_touch: Some(candor::domain::opportunity::KeepInTouch {
                every_months: 6,
                since: at(3),
            }),
        },
        status: Status::Closed(CloseReason::NoReply),
        notes: "Notes".into(),
        archived: true,
        created_at: at(1),
        updated_at: at(2),
        rounds: vec![round],
        contacts: vec![Contact {
            id: id(70),
            at: at(3),
            kind: ContactKind::MissedCall,
            direction: Direction::Outgoing,
            summary: "Left a word".into(),
            call_back_at: Some(at(4)),
            with_interviewer: Some(id(60)),
            awaits_answer: true,
        }],
        checked: [("call-pitch".to_owned(), -5)].into(),
        actions_done: [("call-no-dark@123".to_owned(), 7)].into(),
        call_answers: [("interest".to_owned(), "Yes".to_owned())].into(),
        referrals: "Sam".into(),
        notes_sent: vec![SentNote {
            id: id(80),
            round: id(50),
            interviewer: Some(id(60)),
            to: "Ana".into(),
            text: "Thank you".into(),
            sent_at: at(5),
        }],
        drafts: [("0000000000000032/recruiter".to_owned(), "Hi".to_owned())].into(),
        playbook: Some("mine".into()),
        promises: vec![Promise {
            id: id(90),
            what: "Send the job description".into(),
            by: date,
            made_at: at(6),
            kept_at: Some(at(7)),
        }],
        closed_at: Some(at(8)),
        status_changes: vec![StatusChange {
            at: at(8),
            status: Status::Closed(CloseReason::NoReply),
        }],
        answer_by: chrono::NaiveDate::from_ymd_opt(2026, 3, 9),
    };
    let mut items = built_in().items;
    items[0].due = Some(DueRule::StatusCheck { business_days: 6 });
    items[1].due = Some(DueRule::PromisedCallBack);
    Model {
        opportunities: vec![opportunity],
        pitch: Pitch {
            your_name: "Lee".into(),
            expertise: "Robots".into(),
            years_of_experience: "9".into(),
            top_skills: "Rust".into(),
            location: "Lyon".into(),
            relocation: "No".into(),
            contact: "lee@example.com".into(),
        },
        playbooks: vec![Playbook {
            id: "mine".into(),
            version: 3,
            name: "Mine".into(),
            items,
            coach: CoachNote {
                name: "Kim".into(),
                message: "Go".into(),
            },
            kept_from: None,
        }],
        new_playbook: Some("mine".into()),
        elsewhere: vec![Elsewhere {
            id: id(95),
            kind: ElsewhereKind::Offer,
            what: "Initech".into(),
            at: at(9),
        }],
        board: vec![BoardCard {
            key: "00000000000000ab".into(),
            taken_at: at(10),
            kept_at: at(11),
            link: "s2.abc".into(),
        }],
    }
}

#[test]
fn every_stored_field_reads_back() {
    let model = every_field_set();
    assert_eq!(decode(&encode(&model)), Ok(model));
}

#[test]
fn every_status_rule_format_and_kind_reads_back() {
    use candor::domain::contact::{ContactKind, Direction};
    use candor::domain::playbook::{DueRule, Moment, Phase};
    use candor::domain::round::{InterviewFormat, Rapport};
    let mut model = every_field_set();
    let first = &mut model.opportunities[0];
    let round = first.rounds[0].clone();
    first.rounds = InterviewFormat::ALL
        .into_iter()
        .enumerate()
        .map(|(n, format)| {
            let mut round = round.clone();
            round.id = id(200 + n as u64);
            round.format = format;
            round.debrief.rapport = [(id(60), Rapport::ALL[n % 3])].into();
            round.debrief.interest = Some(n as u8);
            round
        })
        .collect();
    let contact = first.contacts[0].clone();
    first.contacts = ContactKind::ALL
        .into_iter()
        .flat_map(|kind| [(kind, Direction::Incoming), (kind, Direction::Outgoing)])
        .enumerate()
        .map(|(n, (kind, direction))| {
            let mut contact = contact.clone();
            contact.id = id(300 + n as u64);
            contact.kind = kind;
            contact.direction = direction;
            contact
        })
        .collect();
    let template = model.opportunities[0].clone();
    model.opportunities = Status::ALL
        .into_iter()
        .enumerate()
        .map(|(n, status)| {
            let mut opportunity = template.clone();
            opportunity.id = id(100 + n as u64);
            opportunity.status = status;
            opportunity
        })
        .collect();
    let rules: [DueRule; DueRule::ALL.len()] = [
        DueRule::ReturnCall { hours: 1 },
        DueRule::PromisedCallBack,
        DueRule::DebriefCall { hours: 2 },
        DueRule::ThankYouNotes { hours: 3 },
        DueRule::NoNewsBefore { hours: 4 },
        DueRule::WaitForReply { days: 5 },
        DueRule::StatusCheck { business_days: 6 },
        DueRule::FeedbackOwed { grace_days: 7 },
        DueRule::KeepInTouch { days: 8 },
        DueRule::KeepInformed { days: 9 },
        DueRule::AnswerOffer { business_days: 10 },
    ];
    let kinds: std::collections::HashSet<_> = rules.iter().map(std::mem::discriminant).collect();
    assert_eq!(kinds.len(), DueRule::ALL.len(), "every kind of rule, once");
    for (item, rule) in model.playbooks[0].items.iter_mut().zip(rules) {
        item.due = Some(rule);
    }
    let moments = [
        Moment::Call,
        Moment::Interview,
        Moment::Debrief,
        Moment::ThankYou,
    ];
    let phases = [Phase::Before, Phase::During, Phase::After];
    let every = moments
        .iter()
        .flat_map(|m| phases.iter().map(move |p| (*m, *p)));
    assert!(model.playbooks[0].items.len() >= 12);
    for (item, (moment, phase)) in model.playbooks[0].items.iter_mut().zip(every) {
        (item.moment, item.phase) = (moment, phase);
    }
    for (item, kind) in model.playbooks[0]
        .items
        .iter_mut()
        .zip(candor::domain::playbook::ItemKind::ALL)
    {
        item.kind = kind;
    }
    assert_eq!(decode(&encode(&model)), Ok(model));
}

#[test]
fn a_value_of_the_wrong_kind_anywhere_is_refused_and_unknown_fields_are_skipped() {
    let good = encode(&every_field_set());
    assert!(decode(&good).is_ok());
    let refused = [
        ("\"company\":\"Acme\"", "\"company\":null"),
        ("\"archived\":true", "\"archived\":\"yes\""),
        ("\"created_at\":", "\"created_at\":1.5,\"x\":"),
        ("\"interest\":5", "\"interest\":300"),
        ("\"interest\":5", "\"interest\":-1"),
        ("\"format\":\"on_site\"", "\"format\":\"OnSite\""),
        ("\"reason\":\"no_reply\"", "\"reason\":\"bored\""),
        (
            "\"stage\":\"closed\",\"reason\":\"no_reply\"",
            "\"stage\":\"closed\"",
        ),
        ("\"rule\":\"status_check\"", "\"rule\":\"sometime\""),
        ("\"business_days\":6", "\"business_days\":\"6\""),
        (
            "\"feedback_expected_on\":\"2026-03-09\"",
            "\"feedback_expected_on\":\"9 March\"",
        ),
        ("\"kind\":\"missed_call\"", "\"kind\":\"fax\""),
        (
            "\"rapport\":{\"",
            "\"rapport\":{\"NOT AN ID\":\"clicked\",\"",
        ),
        (
            "\"checked\":{\"call-pitch\":-5}",
            "\"checked\":{\"call-pitch\":\"-5\"}",
        ),
        ("\"interviewers\":[", "\"interviewers\":{},\"x\":["),
        ("\"role\":\"Staff\"", "\"role\":\"Staff\",\"role\":\"Lead\""),
        ("\"pitch\":{", "\"pitch\":[],\"x\":{"),
        ("\"version\":3", "\"version\":-3"),
    ];
    for (from, to) in refused {
        assert!(good.contains(from), "{from}");
        let text = good.replacen(from, to, 1);
        match decode(&text) {
            Err(LoadError::WrongShape(_)) => {}
            other => panic!("{to}: expected a refusal, got {other:?}"),
        }
    }
    let skipped = good.replacen(
        "\"company\":",
        "\"later\":{\"a\":[1,2.5e3,null]},\"company\":",
        1,
    );
    assert_eq!(decode(&skipped), decode(&good));
}

#[test]
fn damaged_text_is_refused_as_damaged() {
    let good = encode(&every_field_set());
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    let damaged = [
        format!("{good} x"),
        good.replacen("\"Acme\"", "\"Ac\u{1}me\"", 1),
        good.replacen("\"Acme\"", "\"Ac\\qme\"", 1),
        good.replacen("\"Acme\"", "\"Ac\\ud800me\"", 1),
        good.replacen(":true", ":tru", 1),
        good.replacen(":3,", ":03,", 1),
        good.replacen(",\"pitch\"", ",,\"pitch\"", 1),
        good.replacen("}", ",}", 1),
        format!("{{\"schema\":4,\"data\":{deep}}}"),
    ];
    for text in damaged {
        assert_ne!(text, good);
        assert!(
            matches!(decode(&text), Err(LoadError::NotJson(_))),
            "{text}"
        );
    }
    let escaped = good.replacen("\"Acme\"", "\"\\u00c9cole \\\"A\\\"\\n\\ud83d\\ude00\"", 1);
    let model = decode(&escaped).unwrap();
    assert_eq!(model.opportunities[0].company, "École \"A\"\n😀");
}

#[test]
fn a_refusal_says_where_the_wrong_value_is() {
    let good = encode(&every_field_set());
    let cases = [
        (
            good.replacen("\"company\":\"Acme\"", "\"company\":42", 1),
            "data.opportunities[0].company: expected text, found a number",
        ),
        (
            good.replacen("\"kind\":\"missed_call\"", "\"kind\":\"fax\"", 1),
            "data.opportunities[0].contacts[0].kind: \"fax\" is not one of call, missed_call",
        ),
        (
            good.replacen("\"archived\":true,", "", 1),
            "data.opportunities[0]: archived is missing",
        ),
    ];
    for (text, expected) in cases {
        match decode(&text) {
            Err(LoadError::WrongShape(why)) => assert!(why.starts_with(expected), "{why}"),
            other => panic!("expected a refusal, got {other:?}"),
        }
    }
    match decode("{\"schema\":4,\n\"data\":{\"opportunities\":[}") {
        Err(LoadError::NotJson(why)) => assert_eq!(why, "expected a value at line 2 column 26"),
        other => panic!("expected damaged text, got {other:?}"),
    }
}

#[test]
fn a_saved_document_names_the_text_it_was_merged_from_and_reads_the_same() {
    use candor::domain::persist::{decode_with_base, encode_from, text_digest};
    let model = every_field_set();
    let before = encode(&model_with(&[("Acme", "Dana")]));
    let text = encode_from(&model, Some(&before));
    let read = decode_with_base(&text).unwrap();
    assert_eq!(read.model, model);
    assert_eq!(read.base, Some(text_digest(&before)));
    assert_eq!(decode(&text), Ok(model.clone()));
    // Without one, or with one that is not a digest, there is simply no hint.
    assert_eq!(decode_with_base(&encode(&model)).unwrap().base, None);
    for odd in [
        "\"base\":\"xyz\",",
        "\"base\":12,",
        "\"base\":\"0123456789abcdef0\",",
    ] {
        let text = encode(&model).replacen("\"data\":", &format!("{odd}\"data\":"), 1);
        let read = decode_with_base(&text).unwrap();
        assert_eq!((read.model, read.base), (model.clone(), None), "{odd}");
    }
}

#[test]
fn a_save_after_a_small_change_writes_exactly_the_whole_document() {
    use candor::domain::persist::encode_from;
    use candor::domain::persist::incremental::Encoder;
    let mut encoder = Encoder::default();
    let mut model = every_field_set();
    let base = encode(&model_with(&[("Acme", "Dana")]));
    assert_eq!(
        encoder.encode_from(&model, Some(&base)),
        encode_from(&model, Some(&base))
    );
    let steps: [fn(&mut Model); 5] = [
        // One field of one opportunity: only it is written again, and the text is the same.
        |m| {
            update(
                m,
                Msg::EditField {
                    id: m.opportunities[0].id.clone(),
                    field: Field::Notes,
                    value: "Typed \"more\"\n".into(),
                },
                at(91),
            )
            .unwrap()
        },
        |m| {
            let mut added = model_with(&[("Globex", "Sam")]).opportunities.remove(0);
            added.id = id(77);
            m.opportunities.push(added);
        },
        |m| m.opportunities.reverse(),
        |m| m.pitch.your_name = "Sam Lee".into(),
        |m| m.opportunities.clear(),
    ];
    for step in steps {
        step(&mut model);
        assert_eq!(encoder.encode_from(&model, None), encode(&model));
        assert_eq!(
            decode(&encoder.encode_from(&model, Some(&base))),
            Ok(model.clone())
        );
    }
}
