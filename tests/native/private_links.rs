//! Private links, natively: the envelope round trips, any one character changed is refused
//! as damaged before a passphrase is asked, the limits hold before and after decryption, and
//! passphrases have a floor and a ceiling. The encryption itself runs in the browser tests
//! (`tests/browser_storage.rs`), with WebCrypto.

use crate::common::XorShift;
use candor::domain::link::{link_kind, LinkError, LinkKind, LOCKED_PREFIX, MAX_ENCODED};
use candor::domain::lock::{
    check_lockable, check_passphrase, inner_link, open_text, seal_text, PassphraseProblem, Sealed,
    ITERATIONS, MAX_LOCKABLE, MAX_PASSPHRASE, MIN_PASSPHRASE,
};

fn sealed(length: usize) -> Sealed {
    let mut random = XorShift(7);
    Sealed {
        salt: std::array::from_fn(|_| random.next() as u8),
        nonce: std::array::from_fn(|_| random.next() as u8),
        ciphertext: (0..length).map(|_| random.next() as u8).collect(),
    }
}

#[test]
fn version_one_fixes_its_parameters() {
    assert_eq!(LOCKED_PREFIX, "l1.");
    assert_eq!(ITERATIONS, 600_000);
}

#[test]
fn the_envelope_comes_back_the_same_and_names_its_kind() {
    for length in [16, 17, 100, 5_000] {
        let parts = sealed(length);
        let text = seal_text(&parts);
        assert!(text.starts_with(LOCKED_PREFIX));
        assert_eq!(link_kind(&text), Some(LinkKind::Locked));
        assert_eq!(open_text(&text), Ok(parts));
    }
}

#[test]
fn any_one_character_changed_or_lost_is_refused_as_damaged() {
    let text = seal_text(&sealed(300));
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut changed = 0;
    for at in LOCKED_PREFIX.len()..text.len() {
        for &replacement in alphabet.iter().step_by(7) {
            let mut bytes = text.clone().into_bytes();
            if bytes[at] == replacement {
                continue;
            }
            bytes[at] = replacement;
            let tampered = String::from_utf8(bytes).unwrap();
            assert_eq!(open_text(&tampered), Err(LinkError::Damaged), "at {at}");
            changed += 1;
        }
    }
    assert!(changed > 3_000);
    for cut in [1, 2, 10, text.len() - LOCKED_PREFIX.len()] {
        assert_eq!(
            open_text(&text[..text.len() - cut]),
            Err(LinkError::Damaged)
        );
    }
    assert_eq!(open_text("l1."), Err(LinkError::Damaged));
    assert_eq!(open_text("l1.%%%"), Err(LinkError::Damaged));
}

#[test]
fn the_limits_hold_before_and_after_decryption() {
    // Before: the locked text's length, as for any link.
    let long = format!("{LOCKED_PREFIX}{}", "A".repeat(MAX_ENCODED));
    assert!(matches!(open_text(&long), Err(LinkError::TooLong { .. })));
    // What can be locked fits a locked link within the same limit.
    let biggest = seal_text(&sealed(MAX_LOCKABLE + 16));
    assert!(biggest.len() <= MAX_ENCODED, "{}", biggest.len());
    let inner = format!("s2.{}", "A".repeat(MAX_LOCKABLE - 3));
    assert_eq!(check_lockable(&inner), Ok(()));
    let too_big = format!("s2.{}", "A".repeat(MAX_LOCKABLE));
    assert!(matches!(
        check_lockable(&too_big),
        Err(LinkError::TooLong { .. })
    ));
    assert_eq!(check_lockable("p1.abc"), Ok(()));
    assert_eq!(
        check_lockable("l1.abc"),
        Err(LinkError::NotALink),
        "no lock in a lock"
    );
    assert_eq!(check_lockable("hello"), Err(LinkError::NotALink));
    // After: what decrypts must be a playbook or snapshot link, text, and no longer than any
    // link; its content is then read with all of its own limits (`share`, `snapshot`).
    assert_eq!(inner_link(b"p1.abc".to_vec()), Ok("p1.abc".to_owned()));
    assert_eq!(inner_link(b"s2.abc".to_vec()), Ok("s2.abc".to_owned()));
    assert_eq!(inner_link(b"l1.abc".to_vec()), Err(LinkError::Damaged));
    assert_eq!(inner_link(vec![0xff, 0xfe]), Err(LinkError::Damaged));
    assert_eq!(inner_link(b"<script>".to_vec()), Err(LinkError::Damaged));
    let huge = format!("s2.{}", "A".repeat(MAX_ENCODED));
    assert!(matches!(
        inner_link(huge.into_bytes()),
        Err(LinkError::TooLong { .. })
    ));
}

#[test]
fn a_passphrase_has_a_floor_and_a_ceiling() {
    assert_eq!(
        check_passphrase(&"x".repeat(MIN_PASSPHRASE - 1)),
        Err(PassphraseProblem::TooShort)
    );
    assert_eq!(check_passphrase("correct horse"), Ok(()));
    // Characters, not bytes.
    assert_eq!(check_passphrase("éééééééé"), Ok(()));
    assert_eq!(
        check_passphrase(&"x".repeat(MAX_PASSPHRASE + 1)),
        Err(PassphraseProblem::TooLong)
    );
    assert!(PassphraseProblem::TooShort.message().contains("at least 8"));
}

#[test]
fn random_text_after_the_prefix_never_panics() {
    let mut random = XorShift(99);
    for _ in 0..20_000 {
        let length = (random.next() % 200) as usize;
        let text: String = (0..length)
            .map(|_| (b' ' + (random.next() % 95) as u8) as char)
            .collect();
        let _ = open_text(&format!("{LOCKED_PREFIX}{text}"));
    }
}
