//! The built-in playbook: complete, explained, and with its timing rules as data.

use candor::domain::playbook::{built_in, DueRule, Moment, Phase};
use std::collections::HashSet;

#[test]
fn every_item_says_what_to_do_and_why() {
    for item in built_in().items {
        assert!(item.text.len() > 10, "{}", item.key);
        assert!(item.why.len() > 20, "{} has no real why", item.key);
        assert!(
            !item.text.contains('[') && !item.why.contains('['),
            "{}",
            item.key
        );
    }
}

#[test]
fn keys_are_unique() {
    let playbook = built_in();
    let keys: HashSet<&str> = playbook.items.iter().map(|i| i.key.as_str()).collect();
    assert_eq!(keys.len(), playbook.items.len());
}

#[test]
fn each_moment_has_its_checklist() {
    let playbook = built_in();
    for moment in [
        Moment::Call,
        Moment::Interview,
        Moment::Debrief,
        Moment::ThankYou,
    ] {
        assert!(playbook.items_for(moment).count() >= 3, "{moment:?}");
    }
    let call_phases: HashSet<Phase> = playbook.items_for(Moment::Call).map(|i| i.phase).collect();
    assert_eq!(
        call_phases.len(),
        3,
        "the call has before, during and after"
    );
    assert!(playbook
        .items_for(Moment::Interview)
        .any(|i| i.text.contains("who you'll meet")));
    assert!(playbook
        .items_for(Moment::Interview)
        .any(|i| i.text.contains("call the recruiter afterwards")));
}

#[test]
fn every_timing_rule_of_the_playbook_facts_is_present_with_its_numbers() {
    let rules: Vec<DueRule> = built_in().items.iter().filter_map(|i| i.due).collect();
    for expected in [
        DueRule::ReturnCall { hours: 24 },
        DueRule::PromisedCallBack,
        DueRule::DebriefCall { hours: 1 },
        DueRule::ThankYouNotes { hours: 24 },
        DueRule::NoNewsBefore { hours: 24 },
        DueRule::WaitForReply { days: 3 },
        DueRule::StatusCheck { business_days: 5 },
        DueRule::FeedbackOwed { grace_days: 1 },
        DueRule::KeepInTouch { days: 4 },
    ] {
        assert!(rules.contains(&expected), "{expected:?} missing");
    }
}

#[test]
fn every_timing_rule_reads_with_its_numbers() {
    assert_eq!(
        DueRule::ReturnCall { hours: 24 }.describe(),
        "Due within 24 hours of a missed call or voicemail."
    );
    assert_eq!(
        DueRule::DebriefCall { hours: 1 }.describe(),
        "Due within 1 hour of the interview's end, and the same day."
    );
    assert_eq!(
        DueRule::StatusCheck { business_days: 5 }.describe(),
        "Shows after 5 business days with no news and no date given."
    );
    for rule in built_in().items.iter().filter_map(|i| i.due) {
        assert!(rule.describe().ends_with('.'), "{rule:?}");
    }
}

#[test]
fn a_playbook_round_trips_as_data() {
    use candor::domain::persist::{decode, encode};
    let playbook = built_in();
    let model = candor::domain::model::Model {
        playbooks: vec![playbook.clone()],
        ..Default::default()
    };
    let text = encode(&model);
    assert!(
        text.contains("\"rule\":\"status_check\",\"business_days\":5"),
        "{text}"
    );
    assert_eq!(decode(&text).unwrap().playbooks, vec![playbook]);
}

/// Every fact of the playbook that a checklist item teaches: its key, its moment and phase,
/// and words the item must say (in its text or its why).
const FACTS: [(&str, Moment, Phase, &[&str]); 30] = [
    ("call-return", Moment::Call, Phase::Before, &["24 hours"]),
    (
        "call-take-it",
        Moment::Call,
        Phase::Before,
        &["not looking", "refer"],
    ),
    (
        "call-why-you",
        Moment::Call,
        Phase::Before,
        &["function", "expertise", "location"],
    ),
    (
        "call-not-disloyal",
        Moment::Call,
        Phase::Before,
        &["not disloyalty"],
    ),
    (
        "call-pitch",
        Moment::Call,
        Phase::Before,
        &["expertise", "years of experience"],
    ),
    (
        "call-bad-time",
        Moment::Call,
        Phase::During,
        &["bad time", "call back"],
    ),
    (
        "call-selection",
        Moment::Call,
        Phase::During,
        &["selection"],
    ),
    (
        "call-honest",
        Moment::Call,
        Phase::During,
        &["honestly", "other interviews"],
    ),
    (
        "call-other-recruiters",
        Moment::Call,
        Phase::During,
        &["other recruiters", "twice"],
    ),
    ("call-details", Moment::Call, Phase::After, &["details"]),
    (
        "call-other-processes",
        Moment::Call,
        Phase::After,
        &["other interviews and offers"],
    ),
    (
        "call-no-dark",
        Moment::Call,
        Phase::After,
        &[
            "go dark",
            "ends the relationship",
            "later",
            "a call that asked something of you",
        ],
    ),
    (
        "call-offer-answer",
        Moment::Call,
        Phase::After,
        &[
            "offer",
            "answer by the date",
            "2 business days",
            "ends the relationship",
        ],
    ),
    (
        "call-any-channel",
        Moment::Call,
        Phase::After,
        &["e-mail only"],
    ),
    (
        "prep-people",
        Moment::Interview,
        Phase::Before,
        &["who you'll meet"],
    ),
    (
        "prep-format",
        Moment::Interview,
        Phase::Before,
        &["who decides"],
    ),
    (
        "prep-plan-debrief",
        Moment::Interview,
        Phase::Before,
        &["afterwards", "by text"],
    ),
    (
        "prep-job-detail",
        Moment::Interview,
        Phase::Before,
        &["job details"],
    ),
    (
        "debrief-call",
        Moment::Debrief,
        Phase::During,
        &[
            "right after",
            "same day",
            "first screener",
            "say in the final decision",
        ],
    ),
    (
        "debrief-honest",
        Moment::Debrief,
        Phase::During,
        &["clicked", "take an answer back"],
    ),
    (
        "debrief-interest",
        Moment::Debrief,
        Phase::During,
        &["interest", "concerns"],
    ),
    (
        "debrief-feedback",
        Moment::Debrief,
        Phase::During,
        &["feedback", "next steps"],
    ),
    (
        "debrief-others",
        Moment::Debrief,
        Phase::During,
        &["other interviews or offers"],
    ),
    (
        "debrief-thank-you-asked",
        Moment::Debrief,
        Phase::During,
        &["thank-you", "will likely ask"],
    ),
    (
        "thanks-each",
        Moment::ThankYou,
        Phase::After,
        &["each interviewer", "24 hours"],
    ),
    (
        "thanks-no-news",
        Moment::ThankYou,
        Phase::After,
        &["news", "24 hours"],
    ),
    (
        "thanks-wait-reply",
        Moment::ThankYou,
        Phase::After,
        &["wait for their reply", "however long", "chasing"],
    ),
    (
        "thanks-status-check",
        Moment::ThankYou,
        Phase::After,
        &[
            "5 business days",
            "career-office guidance",
            "one short check-in",
            "wait for their reply",
        ],
    ),
    (
        "thanks-recruiter",
        Moment::ThankYou,
        Phase::After,
        &["recruiter"],
    ),
    (
        "thanks-brief",
        Moment::ThankYou,
        Phase::After,
        &["two short paragraphs"],
    ),
];

#[test]
fn every_fact_is_taught_at_its_moment_with_its_why() {
    let playbook = built_in();
    for (key, moment, phase, words) in FACTS {
        let item = playbook
            .items
            .iter()
            .find(|i| i.key == key)
            .unwrap_or_else(|| panic!("no item {key}"));
        assert_eq!((item.moment, item.phase), (moment, phase), "{key}");
        // The item, its why, and its rule in words: the numbers live in the rule only.
        let rule = item.due.map(|rule| rule.describe()).unwrap_or_default();
        let said = format!("{} {} {rule}", item.text, item.why).to_lowercase();
        for word in words {
            assert!(
                said.contains(&word.to_lowercase()),
                "{key} does not say {word:?}: {said}"
            );
        }
    }
    let taught: HashSet<&str> = FACTS.iter().map(|(key, ..)| *key).collect();
    let untested: Vec<&str> = playbook
        .items
        .iter()
        .map(|i| i.key.as_str())
        .filter(|key| !taught.contains(key))
        .collect();
    assert!(untested.is_empty(), "items with no fact here: {untested:?}");
}

#[test]
fn item_texts_state_no_number_of_their_own() {
    // A coach who changes a rule's number must see it everywhere: the texts name none.
    for item in built_in().items {
        let said = format!("{} {}", item.text, item.why);
        assert!(
            !said.chars().any(|c| c.is_ascii_digit()),
            "{}: {said}",
            item.key
        );
        for word in ["hours", "days", "one", "two", "three", "four", "five"] {
            let stated = format!(" {word} day");
            assert!(!said.contains(&stated), "{}: {said}", item.key);
        }
    }
}
