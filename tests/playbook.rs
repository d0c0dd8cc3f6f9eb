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
