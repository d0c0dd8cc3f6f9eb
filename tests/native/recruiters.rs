//! Recruiters across a career: grouping (normalised e-mail, phone digits, name with agency;
//! merges and splits the candidate makes), "keep in touch" (due after the cadence, restarted
//! by any contact, never while an opportunity waits on them), how quickly they answer, the
//! contact card (vCard escaping, folding, reading back), and search (accents, word order,
//! every field, highlighting).

use crate::common::{at, edit_field, id, model_with};
use candor::domain::apply::update;
use candor::domain::contact::{Contact, ContactKind, Direction};
use candor::domain::fold::fold;
use candor::domain::model::Model;
use candor::domain::msg::Msg;
use candor::domain::opportunity::{Field, Status};
use candor::domain::promise::Promise;
use candor::domain::recruiters::{entries, entry_of, hellos_due};
use candor::domain::search::{found_elsewhere, haystack, snippet, Query};
use candor::domain::vcard::{self, Card, VcardError};
use chrono::{DateTime, Duration, Utc};

/// The companies of each entry, in the entries' order.
fn grouped(model: &Model) -> Vec<Vec<String>> {
    entries(model)
        .iter()
        .map(|entry| {
            entry
                .opportunities(model)
                .map(|o| o.company.clone())
                .collect()
        })
        .collect()
}

fn set(model: &mut Model, n: u64, field: Field, value: &str) {
    edit_field(model, n, field, value, 10);
}

fn log(
    model: &mut Model,
    n: u64,
    contact: u64,
    when: DateTime<Utc>,
    kind: ContactKind,
    direction: Direction,
) {
    let contact = Contact {
        id: id(contact),
        at: when,
        kind,
        direction,
        summary: String::new(),
        call_back_at: None,
        with_interviewer: None,
        awaits_answer: false,
    };
    update(model, Msg::LogContact { id: id(n), contact }, when).unwrap();
}

#[test]
fn the_same_recruiter_is_found_by_email_phone_or_name_and_agency_however_it_was_typed() {
    let mut model = model_with(&[
        ("Acme", "Dana Reyes"),
        ("Globex", "D. Reyes"),
        ("Initech", "Sam Ortiz"),
        ("Hooli", "  dana   REYES "),
        ("Umbrella", "Zoë Brûlé"),
        ("Wonka", "Zoe Brule"),
        ("Tyrell", "Priya"),
    ]);
    // An e-mail in other case and spacing joins Globex to Acme.
    set(
        &mut model,
        1,
        Field::RecruiterEmail,
        "dana@northwind.example",
    );
    set(
        &mut model,
        2,
        Field::RecruiterEmail,
        " Dana@Northwind.Example ",
    );
    // A phone written otherwise joins Initech to nobody but Tyrell, by its digits.
    set(&mut model, 3, Field::RecruiterPhone, "+33 6 12 34 56 78");
    set(
        &mut model,
        7,
        Field::RecruiterPhone,
        "+33 (0)6-12-34-56-78".replace("(0)", "").as_str(),
    );
    // Same name, other case, spaces and accents, same (empty) agency: one person.
    let groups = grouped(&model);
    assert!(
        groups.contains(&vec![
            "Acme".to_owned(),
            "Globex".to_owned(),
            "Hooli".to_owned()
        ]),
        "{groups:?}"
    );
    assert!(
        groups.contains(&vec!["Initech".to_owned(), "Tyrell".to_owned()]),
        "{groups:?}"
    );
    assert!(
        groups.contains(&vec!["Umbrella".to_owned(), "Wonka".to_owned()]),
        "{groups:?}"
    );
    assert_eq!(groups.len(), 3);
}

#[test]
fn the_same_name_at_another_agency_is_another_person_and_short_numbers_match_nobody() {
    let mut model = model_with(&[
        ("Acme", "Dana Reyes"),
        ("Globex", "Dana Reyes"),
        ("Initech", "Sam"),
        ("Hooli", "Lea"),
    ]);
    set(&mut model, 1, Field::RecruiterAgency, "Northwind");
    set(&mut model, 2, Field::RecruiterAgency, "Blue Harbor");
    // An extension or a switchboard's last digits are no person.
    set(&mut model, 3, Field::RecruiterPhone, "12");
    set(&mut model, 4, Field::RecruiterPhone, "12");
    assert_eq!(entries(&model).len(), 4);
    // An opportunity with no recruiter at all is in no entry.
    let mut model = model_with(&[("Acme", "")]);
    set(&mut model, 1, Field::RecruiterAgency, "Northwind");
    assert!(entries(&model).is_empty());
}

#[test]
fn merging_joins_two_entries_with_their_notes_and_keeps_them_together() {
    let mut model = model_with(&[
        ("Acme", "Dana Reyes"),
        ("Globex", "Dana R."),
        ("Initech", "Sam"),
    ]);
    update(
        &mut model,
        Msg::RecruiterAbout {
            id: id(1),
            text: "Platform roles".into(),
        },
        at(20),
    )
    .unwrap();
    update(
        &mut model,
        Msg::RecruiterAbout {
            id: id(2),
            text: "Prefers texts".into(),
        },
        at(20),
    )
    .unwrap();
    assert_eq!(entries(&model).len(), 3);
    let merge = Msg::MergeRecruiters {
        into: id(1),
        other: id(2),
        person: id(77),
    };
    update(&mut model, merge, at(30)).unwrap();
    let entry = entry_of(&model, &id(2)).unwrap();
    assert_eq!(
        entry.key,
        id(1),
        "the entry is named after its first opportunity"
    );
    assert_eq!(entry.members.len(), 2);
    assert_eq!(entry.about(&model), "Platform roles\n\nPrefers texts");
    // Each opportunity carries who the recruiter is, to travel alone (a backup, a transfer).
    assert!(model.opportunities[..2]
        .iter()
        .all(|o| o.recruiter.person == Some(id(77))));
    // Editing one of them no longer parts them, even with the names apart.
    set(&mut model, 2, Field::RecruiterName, "Someone Else");
    assert_eq!(entry_of(&model, &id(1)).unwrap().members.len(), 2);
    // A new opportunity with a known detail lands on the merged entry by itself.
    update(
        &mut model,
        Msg::AddOpportunity {
            id: id(4),
            company: "Hooli".into(),
            recruiter_name: "Dana Reyes".into(),
        },
        at(40),
    )
    .unwrap();
    assert_eq!(entry_of(&model, &id(4)).unwrap().key, id(1));
    assert_eq!(entries(&model).len(), 2);
}

#[test]
fn splitting_takes_one_opportunity_off_and_leaves_the_others_together() {
    let mut model = model_with(&[("Acme", "Dana"), ("Globex", "Dana"), ("Initech", "Dana")]);
    update(
        &mut model,
        Msg::RecruiterAbout {
            id: id(1),
            text: "Notes".into(),
        },
        at(20),
    )
    .unwrap();
    assert_eq!(entries(&model).len(), 1);
    // The first one (whose id names the entry) is the wrong one.
    update(
        &mut model,
        Msg::SplitRecruiter {
            id: id(1),
            person: id(70),
            rest: id(71),
        },
        at(30),
    )
    .unwrap();
    assert_eq!(grouped(&model).len(), 2);
    let rest = entry_of(&model, &id(2)).unwrap();
    assert_eq!(rest.members.len(), 2);
    assert_eq!(rest.key, id(2));
    assert_eq!(entry_of(&model, &id(1)).unwrap().members.len(), 1);
    // Both keep the notes: nothing typed is lost.
    assert_eq!(entry_of(&model, &id(1)).unwrap().about(&model), "Notes");
    assert_eq!(rest.about(&model), "Notes");
    // Splitting the only opportunity of an entry changes nothing.
    let before = model.clone();
    update(
        &mut model,
        Msg::SplitRecruiter {
            id: id(1),
            person: id(72),
            rest: id(73),
        },
        at(50),
    )
    .unwrap();
    assert_eq!(model, before);
    // A new "Dana" joins one of them, never both.
    update(
        &mut model,
        Msg::AddOpportunity {
            id: id(4),
            company: "Hooli".into(),
            recruiter_name: "Dana".into(),
        },
        at(60),
    )
    .unwrap();
    assert_eq!(entries(&model).len(), 2);
}

#[test]
fn an_unplaced_opportunity_never_ties_two_merged_entries_together() {
    let mut model = model_with(&[
        ("Acme", "Dana"),
        ("Globex", "Sam"),
        ("Initech", "Lea"),
        ("Hooli", "D."),
        ("Wonka", "S."),
    ]);
    set(&mut model, 1, Field::RecruiterEmail, "dana@x.example");
    set(&mut model, 2, Field::RecruiterPhone, "0612345678");
    // The candidate placed both: Acme with Hooli, Globex with Wonka.
    update(
        &mut model,
        Msg::MergeRecruiters {
            into: id(1),
            other: id(4),
            person: id(70),
        },
        at(20),
    )
    .unwrap();
    update(
        &mut model,
        Msg::MergeRecruiters {
            into: id(2),
            other: id(5),
            person: id(71),
        },
        at(20),
    )
    .unwrap();
    assert_eq!(entries(&model).len(), 3);
    // Initech shares Acme's e-mail and Globex's phone: it joins one entry, not both.
    set(&mut model, 3, Field::RecruiterEmail, "DANA@x.example");
    set(&mut model, 3, Field::RecruiterPhone, "06 12 34 56 78");
    let groups = grouped(&model);
    assert_eq!(groups.len(), 2, "{groups:?}");
    assert!(
        groups.contains(&vec![
            "Acme".to_owned(),
            "Initech".to_owned(),
            "Hooli".to_owned()
        ]),
        "{groups:?}"
    );
}

fn keep_every(model: &mut Model, n: u64, months: Option<u8>, when: DateTime<Utc>) {
    update(
        model,
        Msg::KeepInTouch {
            id: id(n),
            every_months: months,
        },
        when,
    )
    .unwrap();
}

#[test]
fn a_hello_is_due_after_the_cadence_and_any_contact_restarts_the_count() {
    let mut model = model_with(&[("Acme", "Dana Reyes")]);
    update(
        &mut model,
        Msg::SetStatus {
            id: id(1),
            status: Status::Closed(candor::domain::opportunity::CloseReason::Rejected),
        },
        at(1),
    )
    .unwrap();
    keep_every(&mut model, 1, Some(3), at(0));
    let day = Duration::days(1);
    assert!(
        hellos_due(&model, at(0) + day * 85).is_empty(),
        "not before three months"
    );
    let due = hellos_due(&model, at(0) + day * 93);
    assert_eq!(due.len(), 1);
    assert_eq!(due[0].name, "Dana Reyes");
    assert_eq!(due[0].key, id(1));
    // They called at day 60: the count starts again from there.
    log(
        &mut model,
        1,
        500,
        at(0) + day * 60,
        ContactKind::Call,
        Direction::Incoming,
    );
    assert!(hellos_due(&model, at(0) + day * 93).is_empty());
    assert_eq!(hellos_due(&model, at(0) + day * 153).len(), 1);
    // A sent hello restarts it too.
    log(
        &mut model,
        1,
        501,
        at(0) + day * 153,
        ContactKind::Email,
        Direction::Outgoing,
    );
    assert!(hellos_due(&model, at(0) + day * 160).is_empty());
    // Another cadence; then stopping.
    keep_every(&mut model, 1, Some(1), at(0) + day * 160);
    assert_eq!(hellos_due(&model, at(0) + day * 185).len(), 1);
    keep_every(&mut model, 1, None, at(0) + day * 185);
    assert!(hellos_due(&model, at(0) + day * 400).is_empty());
    // Asked for long after the last contact: due at once, counted from that contact.
    let mut late = model_with(&[("Acme", "Dana")]);
    log(
        &mut late,
        1,
        502,
        at(0),
        ContactKind::Call,
        Direction::Incoming,
    );
    keep_every(&mut late, 1, Some(3), at(0) + day * 150);
    assert_eq!(hellos_due(&late, at(0) + day * 150).len(), 1);
    // A cadence of nothing is refused.
    assert!(update(
        &mut model,
        Msg::KeepInTouch {
            id: id(1),
            every_months: Some(0)
        },
        at(0)
    )
    .is_err());
}

#[test]
fn no_hello_while_an_opportunity_with_them_waits_on_their_word() {
    let day = Duration::days(1);
    // The candidate's own message unanswered, on an open opportunity with them.
    let mut model = model_with(&[("Acme", "Dana"), ("Globex", "Dana")]);
    keep_every(&mut model, 1, Some(1), at(0));
    log(
        &mut model,
        2,
        500,
        at(0) + day * 2,
        ContactKind::Email,
        Direction::Outgoing,
    );
    assert!(
        hellos_due(&model, at(0) + day * 70).is_empty(),
        "that would be a chase"
    );
    // Their answer lifts it.
    log(
        &mut model,
        2,
        501,
        at(0) + day * 3,
        ContactKind::Text,
        Direction::Incoming,
    );
    assert_eq!(hellos_due(&model, at(0) + day * 70).len(), 1);
    // A promise of theirs still open holds it too.
    let promise = Promise {
        id: id(600),
        what: "Send the salary band".into(),
        by: None,
        made_at: at(0),
        kept_at: None,
    };
    update(&mut model, Msg::AddPromise { id: id(1), promise }, at(0)).unwrap();
    assert!(hellos_due(&model, at(0) + day * 70).is_empty());
    // Once closed, an opportunity waits on nobody.
    update(
        &mut model,
        Msg::SetStatus {
            id: id(1),
            status: Status::Closed(candor::domain::opportunity::CloseReason::Withdrew),
        },
        at(0) + day * 4,
    )
    .unwrap();
    assert_eq!(hellos_due(&model, at(0) + day * 70).len(), 1);
}

#[test]
fn how_quickly_they_answer_is_the_median_across_their_opportunities() {
    let mut model = model_with(&[("Acme", "Dana"), ("Globex", "Dana")]);
    let hour = Duration::hours(1);
    // Two messages before one answer count from the first; a call that connected is no wait.
    log(
        &mut model,
        1,
        500,
        at(0),
        ContactKind::Email,
        Direction::Outgoing,
    );
    log(
        &mut model,
        1,
        501,
        at(0) + hour,
        ContactKind::Text,
        Direction::Outgoing,
    );
    log(
        &mut model,
        1,
        502,
        at(0) + hour * 2,
        ContactKind::Call,
        Direction::Incoming,
    );
    log(
        &mut model,
        2,
        503,
        at(0) + hour * 10,
        ContactKind::Voicemail,
        Direction::Outgoing,
    );
    log(
        &mut model,
        2,
        504,
        at(0) + hour * 30,
        ContactKind::Email,
        Direction::Incoming,
    );
    log(
        &mut model,
        2,
        505,
        at(0) + hour * 40,
        ContactKind::Call,
        Direction::Outgoing,
    );
    log(
        &mut model,
        2,
        506,
        at(0) + hour * 41,
        ContactKind::Email,
        Direction::Incoming,
    );
    log(
        &mut model,
        1,
        507,
        at(0) + hour * 50,
        ContactKind::Text,
        Direction::Outgoing,
    );
    log(
        &mut model,
        1,
        508,
        at(0) + hour * 54,
        ContactKind::Text,
        Direction::Incoming,
    );
    let entry = entry_of(&model, &id(1)).unwrap();
    assert_eq!(
        entry.usual_answer(&model, at(0) + hour * 60),
        Some((hour * 4, 3))
    );
    // Answers still to come count for nothing.
    assert_eq!(
        entry.usual_answer(&model, at(0) + hour * 35),
        Some((hour * 20, 2))
    );
    let none = model_with(&[("Acme", "Sam")]);
    assert_eq!(
        entry_of(&none, &id(1)).unwrap().usual_answer(&none, at(0)),
        None
    );
}

fn card() -> Card {
    Card {
        name: "Zoë Brûlé-Nguyen".into(),
        organisation: "Talent, Search; & Co\\".into(),
        phones: vec!["+33 6 12 34 56 78".into()],
        emails: vec!["zoe@example.com".into()],
        note: "Line one\nLine two, with a comma; and a semicolon\r\nLine three".into(),
    }
}

#[test]
fn a_contact_card_escapes_commas_semicolons_backslashes_and_line_breaks() {
    let text = vcard::write(&card());
    assert!(
        text.starts_with("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Zoë Brûlé-Nguyen\r\n"),
        "{text}"
    );
    assert!(text.contains("\r\nN:Brûlé-Nguyen;Zoë;;;\r\n"), "{text}");
    assert!(
        text.contains("\r\nORG:Talent\\, Search\\; & Co\\\\\r\n"),
        "{text}"
    );
    assert!(
        text.contains("\r\nTEL;TYPE=work:+33 6 12 34 56 78\r\n"),
        "{text}"
    );
    assert!(
        text.contains("\r\nEMAIL;TYPE=work:zoe@example.com\r\n"),
        "{text}"
    );
    assert!(
        text.contains(
            "NOTE:Line one\\nLine two\\, with a comma\\; and a semicolon\\nLine three\r\n"
        ),
        "{text}"
    );
    assert!(text.ends_with("END:VCARD\r\n"));
    // Every line ends in CRLF; no bare line break is left in a value.
    assert!(!text.replace("\r\n", "").contains('\n'));
}

#[test]
fn long_lines_fold_at_75_bytes_never_inside_a_character_and_read_back_whole() {
    let mut long = card();
    long.note = "Ünïcödé ".repeat(40) + "日本語のメモ";
    let text = vcard::write(&long);
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} bytes: {line}", line.len());
    }
    let read = vcard::read(&text).unwrap();
    assert_eq!(read.note, long.note.trim());
    assert_eq!(read.name, long.name);
    assert_eq!(read.organisation, long.organisation);
    assert_eq!(read.phones, long.phones);
    assert_eq!(read.emails, long.emails);
    let mut same = card();
    same.note = same.note.replace("\r\n", "\n");
    assert_eq!(vcard::read(&vcard::write(&card())).unwrap(), same);
}

#[test]
fn a_contact_card_from_elsewhere_reads_and_anything_else_is_refused_with_a_reason() {
    let apple = "BEGIN:VCARD\nVERSION:3.0\nN:Reyes;Dana;;;\nFN:Dana Reyes\nORG:Northwind;Tech\n\
                 item1.TEL;type=CELL:+1 415 555 0100\nEMAIL;type=INTERNET:dana@\n northwind.example\nEND:VCARD\n";
    let read = vcard::read(apple).unwrap();
    assert_eq!(read.name, "Dana Reyes");
    assert_eq!(read.organisation, "Northwind");
    assert_eq!(read.phones, ["+1 415 555 0100"]);
    assert_eq!(read.emails, ["dana@northwind.example"]);
    for (text, error) in [
        ("", VcardError::NotACard),
        ("hello", VcardError::BadLine(1)),
        (
            "BEGIN:VCARD\nVERSION:2.1\nFN:A\nEND:VCARD",
            VcardError::Version("2.1".into()),
        ),
        (
            "BEGIN:VCARD\nFN:A\nEND:VCARD",
            VcardError::Version(String::new()),
        ),
        ("BEGIN:VCARD\nVERSION:4.0\nFN:A", VcardError::NotACard),
        ("BEGIN:VCARD\nVERSION:4.0\nEND:VCARD", VcardError::Empty),
        (
            "BEGIN:VCARD\nVERSION:4.0\nFN:A\nEND:VCARD\nBEGIN:VCARD\nVERSION:4.0\nFN:B\nEND:VCARD",
            VcardError::SeveralCards,
        ),
    ] {
        let refused = vcard::read(text).unwrap_err();
        assert_eq!(refused, error, "{text:?}");
        assert!(!refused.to_string().is_empty());
    }
    assert_eq!(
        vcard::read(&"x".repeat(vcard::MAX_LEN + 1)),
        Err(VcardError::TooLong)
    );
    assert_eq!(
        vcard::file_name("Dana: Reyes/Agency"),
        "Dana ReyesAgency.vcf"
    );
    assert_eq!(vcard::file_name("../"), "Recruiter.vcf");
}

#[test]
fn an_entry_card_carries_every_phone_and_email_and_what_they_brought() {
    let mut model = model_with(&[("Acme", "Dana Reyes"), ("Globex", "Dana Reyes")]);
    set(&mut model, 1, Field::RecruiterPhone, "06 12 34 56 78");
    set(&mut model, 2, Field::RecruiterPhone, "+33 6 99 99 99 99");
    set(&mut model, 2, Field::RecruiterEmail, "dana@x.example");
    set(&mut model, 2, Field::Role, "Staff engineer");
    set(&mut model, 1, Field::RecruiterAgency, "Northwind");
    set(&mut model, 2, Field::RecruiterAgency, "Northwind");
    update(
        &mut model,
        Msg::RecruiterAbout {
            id: id(1),
            text: "Kind".into(),
        },
        at(20),
    )
    .unwrap();
    let entry = entry_of(&model, &id(1)).unwrap();
    let card = entry.card(&model);
    assert_eq!(card.name, "Dana Reyes");
    assert_eq!(card.organisation, "Northwind");
    assert_eq!(card.phones.len(), 2);
    assert_eq!(card.emails, ["dana@x.example"]);
    assert_eq!(
        card.note,
        "Recruiter. Opportunities: Acme, Globex (Staff engineer).\n\nKind"
    );
}

#[test]
fn folding_takes_case_and_accents_off() {
    assert_eq!(
        fold("Café Crème ÆSIR Straße Œuvre Ångström"),
        "cafe creme aesir strasse oeuvre angstrom"
    );
    // Accents typed apart (a letter, then a combining accent) fold the same.
    assert_eq!(fold("Cafe\u{301}"), "cafe");
    assert_eq!(fold("ΑΘΗΝΑ"), "αθηνα");
}

#[test]
fn a_search_matches_words_in_any_order_without_case_or_accents_in_every_field() {
    let mut model = model_with(&[("Café Olé", "Zoë Brûlé")]);
    for (field, value) in [
        (Field::Role, "Staff Engineer"),
        (Field::Location, "Lyon"),
        (Field::JobDetails, "Kubernetes platform"),
        (Field::RecruiterAgency, "Northwind Talent"),
        (Field::RecruiterEmail, "zoe@northwind.example"),
        (Field::RecruiterPhone, "+33 6 12 34 56 78"),
        (Field::Notes, "Remote two days"),
    ] {
        set(&mut model, 1, field, value);
    }
    let text = haystack(&model.opportunities[0]);
    for found in [
        "cafe",
        "CAFÉ",
        "ole cafe",
        "engineer staff",
        "lyon",
        "kubernetes",
        "brule zoe",
        "northwind",
        "zoe@northwind",
        "12 34",
        "remote",
        "  talent   ",
    ] {
        assert!(Query::new(found).matches(&text), "{found}");
    }
    for missed in ["cafe berlin", "recruiter", "engineering"] {
        assert!(!Query::new(missed).matches(&text), "{missed}");
    }
    // A word never spans two fields.
    assert!(!Query::new("ole staff").is_empty());
    assert!(!Query::new("olestaff").matches(&text));
    assert!(Query::new("   ").is_empty());
    assert!(Query::new("").matches(&text));
}

#[test]
fn what_matched_is_marked_in_the_original_text() {
    let query = Query::new("cafe ole");
    assert_eq!(
        query.parts("Le Café Olé!"),
        [
            ("Le ", false),
            ("Café", true),
            (" ", false),
            ("Olé", true),
            ("!", false)
        ]
    );
    // Overlapping and adjacent words make one mark; a word matching twice is marked twice.
    assert_eq!(Query::new("ab bc").parts("abc"), [("abc", true)]);
    assert_eq!(
        Query::new("ab").parts("ab-AB"),
        [("ab", true), ("-", false), ("AB", true)]
    );
    // A character that folds to two (ß → ss) is marked whole.
    assert_eq!(
        Query::new("strasse").parts("Große Straße"),
        [("Große ", false), ("Straße", true)]
    );
    assert_eq!(Query::new("x").parts(""), [("", false)]);
    assert_eq!(Query::new("").parts("abc"), [("abc", false)]);
}

#[test]
fn a_match_outside_the_line_shows_where_it_was_found() {
    let mut model = model_with(&[("Acme", "Dana")]);
    set(
        &mut model,
        1,
        Field::Notes,
        &format!(
            "{} the salary band is wide {}",
            "word ".repeat(20),
            "more ".repeat(20)
        ),
    );
    let o = &model.opportunities[0];
    let (label, words) = found_elsewhere(o, &Query::new("salary")).unwrap();
    assert_eq!(label, "Notes");
    assert!(
        words.starts_with('…') && words.ends_with('…') && words.contains("salary band"),
        "{words}"
    );
    assert_eq!(found_elsewhere(o, &Query::new("acme")), None);
    assert_eq!(
        snippet("short", &Query::new("short")).as_deref(),
        Some("short")
    );
}
