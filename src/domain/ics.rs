//! Calendar files (RFC 5545) for an interview round or a dated action, with a reminder
//! alarm, that Google Calendar, Apple Calendar and Outlook import. Times are written in UTC,
//! lines end in CRLF, text is escaped and long lines are folded at 75 octets.

pub use super::content_line::{escape_text, fold};
use chrono::{DateTime, Utc};

/// One event to put in the candidate's calendar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalendarEvent {
    /// Unique and stable for this event, so importing it again updates it.
    pub uid: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub summary: String,
    pub description: String,
    pub location: String,
    /// How long before the start the reminder goes off.
    pub remind_minutes_before: u32,
}

/// A date-time in UTC form: `20260303T100000Z`.
pub fn utc_stamp(at: DateTime<Utc>) -> String {
    use chrono::{Datelike, Timelike};
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        at.year(),
        at.month(),
        at.day(),
        at.hour(),
        at.minute(),
        at.second()
    )
}

/// A calendar file holding `events`, stamped at `now`.
pub fn calendar(events: &[CalendarEvent], now: DateTime<Utc>) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Candor//Candor//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
    ];
    for event in events {
        lines.extend([
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{}", escape_text(&event.uid)),
            format!("DTSTAMP:{}", utc_stamp(now)),
            format!("DTSTART:{}", utc_stamp(event.starts_at)),
            format!("DTEND:{}", utc_stamp(event.ends_at.max(event.starts_at))),
            format!("SUMMARY:{}", escape_text(&event.summary)),
        ]);
        if !event.description.is_empty() {
            lines.push(format!("DESCRIPTION:{}", escape_text(&event.description)));
        }
        if !event.location.is_empty() {
            lines.push(format!("LOCATION:{}", escape_text(&event.location)));
        }
        lines.extend([
            "BEGIN:VALARM".to_owned(),
            "ACTION:DISPLAY".to_owned(),
            format!("DESCRIPTION:{}", escape_text(&event.summary)),
            format!("TRIGGER:-PT{}M", event.remind_minutes_before),
            "END:VALARM".to_owned(),
            "END:VEVENT".to_owned(),
        ]);
    }
    lines.push("END:VCALENDAR".to_owned());
    let mut out = String::new();
    for line in lines {
        out.push_str(&fold(&line));
        out.push_str("\r\n");
    }
    out
}

/// The calendar event of an interview round, once its start is known. It lasts until the
/// round's end (an hour if not given) and reminds an hour before.
pub fn round_event(
    opportunity: &super::opportunity::Opportunity,
    round: &super::round::Round,
) -> Option<CalendarEvent> {
    let starts_at = round.starts_at?;
    let number = opportunity
        .rounds
        .iter()
        .position(|r| r.id == round.id)
        .map_or(1, |n| n + 1);
    let mut description: Vec<String> = round
        .interviewers
        .iter()
        .map(|person| match person.title.trim() {
            "" => format!("Meeting {}", person.name.trim()),
            title => format!("Meeting {}, {title}", person.name.trim()),
        })
        .collect();
    if !round.briefing.trim().is_empty() {
        description.push(round.briefing.trim().to_owned());
    }
    description.push(match round.debrief_planned_at {
        Some(_) => format!(
            "Afterwards: call {} at the time you planned (the next event).",
            opportunity.recruiter_label()
        ),
        None => format!(
            "Afterwards: call {} the same day.",
            opportunity.recruiter_label()
        ),
    });
    Some(CalendarEvent {
        uid: format!("round-{}@candor", round.id),
        starts_at,
        ends_at: round
            .ends_at
            .filter(|end| *end > starts_at)
            .unwrap_or(starts_at + super::round::ASSUMED_LENGTH),
        summary: format!("Interview: {}, round {number}", opportunity.title()),
        description: description.join("\n"),
        location: round.place.trim().to_owned(),
        remind_minutes_before: 60,
    })
}

/// The debrief call planned after a round: a quarter of an hour at the planned time, with a
/// reminder when it starts. The round's calendar file carries it beside the interview.
pub fn debrief_event(
    opportunity: &super::opportunity::Opportunity,
    round: &super::round::Round,
) -> Option<CalendarEvent> {
    let starts_at = round.debrief_planned_at?;
    let number = opportunity
        .rounds
        .iter()
        .position(|r| r.id == round.id)
        .map_or(1, |n| n + 1);
    Some(CalendarEvent {
        uid: format!("debrief-{}@candor", round.id),
        starts_at,
        ends_at: starts_at + chrono::Duration::minutes(15),
        summary: format!(
            "Debrief call with {}: {}, round {number}",
            opportunity.recruiter_label(),
            opportunity.title()
        ),
        description: "How it went, what went well and badly, your interest and concerns; ask for the client's feedback and the next steps.".to_owned(),
        location: opportunity.recruiter.phone.trim().to_owned(),
        remind_minutes_before: 0,
    })
}

/// A calendar event for a dated action: half an hour ending at its deadline, with a
/// reminder when it starts.
pub fn action_event(action: &super::due::Action, opportunity_title: &str) -> CalendarEvent {
    CalendarEvent {
        uid: format!("{}-{}@candor", action.opportunity, action.key),
        starts_at: action.due_at - chrono::Duration::minutes(30),
        ends_at: action.due_at,
        summary: format!("{} ({opportunity_title})", action.title),
        description: action.why.clone(),
        location: String::new(),
        remind_minutes_before: 0,
    }
}
