//! What the composer writes from: the facts a note is drafted from, its heading and subject,
//! and where each missing fact is read and written.

use crate::common::{add_round, at, edit_field, id, model_with};
use candor::domain::apply::update;
use candor::domain::compose::{first_detail, heading, subject};
use candor::domain::model::Model;
use candor::domain::msg::Msg;
use candor::domain::note::{Missing, NoteFacts};
use candor::domain::opportunity::Field;
use candor::domain::round::RoundChange;

fn with_interviewer() -> Model {
    let mut model = model_with(&[("Acme", "Dana Reyes")]);
    add_round(&mut model, at(0));
    let add = RoundChange::AddInterviewer {
        interviewer: id(60),
        name: "Ana Ruiz".into(),
    };
    update(
        &mut model,
        Msg::EditRound {
            id: id(1),
            round: id(50),
            change: add,
        },
        at(0),
    )
    .unwrap();
    model
}

#[test]
fn a_note_is_drafted_from_the_interviewer_or_the_recruiter_the_job_and_the_pitch() {
    let mut model = with_interviewer();
    edit_field(
        &mut model,
        1,
        Field::JobDetails,
        "\n  Ships a planner in Rust\nOn call",
        1,
    );
    edit_field(&mut model, 1, Field::Role, "Staff engineer", 1);
    model.pitch.top_skills = "Rust, Postgres".into();
    model.pitch.your_name = "Sam Lee".into();
    let o = &model.opportunities[0];
    let round = o.round(&id(50)).unwrap();
    let thanks = NoteFacts::gather(&model.pitch, o, round, Some(&id(60)));
    assert_eq!(thanks.to_name, "Ana Ruiz");
    assert_eq!(thanks.job_detail, "Ships a planner in Rust");
    assert_eq!(first_detail(o), "Ships a planner in Rust");
    assert_eq!(
        (thanks.top_skills.as_str(), thanks.your_name.as_str()),
        ("Rust, Postgres", "Sam Lee")
    );
    let follow_up = NoteFacts::gather(&model.pitch, o, round, None);
    assert_eq!(follow_up.to_name, "Dana Reyes");
    // An interviewer removed meanwhile: no name rather than the recruiter's.
    assert_eq!(
        NoteFacts::gather(&model.pitch, o, round, Some(&id(99))).to_name,
        ""
    );
    assert_eq!(subject(o, true), "Thank you: Staff engineer");
    assert_eq!(subject(o, false), "Following up: Staff engineer");
    assert_eq!(heading(true, " Ana Ruiz "), "Thank-you note to Ana Ruiz");
    assert_eq!(heading(false, ""), "Follow-up to the recruiter");
}

#[test]
fn each_missing_fact_is_written_where_it_lives_and_read_back_from_there() {
    let cases = [
        (Missing::Name, Some(id(60))),
        (Missing::Name, None),
        (Missing::Company, None),
        (Missing::JobDetail, Some(id(60))),
        (Missing::TopSkills, None),
        (Missing::YourName, Some(id(60))),
    ];
    for (missing, interviewer) in cases {
        let mut model = with_interviewer();
        let msg = missing.edit(&id(1), &id(50), interviewer.as_ref(), "Written here".into());
        update(&mut model, msg, at(5)).unwrap();
        assert_eq!(
            missing.value(&model, &id(1), &id(50), interviewer.as_ref()),
            "Written here",
            "{missing:?}"
        );
    }
    // The interviewer's name is the interviewer's, not the recruiter's.
    let mut model = with_interviewer();
    let msg = Missing::Name.edit(&id(1), &id(50), Some(&id(60)), "Ana R.".into());
    update(&mut model, msg, at(5)).unwrap();
    assert_eq!(model.opportunities[0].recruiter.name, "Dana Reyes");
}
