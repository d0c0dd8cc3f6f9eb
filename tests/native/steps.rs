//! An opportunity's steps and their progress.

use crate::common::{add_round, at, edit, id, model_with};
use candor::domain::apply::update;
use candor::domain::msg::Msg;
use candor::domain::playbook::{built_in, Moment};
use candor::domain::round::RoundChange;
use candor::domain::steps::{current, steps};

#[test]
fn steps_run_call_then_each_round_interview_debrief_thank_you() {
    let mut model = model_with(&[("Acme", "Dana")]);
    for round in [50, 51] {
        update(
            &mut model,
            Msg::AddRound {
                id: id(1),
                round: id(round),
            },
            at(1),
        )
        .unwrap();
    }
    let titles: Vec<String> = steps(&model.opportunities[0], &built_in())
        .iter()
        .map(|s| s.title())
        .collect();
    assert_eq!(
        titles,
        [
            "Recruiter's call",
            "Round 1: Interview",
            "Round 1: Debrief",
            "Round 1: Thank-you",
            "Round 2: Interview",
            "Round 2: Debrief",
            "Round 2: Thank-you",
        ]
    );
}

#[test]
fn adding_a_round_moves_a_new_opportunity_to_interviewing() {
    let mut model = model_with(&[("Acme", "Dana")]);
    add_round(&mut model, at(1));
    assert_eq!(
        model.opportunities[0].status,
        candor::domain::opportunity::Status::Interviewing
    );
}

#[test]
fn the_current_step_is_the_first_not_complete() {
    let mut model = model_with(&[("Acme", "Dana")]);
    add_round(&mut model, at(1));
    let playbook = built_in();
    assert_eq!(current(&steps(&model.opportunities[0], &playbook)), Some(0));
    for item in playbook.items_for(Moment::Call) {
        let msg = Msg::Check {
            id: id(1),
            round: None,
            item: item.key.clone(),
            checked: true,
        };
        update(&mut model, msg, at(2)).unwrap();
    }
    let all = steps(&model.opportunities[0], &playbook);
    assert!(all[0].is_complete());
    assert_eq!(current(&all), Some(1));
}

#[test]
fn recorded_facts_count_as_done() {
    let mut model = model_with(&[("Acme", "Dana")]);
    add_round(&mut model, at(1));
    update(
        &mut model,
        edit(RoundChange::AddInterviewer {
            interviewer: id(60),
            name: "Ana".into(),
        }),
        at(1),
    )
    .unwrap();
    let progress = |model: &candor::domain::model::Model| {
        let all = steps(&model.opportunities[0], &built_in());
        (all[2].done, all[3].done)
    };
    assert_eq!(progress(&model), (0, 0));
    update(&mut model, edit(RoundChange::DebriefDone(true)), at(2)).unwrap();
    update(
        &mut model,
        edit(RoundChange::Thanked {
            interviewer: id(60),
            sent: true,
        }),
        at(2),
    )
    .unwrap();
    assert_eq!(progress(&model), (1, 1));
}

#[test]
fn unticking_removes_the_tick() {
    let mut model = model_with(&[("Acme", "Dana")]);
    let tick = |checked| Msg::Check {
        id: id(1),
        round: None,
        item: "call-pitch".into(),
        checked,
    };
    update(&mut model, tick(true), at(1)).unwrap();
    assert_eq!(steps(&model.opportunities[0], &built_in())[0].done, 1);
    update(&mut model, tick(false), at(2)).unwrap();
    assert_eq!(steps(&model.opportunities[0], &built_in())[0].done, 0);
}
