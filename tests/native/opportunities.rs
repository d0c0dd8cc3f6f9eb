//! The candidate's opportunities: adding, editing, status, archiving and the filtered list.

use crate::common::{at, edit_field, id, model_with};
use candor::domain::apply::update;
use candor::domain::model::UpdateError;
use candor::domain::msg::Msg;
use candor::domain::opportunity::{CloseReason, Field, OpportunityId, Status, StatusFilter};

#[test]
fn company_and_recruiter_are_enough_to_start() {
    let model = model_with(&[("Acme", "Dana Reyes")]);
    let added = model.opportunity(&id(1)).unwrap();
    assert_eq!(added.company, "Acme");
    assert_eq!(added.recruiter.name, "Dana Reyes");
    assert_eq!(added.status, Status::Call);
    assert!(!added.archived);
    assert_eq!(added.created_at, at(0));
    assert_eq!(added.updated_at, at(0));
}

#[test]
fn a_confidential_company_can_start_with_the_recruiter_alone() {
    let model = model_with(&[("", "Dana Reyes")]);
    let added = model.opportunity(&id(1)).unwrap();
    assert_eq!(added.title(), "Company not named yet");
}

#[test]
fn surrounding_spaces_are_trimmed_when_adding() {
    let model = model_with(&[("  Acme  ", " Dana ")]);
    let added = model.opportunity(&id(1)).unwrap();
    assert_eq!(
        (added.company.as_str(), added.recruiter.name.as_str()),
        ("Acme", "Dana")
    );
}

#[test]
fn adding_with_nothing_filled_in_is_refused() {
    let mut model = model_with(&[]);
    let msg = Msg::AddOpportunity {
        id: id(1),
        company: "   ".into(),
        recruiter_name: String::new(),
    };
    assert_eq!(
        update(&mut model, msg, at(0)),
        Err(UpdateError::NothingToStartWith)
    );
    assert!(model.opportunities.is_empty());
}

#[test]
fn an_id_in_use_is_never_reused() {
    let mut model = model_with(&[("Acme", "Dana")]);
    let msg = Msg::AddOpportunity {
        id: id(1),
        company: "Globex".into(),
        recruiter_name: "Sam".into(),
    };
    assert_eq!(
        update(&mut model, msg, at(5)),
        Err(UpdateError::DuplicateId(id(1)))
    );
    assert_eq!(model.opportunities.len(), 1);
    assert_eq!(model.opportunities[0].company, "Acme");
}

#[test]
fn every_field_can_be_edited_and_the_change_time_is_kept() {
    let mut model = model_with(&[("Acme", "Dana")]);
    let fields = Field::JOB
        .into_iter()
        .chain(Field::RECRUITER)
        .chain([Field::Notes]);
    for (minute, field) in (10..).zip(fields) {
        let value = format!("new {}", field.key());
        let msg = Msg::EditField {
            id: id(1),
            field,
            value: value.clone(),
        };
        update(&mut model, msg, at(minute)).unwrap();
        let edited = model.opportunity(&id(1)).unwrap();
        assert_eq!(edited.field(field), value);
        assert_eq!(edited.updated_at, at(minute));
    }
    let edited = model.opportunity(&id(1)).unwrap();
    assert_eq!(edited.recruiter.email, "new recruiter-email");
    assert_eq!(edited.job_details, "new job-details");
    assert_eq!(edited.created_at, at(0));
}

#[test]
fn an_edit_that_changes_nothing_keeps_the_change_time() {
    let mut model = model_with(&[("Acme", "Dana")]);
    let msg = Msg::EditField {
        id: id(1),
        field: Field::Company,
        value: "Acme".into(),
    };
    update(&mut model, msg, at(30)).unwrap();
    assert_eq!(model.opportunity(&id(1)).unwrap().updated_at, at(0));
}

#[test]
fn editing_a_missing_opportunity_is_an_error_and_changes_nothing() {
    let mut model = model_with(&[("Acme", "Dana")]);
    let before = model.clone();
    let msg = Msg::EditField {
        id: id(9),
        field: Field::Role,
        value: "Lead".into(),
    };
    assert_eq!(
        update(&mut model, msg, at(3)),
        Err(UpdateError::NotFound(id(9)))
    );
    assert_eq!(model, before);
}

#[test]
fn status_moves_through_the_stages_and_closes_with_a_reason() {
    let mut model = model_with(&[("Acme", "Dana")]);
    for (minute, status) in [
        (1, Status::Interviewing),
        (2, Status::Offer),
        (3, Status::Closed(CloseReason::Accepted)),
    ] {
        update(&mut model, Msg::SetStatus { id: id(1), status }, at(minute)).unwrap();
        assert_eq!(model.opportunity(&id(1)).unwrap().status, status);
    }
    assert_eq!(model.count(StatusFilter::Closed), 1);
}

#[test]
fn status_keys_round_trip_for_the_picker() {
    for status in Status::ALL {
        assert_eq!(Status::from_key(status.key()), Some(status));
    }
    assert_eq!(Status::from_key("hired"), None);
}

#[test]
fn archiving_hides_from_the_list_and_restoring_brings_it_back() {
    let mut model = model_with(&[("Acme", "Dana"), ("Globex", "Sam")]);
    update(&mut model, Msg::Archive(id(1)), at(10)).unwrap();
    let titles = |filter| model_titles(&model, filter);
    fn model_titles(model: &candor::domain::model::Model, filter: StatusFilter) -> Vec<String> {
        model
            .filtered(filter)
            .iter()
            .map(|o| o.company.clone())
            .collect()
    }
    assert_eq!(titles(StatusFilter::All), ["Globex"]);
    assert_eq!(titles(StatusFilter::Call), ["Globex"]);
    assert_eq!(titles(StatusFilter::Archived), ["Acme"]);

    update(&mut model, Msg::Restore(id(1)), at(11)).unwrap();
    assert_eq!(model_titles(&model, StatusFilter::All), ["Acme", "Globex"]);
    assert!(model_titles(&model, StatusFilter::Archived).is_empty());
}

#[test]
fn the_list_shows_the_most_recently_changed_first() {
    let mut model = model_with(&[("Acme", "Dana"), ("Globex", "Sam"), ("Initech", "Lee")]);
    let msg = Msg::EditField {
        id: id(1),
        field: Field::Role,
        value: "Lead".into(),
    };
    update(&mut model, msg, at(60)).unwrap();
    let order: Vec<&str> = model
        .filtered(StatusFilter::All)
        .iter()
        .map(|o| o.company.as_str())
        .collect();
    assert_eq!(order, ["Acme", "Initech", "Globex"]);
}

#[test]
fn each_filter_shows_exactly_its_stage() {
    let mut model = model_with(&[("A", "r"), ("B", "r"), ("C", "r"), ("D", "r")]);
    update(
        &mut model,
        Msg::SetStatus {
            id: id(2),
            status: Status::Interviewing,
        },
        at(9),
    )
    .unwrap();
    update(
        &mut model,
        Msg::SetStatus {
            id: id(3),
            status: Status::Offer,
        },
        at(9),
    )
    .unwrap();
    let closed = Status::Closed(CloseReason::NoReply);
    update(
        &mut model,
        Msg::SetStatus {
            id: id(4),
            status: closed,
        },
        at(9),
    )
    .unwrap();
    let counts: Vec<usize> = StatusFilter::ALL.iter().map(|f| model.count(*f)).collect();
    // All, Call, Interviewing, Offer, Closed, Archived
    assert_eq!(counts, [4, 1, 1, 1, 1, 0]);
}

#[test]
fn ids_from_random_bits_are_valid_and_distinct() {
    let a = OpportunityId::from_random(0);
    let b = OpportunityId::from_random(u64::MAX);
    assert_eq!(a.as_str(), "0000000000000000");
    assert_eq!(b.as_str(), "ffffffffffffffff");
    assert_eq!(OpportunityId::parse(a.as_str()), Some(a));
}

#[test]
fn ids_from_untrusted_text_must_look_like_ours() {
    for bad in ["", "ABC", "a b", "../x", "<script>", &"a".repeat(65), "é"] {
        assert_eq!(OpportunityId::parse(bad), None, "{bad:?} should be refused");
    }
    assert!(OpportunityId::parse("0f3a-77").is_some());
}

#[test]
fn a_list_row_shows_the_title_the_role_when_it_adds_something_and_the_recruiter() {
    let mut model = model_with(&[("Acme", "Dana Reyes"), ("Globex", "Sam")]);
    edit_field(&mut model, 1, Field::Role, "Staff engineer", 5);
    edit_field(&mut model, 1, Field::RecruiterAgency, "Northwind", 6);
    edit_field(&mut model, 2, Field::Company, "", 7);
    edit_field(&mut model, 2, Field::Role, "Platform lead", 7);
    edit_field(&mut model, 2, Field::RecruiterName, "", 7);
    let rows: Vec<_> = model.opportunities.iter().map(|o| o.list_row()).collect();
    assert_eq!(rows[0].title, "Acme");
    assert_eq!(rows[0].role.as_deref(), Some("Staff engineer"));
    assert_eq!(rows[0].recruiter.as_deref(), Some("Dana Reyes, Northwind"));
    // With no company, the role is the title, and is not repeated.
    assert_eq!(rows[1].title, "Platform lead");
    assert_eq!(rows[1].role, None);
    assert_eq!(rows[1].recruiter, None);
}

#[test]
fn deleting_removes_every_record_named_or_nothing() {
    let mut model = model_with(&[("Acme", "Dana"), ("Globex", "Sam"), ("Initech", "Lee")]);
    let before = model.clone();
    let refused = update(&mut model, Msg::Delete(vec![id(1), id(9)]), at(5));
    assert_eq!(refused, Err(UpdateError::NotFound(id(9))));
    assert_eq!(model, before);
    update(&mut model, Msg::Delete(vec![id(1), id(3)]), at(5)).unwrap();
    let left: Vec<_> = model
        .opportunities
        .iter()
        .map(|o| o.company.as_str())
        .collect();
    assert_eq!(left, ["Globex"]);
}

#[test]
fn typing_is_told_apart_from_taps() {
    use candor::domain::round::RoundChange;
    let typing = Msg::EditField {
        id: id(1),
        field: Field::Notes,
        value: "a".into(),
    };
    let debrief = Msg::EditRound {
        id: id(1),
        round: id(2),
        change: RoundChange::Briefing("b".into()),
    };
    assert!(typing.is_typing() && debrief.is_typing());
    let taps = [
        Msg::Archive(id(1)),
        Msg::SetStatus {
            id: id(1),
            status: Status::Offer,
        },
        Msg::EditRound {
            id: id(1),
            round: id(2),
            change: RoundChange::Interest(Some(4)),
        },
    ];
    assert!(taps.iter().all(|msg| !msg.is_typing()));
}
