//! Snapshot links, candidate to coach: what they carry by default and on request, that any
//! snapshot comes back the same, and that no input, however hostile, panics. Also the QR
//! code drawn for share links.
#![cfg(not(target_arch = "wasm32"))]

use crate::common::{at, id, model_with, XorShift};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use candor::domain::apply::update;
use candor::domain::link::{LinkError, MAX_ENCODED, SNAPSHOT_PREFIX};
use candor::domain::msg::Msg;
use candor::domain::opportunity::Field;
use candor::domain::playbook::built_in;
use candor::domain::qr::{dark_modules, qr_path};
use candor::domain::round::DebriefField;
use candor::domain::round::RoundChange;
use candor::domain::snapshot::{
    decode, encode, take, Snapshot, SnapshotNext, SnapshotOptions, SnapshotPerson, SnapshotRound,
    SnapshotStep, MAX_ROUNDS,
};
use proptest::prelude::*;

fn candidate_model() -> candor::domain::model::Model {
    let mut model = model_with(&[("Acme Robotics", "Dana Reyes")]);
    let o = id(1);
    for (field, value) in [
        (Field::Role, "Staff engineer"),
        (Field::RecruiterPhone, "+33 6 12 34 56 78"),
        (Field::RecruiterEmail, "dana@northstar.example"),
        (Field::Notes, "Salary band said to be flexible"),
        (Field::JobDetails, "New motion-planning team"),
    ] {
        update(
            &mut model,
            Msg::EditField {
                id: o.clone(),
                field,
                value: value.into(),
            },
            at(1),
        )
        .unwrap();
    }
    update(
        &mut model,
        Msg::AddRound {
            id: o.clone(),
            round: id(50),
        },
        at(2),
    )
    .unwrap();
    let round = |change| Msg::EditRound {
        id: id(1),
        round: id(50),
        change,
    };
    for change in [
        RoundChange::AddInterviewer {
            interviewer: id(60),
            name: "Ana Ruiz".into(),
        },
        RoundChange::EditInterviewer {
            interviewer: id(60),
            field: candor::domain::round::InterviewerField::Title,
            value: "Head of Robotics".into(),
        },
        RoundChange::Briefing("Ana cares about testing".into()),
        RoundChange::Debrief {
            field: DebriefField::WentWell,
            value: "The system design part".into(),
        },
        RoundChange::Interest(Some(4)),
    ] {
        update(&mut model, round(change), at(3)).unwrap();
    }
    model
}

#[test]
fn by_default_a_snapshot_leaves_out_contact_details_and_free_notes() {
    let model = candidate_model();
    let o = model.opportunity(&id(1)).unwrap();
    let snapshot = take(o, &built_in(), SnapshotOptions::default(), at(10));
    let link = encode(&snapshot);
    assert!(link.starts_with(SNAPSHOT_PREFIX));
    let read = decode(&link).unwrap();
    assert_eq!(read, snapshot);
    assert_eq!(read.company, "Acme Robotics");
    assert_eq!(read.recruiter, None);
    assert_eq!(read.notes, None);
    assert_eq!(read.rounds[0].briefing, None);
    assert_eq!(read.rounds[0].people[0].name, None);
    assert_eq!(read.rounds[0].people[0].title, "Head of Robotics");
    assert!(read.rounds[0].debrief.contains(&(
        "What went well".to_owned(),
        "The system design part".to_owned()
    )));
    assert_eq!(read.rounds[0].interest, Some(4));
    assert_eq!(read.steps[0].title, "Recruiter's call");
    assert_eq!(read.steps.len(), 4);
    let text = serde_json::to_string(&read).unwrap();
    for private in ["Dana", "+33", "northstar", "Salary", "Ana Ruiz", "testing"] {
        assert!(!text.contains(private), "{private} leaked");
    }
}

#[test]
fn ticked_options_add_contact_details_and_free_notes() {
    let model = candidate_model();
    let o = model.opportunity(&id(1)).unwrap();
    let options = SnapshotOptions {
        contact_details: true,
        free_notes: true,
        reach: true,
    };
    let read = decode(&encode(&take(o, &built_in(), options, at(10)))).unwrap();
    let recruiter = read.recruiter.unwrap();
    assert_eq!(recruiter.phone, "+33 6 12 34 56 78");
    assert_eq!(recruiter.email, "dana@northstar.example");
    assert_eq!(
        read.notes.as_deref(),
        Some("Salary band said to be flexible")
    );
    assert_eq!(read.rounds[0].people[0].name.as_deref(), Some("Ana Ruiz"));
    assert_eq!(
        read.rounds[0].briefing.as_deref(),
        Some("Ana cares about testing")
    );
}

fn pack(json: &str) -> String {
    let packed = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 6);
    format!("{SNAPSHOT_PREFIX}{}", URL_SAFE_NO_PAD.encode(packed))
}

#[test]
fn hostile_snapshot_links_get_a_clear_refusal() {
    let valid = encode(&take(
        candidate_model().opportunity(&id(1)).unwrap(),
        &built_in(),
        SnapshotOptions::default(),
        at(10),
    ));
    let minimal = |rounds: &str, steps: &str| {
        format!(
            r#"{{"company":"<script>alert(1)</script>","role":"","location":"","status":"x","job_details":"","steps":{steps},"rounds":{rounds},"taken_at":0}}"#
        )
    };
    let round = r#"{"format":"Video","people":[],"debrief":[],"debrief_call_done":false}"#;
    let cases: Vec<(String, &str)> = vec![
        ("s1.@@@".into(), "damaged"),
        ("s7.abc".into(), "different version"),
        (valid[..valid.len() / 2].into(), "damaged"),
        (format!("s1.{}", "A".repeat(1 << 20)), "too long"),
        (
            pack(&minimal("[]", "[]").replace("\"x\"", "\"x\",\"extra\":1")),
            "damaged",
        ),
        (
            pack(&minimal(
                &format!("[{}]", vec![round; MAX_ROUNDS + 1].join(",")),
                "[]",
            )),
            "too many rounds",
        ),
        (
            pack(&minimal(
                &format!(
                    "[{}]",
                    round.replace(
                        "\"debrief_call_done\"",
                        "\"interest\":9,\"debrief_call_done\""
                    )
                ),
                "[]",
            )),
            "out of range",
        ),
        (
            pack(&minimal("[]", r#"[{"title":"Call","done":5,"total":2}]"#)),
            "impossible",
        ),
        (
            pack(&minimal("[]", "[]").replace(
                "\"status\":\"x\"",
                &format!("\"status\":\"{}\"", "x".repeat(501)),
            )),
            "at most 500",
        ),
        (
            pack(&format!("{}{}", "[".repeat(100_000), "]".repeat(100_000))),
            "damaged",
        ),
        (pack(&"[".repeat(300_000)), "holds more"),
    ];
    for (link, expected) in cases {
        let error = decode(&link).expect_err(expected);
        assert!(
            error.to_string().contains(expected),
            "{expected}: got {error}"
        );
    }
    // Markup is kept as plain text, to be shown as text.
    let read = decode(&pack(&minimal("[]", "[]"))).unwrap();
    assert_eq!(read.company, "<script>alert(1)</script>");
    assert!(matches!(
        decode("p1.abc"),
        Err(LinkError::UnknownVersion(_))
    ));
}

#[test]
fn a_hundred_thousand_mutated_snapshot_links_never_panic() {
    let mut rng = XorShift(0x0dd_ba11_5eed_0001);
    let options = SnapshotOptions {
        contact_details: true,
        free_notes: true,
        reach: true,
    };
    let valid = encode(&take(
        candidate_model().opportunity(&id(1)).unwrap(),
        &built_in(),
        options,
        at(10),
    ))
    .into_bytes();
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=s1";
    let mut accepted = 0;
    for _ in 0..100_000 {
        let mut text = valid.clone();
        for _ in 0..=(rng.next() % 4) {
            let at = (rng.next() as usize) % text.len();
            let byte = alphabet[(rng.next() % alphabet.len() as u64) as usize];
            match rng.next() % 3 {
                0 => text[at] = byte,
                1 => text.insert(at, byte),
                _ => {
                    text.remove(at);
                }
            }
        }
        if let Ok(snapshot) = decode(&String::from_utf8_lossy(&text)) {
            accepted += 1;
            assert!(snapshot.rounds.len() <= MAX_ROUNDS);
        }
    }
    println!("snapshot fuzz: {accepted} of 100000 mutated links decoded");
    assert!(accepted < 50_000, "{accepted} accepted");
}

fn arbitrary_round() -> impl Strategy<Value = SnapshotRound> {
    (
        "\\PC{0,20}",
        proptest::option::of(0i64..4_000_000_000_000),
        proptest::collection::vec(
            (
                proptest::option::of("\\PC{0,30}"),
                "\\PC{0,30}",
                proptest::option::of("\\PC{0,10}"),
            ),
            0..4,
        ),
        proptest::option::of("\\PC{0,200}"),
        proptest::collection::vec(("\\PC{1,30}", "\\PC{0,200}"), 0..8),
        proptest::option::of(1u8..=5),
        any::<bool>(),
    )
        .prop_map(
            |(format, starts_at, people, briefing, debrief, interest, done)| SnapshotRound {
                format,
                starts_at,
                people: people
                    .into_iter()
                    .map(|(name, title, rapport)| SnapshotPerson {
                        name,
                        title,
                        rapport,
                    })
                    .collect(),
                briefing,
                debrief,
                interest,
                debrief_call_done: done,
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_valid_snapshot_comes_back_the_same(
        company in "\\PC{0,60}",
        notes in proptest::option::of("\\PC{0,300}"),
        rounds in proptest::collection::vec(arbitrary_round(), 0..5),
        steps in proptest::collection::vec(("\\PC{0,30}", 0u32..20, 0u32..20), 0..10),
        taken_at in 0i64..4_000_000_000_000,
    ) {
        let snapshot = Snapshot {
            id: Some("00000000000000ab".into()),
            candidate: Some(company.clone()),
            reach: notes.clone(),
            closed: taken_at % 2 == 0,
            next: Some(SnapshotNext { title: "Return the call".into(), due_at: taken_at, overdue_at: taken_at + 1 }),
            company,
            role: "Role".into(),
            location: String::new(),
            status: "Interviewing".into(),
            job_details: String::new(),
            recruiter: None,
            notes,
            steps: steps
                .into_iter()
                .map(|(title, a, b)| SnapshotStep { title, done: a.min(b), total: a.max(b) })
                .collect(),
            rounds,
            taken_at,
        };
        let link = encode(&snapshot);
        prop_assert!(link.len() <= MAX_ENCODED);
        prop_assert_eq!(decode(&link), Ok(snapshot));
    }
}

#[test]
fn the_qr_code_draws_exactly_the_modules_of_the_link() {
    let link = format!(
        "https://example.org/candor/#/import/{}",
        "p1.".to_owned() + &"Ab9-_".repeat(250)
    );
    let drawn = qr_path(&link).expect("a 1,300-character link fits in a QR code");
    let code = qrcodegen::QrCode::encode_text(&link, qrcodegen::QrCodeEcc::Low).unwrap();
    assert_eq!(
        drawn.size as i32,
        code.size() + 8,
        "a 4-module quiet zone on each side"
    );
    let mut expected = Vec::new();
    for y in 0..code.size() {
        for x in 0..code.size() {
            if code.get_module(x, y) {
                expected.push((x as u32 + 4, y as u32 + 4));
            }
        }
    }
    assert_eq!(dark_modules(&drawn), expected);
    assert!(
        qr_path(&"x".repeat(5_000)).is_none(),
        "too long for any QR code"
    );
}

#[test]
fn a_qr_code_is_drawn_at_whole_pixels_per_module_whatever_its_density() {
    for length in [60, 400, 1_000, 1_800] {
        let link = format!("https://example.com/#/import/p1.{}", "x".repeat(length));
        let code = qr_path(&link).expect("fits in a QR code");
        let px = code.display_px();
        assert_eq!(
            px % code.size,
            0,
            "{length}: {px} px for {} modules",
            code.size
        );
        assert!(px / code.size >= 3, "{length}");
        assert!((300..=600).contains(&px), "{length}: {px}");
    }
}
