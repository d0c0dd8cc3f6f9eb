//! Playbook share links: what goes in comes out, a tailored playbook stays short, and no
//! input, however hostile, panics or gets through unchecked.
#![cfg(not(target_arch = "wasm32"))]

use crate::common::XorShift;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use candor::domain::link::{LinkError, PLAYBOOK_PREFIX};
use candor::domain::playbook::{
    built_in, ChecklistItem, CoachNote, DueRule, ItemKind, Moment, Phase, Playbook,
};
use candor::domain::share::{decode_playbook, encode_playbook, MAX_ITEMS};
use proptest::prelude::*;

fn pack(json: &[u8]) -> String {
    let packed = miniz_oxide::deflate::compress_to_vec(json, 6);
    format!("{PLAYBOOK_PREFIX}{}", URL_SAFE_NO_PAD.encode(packed))
}

/// A coach's playbook: the built-in one with ten edits.
fn tailored() -> Playbook {
    let mut playbook = built_in();
    playbook.id = "coach-ana-2026".into();
    playbook.name = "Ana's playbook for engineers".into();
    playbook.version = 3;
    for item in playbook.items.iter_mut().take(4) {
        item.why = format!("{} (Ana: I see this every week.)", item.why);
    }
    playbook.items[5].text = "Ask the recruiter for the team's tech stack before the call".into();
    playbook.items.remove(8);
    playbook.items.swap(1, 2);
    for n in 0..3 {
        playbook.items.push(ChecklistItem {
            key: format!("coach-{n}"),
            moment: Moment::Interview,
            phase: Phase::Before,
            text: format!("Prepare a two-minute story about a hard bug you fixed ({n})"),
            why: "Interviewers remember stories better than lists of skills.".into(),
            due: (n == 0).then_some(DueRule::ThankYouNotes { hours: 12 }),
            kind: ItemKind::Optional,
        });
    }
    playbook
}

#[test]
fn a_copy_of_the_built_in_playbook_round_trips_in_a_short_link() {
    let mut copy = built_in();
    copy.id = "0123456789abcdef".into();
    copy.name = "My playbook".into();
    let link = encode_playbook(&copy);
    assert!(link.starts_with("p1."));
    println!("built-in playbook link: {} characters", link.len());
    assert!(link.len() < 400, "{} characters", link.len());
    assert_eq!(decode_playbook(&link), Ok(copy));
}

#[test]
fn a_tailored_playbook_fits_in_2000_characters() {
    let link = encode_playbook(&tailored());
    println!("tailored playbook link: {} characters", link.len());
    assert!(link.len() <= 2_000, "{} characters", link.len());
    assert!(
        link.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)),
        "URL-safe"
    );
    assert_eq!(decode_playbook(&link), Ok(tailored()));
}

#[test]
fn markup_and_script_in_strings_stay_plain_text() {
    let mut playbook = tailored();
    playbook.name = "<script>alert(1)</script>".into();
    playbook.items[0].text = "<img src=x onerror=alert(1)> & \"quotes\"".into();
    let decoded = decode_playbook(&encode_playbook(&playbook)).unwrap();
    assert_eq!(decoded.name, "<script>alert(1)</script>");
    assert_eq!(
        decoded.items[0].text,
        "<img src=x onerror=alert(1)> & \"quotes\""
    );
}

#[test]
fn hostile_links_get_a_clear_refusal() {
    let valid = encode_playbook(&tailored());
    let nested = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let huge_text = format!(
        r#"{{"b":1,"i":"x","n":"x","v":1,"o":["k"],"c":[{{"key":"k","moment":"call","phase":"before","text":"{}","why":"w"}}]}}"#,
        "a".repeat(10_000)
    );
    let many = format!(
        r#"{{"b":1,"i":"x","n":"x","v":1,"o":[{}],"c":[]}}"#,
        (0..MAX_ITEMS + 1)
            .map(|n| format!("\"k{n}\""))
            .collect::<Vec<_>>()
            .join(",")
    );
    type Case = (&'static str, String, fn(&LinkError) -> bool);
    let cases: Vec<Case> = vec![
        ("malformed base64", "p1.@@@not*base64!!".into(), |e| {
            *e == LinkError::Damaged
        }),
        (
            "unknown version",
            "p9.AAAA".into(),
            |e| matches!(e, LinkError::UnknownVersion(v) if v == "p9"),
        ),
        ("not a link", "hello world".into(), |e| {
            *e == LinkError::NotALink
        }),
        ("truncated", valid[..valid.len() / 2].into(), |e| {
            *e == LinkError::Damaged
        }),
        (
            "1 MB fragment",
            format!("p1.{}", "A".repeat(1 << 20)),
            |e| matches!(e, LinkError::TooLong { .. }),
        ),
        ("decompression bomb", pack(&vec![b' '; 10 << 20]), |e| {
            *e == LinkError::TooLarge
        }),
        (
            "bomb past the length limit",
            pack(&vec![b' '; 50 << 20]),
            |e| matches!(e, LinkError::TooLong { .. }),
        ),
        ("deep nesting", pack(nested.as_bytes()), |e| {
            *e == LinkError::Damaged
        }),
        (
            "oversized string",
            pack(huge_text.as_bytes()),
            |e| matches!(e, LinkError::Invalid(why) if why.contains("10000 characters")),
        ),
        (
            "absurd count",
            pack(many.as_bytes()),
            |e| matches!(e, LinkError::Invalid(why) if why.contains("more than 200 items")),
        ),
        (
            "unknown field",
            pack(br#"{"b":1,"i":"x","n":"x","v":1,"o":[],"c":[],"evil":true}"#),
            |e| *e == LinkError::Damaged,
        ),
        (
            "wrong types",
            pack(br#"{"b":"one","i":1,"n":null,"v":1,"o":{},"c":7}"#),
            |e| *e == LinkError::Damaged,
        ),
        (
            "newer base",
            pack(br#"{"b":99,"i":"x","n":"x","v":1,"o":[],"c":[]}"#),
            |e| *e == LinkError::NewerBase { found: 99 },
        ),
        (
            "missing item",
            pack(br#"{"b":1,"i":"x","n":"x","v":1,"o":["nope"],"c":[]}"#),
            |e| matches!(e, LinkError::Invalid(_)),
        ),
        (
            "bad key",
            pack(br#"{"b":1,"i":"../x","n":"x","v":1,"o":[],"c":[]}"#),
            |e| matches!(e, LinkError::Invalid(_)),
        ),
        (
            "listed twice",
            pack(br#"{"b":1,"i":"x","n":"x","v":1,"o":["call-pitch","call-pitch"],"c":[]}"#),
            |e| matches!(e, LinkError::Invalid(_)),
        ),
        ("not JSON", pack(b"\xff\xfe not json"), |e| {
            *e == LinkError::Damaged
        }),
    ];
    for (name, link, expected) in cases {
        let result = decode_playbook(&link);
        match &result {
            Err(error) => {
                assert!(expected(error), "{name}: got {error:?}");
                let message = error.to_string();
                assert!(
                    message.len() > 20 && message.ends_with('.'),
                    "{name}: {message}"
                );
            }
            Ok(_) => panic!("{name}: was accepted"),
        }
    }
}

#[test]
fn a_hundred_thousand_random_and_mutated_links_never_panic() {
    let mut rng = XorShift(0x5eed_cafe_f00d_1234);
    let valid = encode_playbook(&tailored()).into_bytes();
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=%#/ p1";
    let mut accepted = 0;
    for round in 0..100_000 {
        let input: Vec<u8> = if round % 2 == 0 {
            // Random text over the link alphabet, sometimes with the right prefix.
            let length = (rng.next() % 400) as usize;
            let mut text: Vec<u8> = (0..length)
                .map(|_| alphabet[(rng.next() % alphabet.len() as u64) as usize])
                .collect();
            if round % 4 == 0 {
                text.splice(0..0, b"p1.".iter().copied());
            }
            text
        } else {
            // A valid link with a few bytes changed, inserted or removed.
            let mut text = valid.clone();
            for _ in 0..=(rng.next() % 4) {
                let at = (rng.next() as usize) % text.len().max(1);
                match rng.next() % 3 {
                    0 => text[at] = alphabet[(rng.next() % alphabet.len() as u64) as usize],
                    1 => text.insert(at, alphabet[(rng.next() % alphabet.len() as u64) as usize]),
                    _ => {
                        text.remove(at);
                    }
                }
            }
            text
        };
        let text = String::from_utf8_lossy(&input);
        if let Ok(playbook) = decode_playbook(&text) {
            accepted += 1;
            assert!(playbook.items.len() <= MAX_ITEMS);
        }
    }
    println!("fuzz: {accepted} of 100000 inputs decoded to a valid playbook");
    // Some mutations only touch padding-like bits and still decode; most do not.
    assert!(accepted < 50_000, "{accepted} accepted");
}

fn arbitrary_item() -> impl Strategy<Value = ChecklistItem> {
    (
        "[a-z0-9][a-z0-9-]{0,20}",
        prop_oneof![
            Just(Moment::Call),
            Just(Moment::Interview),
            Just(Moment::Debrief),
            Just(Moment::ThankYou)
        ],
        prop_oneof![Just(Phase::Before), Just(Phase::During), Just(Phase::After)],
        "\\PC{0,80}",
        "\\PC{0,120}",
        proptest::option::of(
            (0usize..DueRule::ALL.len(), 0u32..=365)
                .prop_map(|(kind, n)| DueRule::ALL[kind].with_number(n)),
        ),
    )
        .prop_map(|(key, moment, phase, text, why, due)| ChecklistItem {
            key: format!("x-{key}"),
            moment,
            phase,
            text,
            kind: ItemKind::ALL[key.len() % ItemKind::ALL.len()],
            why,
            due,
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_valid_playbook_comes_back_the_same(
        name in "\\PC{0,60}",
        version in 0u32..1000,
        drop in proptest::collection::vec(any::<bool>(), 23),
        extra in proptest::collection::vec(arbitrary_item(), 0..8),
        rotate in 0usize..30,
        coach_name in "\\PC{0,40}",
        coach_message in "\\PC{0,200}",
    ) {
        let mut playbook = built_in();
        playbook.id = "coach-test".into();
        playbook.coach = CoachNote { name: coach_name, message: coach_message };
        playbook.name = name;
        playbook.version = version;
        let mut keep = drop.into_iter().chain(std::iter::repeat(false));
        playbook.items.retain(|_| !keep.next().unwrap_or(false));
        for item in extra {
            if playbook.items.iter().all(|existing| existing.key != item.key) {
                playbook.items.push(item);
            }
        }
        let length = playbook.items.len().max(1);
        playbook.items.rotate_left(rotate % length);
        let link = encode_playbook(&playbook);
        prop_assert_eq!(decode_playbook(&link), Ok(playbook));
    }
}

/// A playbook link as a coach's tool could write it, with any content.
fn link_of(json: &str) -> String {
    pack(json.as_bytes())
}

#[test]
fn the_coach_note_travels_with_the_playbook() {
    let mut playbook = tailored();
    playbook.coach = CoachNote {
        name: "Ana Ruiz".into(),
        message: "Bring one story to every interview.\nCall me after each round.".into(),
    };
    let link = encode_playbook(&playbook);
    println!(
        "tailored playbook with a coach's note: {} characters",
        link.len()
    );
    assert!(link.len() <= 2_000, "{} characters", link.len());
    assert_eq!(decode_playbook(&link), Ok(playbook));
}

#[test]
fn a_link_cannot_pose_as_the_built_in_playbook_or_carry_impossible_rules() {
    let as_built_in =
        link_of(r#"{"b":1,"i":"built-in","n":"Fake","v":1,"o":["call-return"],"c":[]}"#);
    assert!(matches!(
        decode_playbook(&as_built_in),
        Err(LinkError::Invalid(_))
    ));
    let absurd_rule = link_of(
        r#"{"b":1,"i":"x","n":"N","v":1,"o":["a"],"c":[{"key":"a","moment":"call","phase":"before","text":"t","why":"w","due":{"rule":"return_call","hours":4000000000}}]}"#,
    );
    let error = decode_playbook(&absurd_rule).unwrap_err();
    assert!(error.to_string().contains("impossible number"), "{error}");
    let long_coach = link_of(&format!(
        r#"{{"b":1,"i":"x","n":"N","v":1,"o":[],"c":[],"k":{{"name":"{}","message":""}}}}"#,
        "a".repeat(101)
    ));
    assert!(decode_playbook(&long_coach)
        .unwrap_err()
        .to_string()
        .contains("coach's name"));
}
