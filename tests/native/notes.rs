//! Drafting thank-you notes and follow-ups, and the live checks.

use candor::domain::note::{
    asks_for_news, body_paragraphs, check_follow_up, check_follow_up_note, check_thank_you,
    draft_follow_up, draft_thank_you, leftover, skills, FollowUpWarning, Missing, NoteFacts,
    Timing, Tone,
};
use chrono::{Duration, TimeZone, Utc};

fn facts() -> NoteFacts {
    NoteFacts {
        to_name: "Ana Ruiz".into(),
        to_title: "Head of Robotics".into(),
        role: "Staff engineer".into(),
        company: "Acme Robotics".into(),
        job_detail: "the new motion-planning team.".into(),
        job_details: vec![
            "the new motion-planning team.".into(),
            "On-call one week in six".into(),
        ],
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
    let at = |hours: i64| {
        Some(Timing {
            ended,
            now: ended + Duration::hours(hours),
            hours: 24,
        })
    };
    let on_time = check_thank_you(&note, &facts(), at(2));
    let timing = by_label(&on_time, "Sent within 24 hours");
    assert!(timing.passed);
    assert_eq!(timing.detail, "Due in 22 h");
    let late = check_thank_you(&note, &facts(), at(27));
    let timing = by_label(&late, "Sent within 24 hours");
    assert!(!timing.passed);
    assert_eq!(timing.detail, "Overdue: 3 h overdue");
}

#[test]
fn the_timing_checks_state_the_playbooks_number_not_their_own() {
    let ended = Utc.with_ymd_and_hms(2026, 3, 3, 10, 0, 0).unwrap();
    let coach = |hours: i64| {
        Some(Timing {
            ended,
            now: ended + Duration::hours(hours),
            hours: 48,
        })
    };
    let note = draft_thank_you(&facts(), Tone::Warm).unwrap();
    let checks = check_thank_you(&note, &facts(), coach(30));
    let timing = by_label(&checks, "Sent within 48 hours");
    assert!(timing.passed, "30 hours is within a coach's 48");
    assert!(checks.iter().all(|c| !c.label.contains("24")));
    let mut to_recruiter = facts();
    to_recruiter.to_name = "Dana Reyes".into();
    let follow_up = draft_follow_up(&to_recruiter, Tone::Warm).unwrap();
    let checks = check_follow_up_note(&follow_up, &to_recruiter, coach(30));
    let wait = by_label(&checks, "Not sent within 48 hours");
    assert!(!wait.passed);
    assert_eq!(wait.detail, "Send it in 18 h");
    let warning = &check_follow_up(
        "Any news?",
        Some(ended),
        ended + Duration::hours(30),
        false,
        48,
    )[0];
    assert_eq!(
        warning,
        &FollowUpWarning::TooSoonForNews {
            until: ended + Duration::hours(48)
        }
    );
    assert!(!warning.message(ended).contains("24"));
}

#[test]
fn the_follow_up_email_is_checked_short_specific_not_too_soon_and_clean() {
    let ended = Utc.with_ymd_and_hms(2026, 3, 3, 10, 0, 0).unwrap();
    let mut to_recruiter = facts();
    to_recruiter.to_name = "Dana Reyes".into();
    let timing = |hours: i64| {
        Some(Timing {
            ended,
            now: ended + Duration::hours(hours),
            hours: 24,
        })
    };
    let labels = |checks: &[candor::domain::note::Check]| {
        checks
            .iter()
            .filter(|c| !c.passed)
            .map(|c| c.label.clone())
            .collect::<Vec<_>>()
    };
    // The draft, a day and a half after the interview, passes every check.
    for tone in Tone::ALL {
        let draft = draft_follow_up(&to_recruiter, tone).unwrap();
        let checks = check_follow_up_note(&draft, &to_recruiter, timing(36));
        assert_eq!(checks.len(), 4);
        assert!(
            labels(&checks).is_empty(),
            "{tone:?}: {:?}",
            labels(&checks)
        );
    }
    let draft = draft_follow_up(&to_recruiter, Tone::Warm).unwrap();
    // Within a day of the interview.
    assert_eq!(
        labels(&check_follow_up_note(&draft, &to_recruiter, timing(3))),
        ["Not sent within 24 hours of the interview"]
    );
    // No detail of the job; another detail, reworded, counts.
    let vague = "Hi Dana,\n\nThanks again for setting up the interview. I enjoyed it and look forward to the next step.\n\nBest,\nSam";
    let checks = check_follow_up_note(vague, &to_recruiter, timing(36));
    assert_eq!(labels(&checks), ["Names one detail of the job"]);
    assert_eq!(
        by_label(&checks, "Names one detail").detail,
        "None of the job details you noted is mentioned"
    );
    let reworded = vague.replace(
        "I enjoyed it",
        "The on-call rotation, one week in six, sounds fair",
    );
    assert!(
        by_label(
            &check_follow_up_note(&reworded, &to_recruiter, timing(36)),
            "Names one detail"
        )
        .passed
    );
    // Long, and with a placeholder and a doubled word.
    let long = format!(
        "Hi Dana,\n\n{}\n\nSam",
        vec!["the motion-planning team"; 50].join(" and ")
    );
    assert!(
        labels(&check_follow_up_note(&long, &to_recruiter, timing(36)))
            .contains(&"Short".to_owned())
    );
    for careless in [
        draft.replace("Dana", "[Name]"),
        draft.replace("the interview", "the the interview"),
    ] {
        assert_eq!(
            labels(&check_follow_up_note(&careless, &to_recruiter, timing(36))),
            ["No placeholders or doubled words"],
            "{careless}"
        );
    }
}

#[test]
fn the_interest_check_passes_an_honest_note_at_every_level_and_never_asks_for_more() {
    for level in 1..=5u8 {
        let mut honest = facts();
        honest.interest = Some(level);
        for tone in Tone::ALL {
            let draft = draft_thank_you(&honest, tone).unwrap();
            let failing: Vec<_> = check_thank_you(&draft, &honest, None)
                .into_iter()
                .filter(|c| !c.passed)
                .map(|c| c.label)
                .collect();
            assert!(
                failing.is_empty(),
                "interest {level}, {tone:?}: {failing:?}\n{draft}"
            );
        }
    }
    let interest_check = |level: u8, text: &str| {
        let mut with = facts();
        with.interest = Some(level);
        check_thank_you(text, &with, None)
            .into_iter()
            .find(|c| c.label.contains("next step") || c.label.contains("where you stand"))
            .expect("an interest check")
    };
    let keen = "Thank you. I am even more interested in the role and hope to move forward.";
    let plain = "Thank you. I remain interested in the role and hope to hear about the next step.";
    let neutral = "Thank you for your time. I look forward to hearing about the next step.";
    // At 1 or 2: claiming interest fails, and the check never asks for it.
    for level in [1, 2] {
        let check = interest_check(level, plain);
        assert!(!check.passed);
        assert_eq!(
            check.detail,
            format!("Your debrief: interest {level} of 5: this claims more interest than that")
        );
        assert!(interest_check(level, neutral).passed);
        assert!(!check.why.contains("even more"), "{}", check.why);
    }
    // At 3: plain interest passes, "even more" does not.
    assert!(interest_check(3, plain).passed);
    assert!(!interest_check(3, keen).passed);
    // At 4 or 5: the keen note passes; a note with no interest at all is asked for it.
    assert!(interest_check(5, keen).passed);
    assert!(!interest_check(5, neutral).passed);
    // Looking ahead is asked at every level.
    let no_next = "Thank you for your time today.";
    assert_eq!(
        interest_check(2, no_next).detail,
        "Nothing about the next step yet"
    );
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
        check_follow_up(text, Some(ended), ended + Duration::hours(5), false, 24),
        [FollowUpWarning::TooSoonForNews {
            until: ended + Duration::hours(24)
        }]
    );
    assert!(check_follow_up(text, Some(ended), ended + Duration::hours(25), false, 24).is_empty());
    assert!(check_follow_up(
        "Thanks for setting it up!",
        Some(ended),
        ended + Duration::hours(1),
        false,
        24
    )
    .is_empty());
    let warnings = check_follow_up("Thanks!", None, ended, true, 24);
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
