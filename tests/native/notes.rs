//! Drafting thank-you notes and follow-ups, and the live checks.

use candor::domain::note::{
    asks_for_news, body_paragraphs, check_follow_up, check_thank_you, draft_follow_up,
    draft_thank_you, leftover, skills, FollowUpWarning, Missing, NoteFacts, Tone,
};
use chrono::{Duration, TimeZone, Utc};

fn facts() -> NoteFacts {
    NoteFacts {
        to_name: "Ana Ruiz".into(),
        to_title: "Head of Robotics".into(),
        role: "Staff engineer".into(),
        company: "Acme Robotics".into(),
        job_detail: "the new motion-planning team.".into(),
        top_skills: "motion planning, Rust, team leadership, C++".into(),
        your_name: "Sam Lee".into(),
        interest: Some(4),
    }
}

fn by_label<'a>(
    checks: &'a [candor::domain::note::Check],
    start: &str,
) -> &'a candor::domain::note::Check {
    checks
        .iter()
        .find(|c| c.label.starts_with(start))
        .unwrap_or_else(|| panic!("no check {start}"))
}

#[test]
fn every_tone_drafts_a_note_that_passes_every_check() {
    for tone in Tone::ALL {
        let note = draft_thank_you(&facts(), tone).unwrap();
        let checks = check_thank_you(&note, &facts(), None);
        for check in &checks {
            assert!(
                check.passed,
                "{tone:?}: {} failed ({}) in\n{note}",
                check.label, check.detail
            );
        }
        assert!(note.contains("the new motion-planning team"), "{note}");
        assert!(!note.contains("team.."), "{note}");
        assert!(note.ends_with("Sam Lee"), "{note}");
        assert_eq!(leftover(&note), None);
    }
}

#[test]
fn tones_differ_in_greeting_and_sign_off() {
    let warm = draft_thank_you(&facts(), Tone::Warm).unwrap();
    let formal = draft_thank_you(&facts(), Tone::Formal).unwrap();
    let brief = draft_thank_you(&facts(), Tone::Brief).unwrap();
    assert!(warm.starts_with("Dear Ana,") && warm.contains("Warm regards,"));
    assert!(formal.starts_with("Dear Ana Ruiz,") && formal.contains("Yours sincerely,"));
    assert!(
        formal.contains("for sharing your perspective as Head of Robotics."),
        "{formal}"
    );
    assert!(brief.starts_with("Hi Ana,") && brief.contains("Best,"));
    assert!(brief.split_whitespace().count() < warm.split_whitespace().count());
}

#[test]
fn missing_facts_are_asked_for_never_left_as_placeholders() {
    let mut gaps = facts();
    gaps.to_name = " ".into();
    gaps.job_detail.clear();
    gaps.top_skills = " , ;".into();
    gaps.your_name.clear();
    assert_eq!(
        draft_thank_you(&gaps, Tone::Warm),
        Err(vec![
            Missing::Name,
            Missing::JobDetail,
            Missing::TopSkills,
            Missing::YourName
        ])
    );
    let mut no_company = facts();
    no_company.company.clear();
    assert_eq!(
        draft_follow_up(&no_company, Tone::Brief),
        Err(vec![Missing::Company])
    );
    for missing in [
        Missing::Name,
        Missing::Company,
        Missing::JobDetail,
        Missing::TopSkills,
        Missing::YourName,
    ] {
        assert!(missing.question().len() > 5);
    }
}

#[test]
fn no_role_still_reads_well() {
    let mut no_role = facts();
    no_role.role.clear();
    let note = draft_thank_you(&no_role, Tone::Warm).unwrap();
    assert!(note.contains("about the role at Acme Robotics"), "{note}");
}

#[test]
fn interest_is_claimed_only_when_true() {
    for interest in [None, Some(1), Some(2), Some(3)] {
        let mut lukewarm = facts();
        lukewarm.interest = interest;
        for tone in Tone::ALL {
            let note = draft_thank_you(&lukewarm, tone).unwrap();
            assert!(
                !note.contains("even more interested"),
                "{interest:?} {tone:?}: {note}"
            );
        }
    }
    let mut keen = facts();
    keen.interest = Some(5);
    assert!(draft_thank_you(&keen, Tone::Formal)
        .unwrap()
        .contains("even more interested"));
    assert!(draft_thank_you(&facts(), Tone::Warm)
        .unwrap()
        .contains("even more interested"));
}

#[test]
fn unicode_names_greet_properly() {
    let mut unicode = facts();
    unicode.to_name = "Zoë Ångström-Ñúñez".into();
    unicode.company = "株式会社ロボ".into();
    let note = draft_thank_you(&unicode, Tone::Brief).unwrap();
    assert!(note.starts_with("Hi Zoë,"));
    let checks = check_thank_you(&note, &unicode, None);
    assert!(by_label(&checks, "Greets Zoë").passed);
}

#[test]
fn very_long_input_is_drafted_and_flagged_as_too_long() {
    let mut long = facts();
    long.job_detail = "robots ".repeat(600);
    let note = draft_thank_you(&long, Tone::Warm).unwrap();
    let checks = check_thank_you(&note, &long, None);
    let brief = by_label(&checks, "Brief");
    assert!(!brief.passed);
    assert!(brief.detail.starts_with("6"), "{}", brief.detail);
    assert!(
        !by_label(&checks, "No placeholders").passed,
        "the repeated words are doubled"
    );
}

#[test]
fn skills_are_split_and_capped_at_three() {
    assert_eq!(
        skills("Rust, motion planning; team leadership\nC++"),
        ["Rust", "motion planning", "team leadership"]
    );
    assert!(skills(" , ").is_empty());
}

#[test]
fn each_check_fails_on_the_text_that_breaks_it() {
    let good = draft_thank_you(&facts(), Tone::Warm).unwrap();
    let cases = [
        ("About two", good.replace("\n\n", " ")),
        ("Greets Ana", good.replacen("Dear Ana,", "Dear team,", 1)),
        (
            "Thanks them",
            good.replace("Thank you", "I appreciated you")
                .replace("thank", ""),
        ),
        ("States your interest", good.replace("next step", "future")),
        (
            "Restates your top skills",
            good.replace("motion planning, Rust and team leadership", "my background"),
        ),
        (
            "No placeholders",
            good.replacen("Dear Ana,", "Dear [name],", 1),
        ),
        (
            "No placeholders",
            good.replacen("really enjoyed", "really really enjoyed", 1),
        ),
        ("Brief", "Thanks Ana.".to_owned()),
    ];
    for (label, text) in cases {
        let checks = check_thank_you(&text, &facts(), None);
        assert!(
            !by_label(&checks, label).passed,
            "{label} should fail on\n{text}"
        );
    }
}

#[test]
fn leftovers_are_found_and_named() {
    assert_eq!(leftover("Dear {first},"), Some("{first}".into()));
    assert_eq!(leftover("Hi <NAME>"), Some("<NAME>".into()));
    assert_eq!(leftover("TODO: fix"), Some("TODO".into()));
    assert_eq!(leftover("It was was great"), Some("was was".into()));
    assert_eq!(leftover("It was great. Great!"), Some("great great".into()));
    assert_eq!(leftover("All good here."), None);
}

#[test]
fn paragraphs_of_content_are_counted_without_greeting_and_sign_off() {
    let note = draft_thank_you(&facts(), Tone::Formal).unwrap();
    assert_eq!(body_paragraphs(&note), 2);
    assert_eq!(body_paragraphs(&note.replace("\n", "\r\n")), 2);
}

#[test]
fn the_timing_check_passes_within_24_hours_and_shows_overdue_after() {
    let ended = Utc.with_ymd_and_hms(2026, 3, 3, 10, 0, 0).unwrap();
    let note = draft_thank_you(&facts(), Tone::Warm).unwrap();
    let on_time = check_thank_you(&note, &facts(), Some((ended, ended + Duration::hours(2))));
    let timing = by_label(&on_time, "Sent within 24 hours");
    assert!(timing.passed);
    assert_eq!(timing.detail, "Due in 22 h");
    let late = check_thank_you(&note, &facts(), Some((ended, ended + Duration::hours(27))));
    let timing = by_label(&late, "Sent within 24 hours");
    assert!(!timing.passed);
    assert_eq!(timing.detail, "Overdue: 3 h overdue");
}

#[test]
fn a_follow_up_mentions_the_job_detail_and_is_short() {
    let mut to_recruiter = facts();
    to_recruiter.to_name = "Dana Reyes".into();
    for tone in Tone::ALL {
        let note = draft_follow_up(&to_recruiter, tone).unwrap();
        assert!(note.contains("the new motion-planning team"), "{note}");
        assert!(note.split_whitespace().count() < 80, "{note}");
        assert!(note.contains("Dana"));
        assert!(
            !asks_for_news(&note),
            "a follow-up is to be remembered, not to chase: {note}"
        );
    }
}

#[test]
fn asking_for_news_within_24_hours_is_warned_about() {
    let ended = Utc.with_ymd_and_hms(2026, 3, 3, 10, 0, 0).unwrap();
    let text = "Hi Dana, is there any news from Acme?";
    assert!(asks_for_news(text));
    assert_eq!(
        check_follow_up(text, Some(ended), ended + Duration::hours(5), false),
        [FollowUpWarning::TooSoonForNews {
            until: ended + Duration::hours(24)
        }]
    );
    assert!(check_follow_up(text, Some(ended), ended + Duration::hours(25), false).is_empty());
    assert!(check_follow_up(
        "Thanks for setting it up!",
        Some(ended),
        ended + Duration::hours(1),
        false
    )
    .is_empty());
    let warnings = check_follow_up("Thanks!", None, ended, true);
    assert_eq!(warnings, [FollowUpWarning::Unanswered]);
    assert!(warnings[0].message(ended).contains("no reply yet"));
    let soon = FollowUpWarning::TooSoonForNews {
        until: ended + Duration::hours(24),
    };
    assert!(soon.message(ended + Duration::hours(5)).contains("in 19 h"));
}

#[test]
fn brief_means_about_two_short_paragraphs() {
    use candor::domain::note::BRIEF_WORDS;
    let paragraph = |n: usize| vec!["word"; n].join(" ");
    let note = |body: &[usize]| {
        let blocks: Vec<String> = body.iter().map(|n| paragraph(*n)).collect();
        format!("Dear Ana,\n\n{}\n\nBest,\nSam", blocks.join("\n\n"))
    };
    let brief = |text: &str| by_label(&check_thank_you(text, &facts(), None), "Brief").passed;
    assert!(brief(&note(&[30, 40])), "two short paragraphs");
    assert!(
        !brief(&note(&[50, 50, 50])),
        "three full paragraphs are a letter"
    );
    assert!(!brief(&note(&[70, 70])), "two long paragraphs");
    assert!(!brief(&note(&[15])), "a line is not a note");
    assert!(BRIEF_WORDS.1 <= 130, "{BRIEF_WORDS:?}");
    for tone in Tone::ALL {
        let draft = draft_thank_you(&facts(), tone).unwrap();
        assert!(brief(&draft), "{tone:?}: {draft}");
    }
}

#[test]
fn with_no_interest_recorded_the_draft_states_interest_plainly_and_passes_its_checks() {
    for interest in [None, Some(3)] {
        let mut plain = facts();
        plain.interest = interest;
        for tone in Tone::ALL {
            let note = draft_thank_you(&plain, tone).unwrap();
            assert!(!note.contains("even more"), "{interest:?} {tone:?}: {note}");
            let failing: Vec<_> = check_thank_you(&note, &plain, None)
                .into_iter()
                .filter(|c| !c.passed)
                .map(|c| c.label)
                .collect();
            assert!(
                failing.is_empty(),
                "{interest:?} {tone:?}: {failing:?}\n{note}"
            );
        }
    }
}
