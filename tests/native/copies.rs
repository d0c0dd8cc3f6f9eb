//! When Today suggests saving a copy of the search: after changes have gone 7 days without a
//! backup or transfer (3 in a Safari tab that is not installed), never more than once a week,
//! and never with nothing new to save.

use crate::common::{at, edit_field, model_with};
use candor::domain::copies::{changed_since, suggest_a_copy, ChangedSince, CopyState};
use candor::domain::model::Model;
use candor::domain::opportunity::Field;
use chrono::Duration;

fn days(n: i64) -> i64 {
    n * 24 * 60
}

#[test]
fn nothing_to_save_means_no_suggestion() {
    let state = CopyState::default();
    assert!(!suggest_a_copy(&Model::default(), state, at(days(30))));
}

#[test]
fn changes_never_copied_are_suggested_after_seven_days() {
    let model = model_with(&[("Acme", "Dana")]);
    let state = CopyState::default();
    assert!(!suggest_a_copy(&model, state, at(days(7) - 1)));
    assert!(suggest_a_copy(&model, state, at(days(7))));
}

#[test]
fn a_copy_restarts_the_wait_from_the_first_change_after_it() {
    let mut model = model_with(&[("Acme", "Dana"), ("Globex", "Sam")]);
    let state = CopyState {
        copied_at: Some(at(days(1))),
        ..CopyState::default()
    };
    // Nothing changed since the copy: however long, nothing to suggest.
    assert!(!suggest_a_copy(&model, state, at(days(40))));
    edit_field(&mut model, 2, Field::Notes, "after the copy", days(3));
    assert!(!suggest_a_copy(&model, state, at(days(10) - 1)));
    assert!(suggest_a_copy(&model, state, at(days(10))));
    assert_eq!(
        changed_since(&model, state.copied_at),
        ChangedSince {
            added: 0,
            changed: 1,
            board_cards: 0
        }
    );
    assert_eq!(changed_since(&model, None).added, 2);
}

#[test]
fn a_safari_tab_is_reminded_after_three_days() {
    let model = model_with(&[("Acme", "Dana")]);
    let state = CopyState {
        cleared_when_unused: true,
        ..CopyState::default()
    };
    assert!(!suggest_a_copy(&model, state, at(days(3) - 1)));
    assert!(suggest_a_copy(&model, state, at(days(3))));
}

#[test]
fn dismissed_it_stays_away_for_a_week() {
    let model = model_with(&[("Acme", "Dana")]);
    let dismissed = at(days(8));
    let state = CopyState {
        dismissed_at: Some(dismissed),
        ..CopyState::default()
    };
    assert!(!suggest_a_copy(
        &model,
        state,
        dismissed + Duration::days(6)
    ));
    assert!(suggest_a_copy(&model, state, dismissed + Duration::days(7)));
}
