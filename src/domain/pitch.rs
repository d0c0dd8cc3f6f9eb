//! The candidate's own pitch, used to prefill the recruiter call card and notes.

use serde::Serialize;

/// What the candidate reminds a recruiter of: recruiters read many resumes and may not have
/// this one in front of them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Pitch {
    /// How the candidate signs notes.
    pub your_name: String,
    pub expertise: String,
    pub years_of_experience: String,
    pub top_skills: String,
    pub location: String,
    /// Whether a move is planned, where and when.
    pub relocation: String,
    /// The candidate's own e-mail or phone: a snapshot can carry it, for their coach to ask
    /// for a newer one. Not part of the pitch read to recruiters.
    pub contact: String,
}

/// The pitch's parts, for forms and edits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PitchField {
    YourName,
    Expertise,
    YearsOfExperience,
    TopSkills,
    Location,
    Relocation,
    Contact,
}

impl PitchField {
    /// The fields in form order.
    pub const ALL: [PitchField; 7] = [
        PitchField::YourName,
        PitchField::Expertise,
        PitchField::YearsOfExperience,
        PitchField::TopSkills,
        PitchField::Location,
        PitchField::Relocation,
        PitchField::Contact,
    ];

    /// Whether the field is part of the pitch read to a recruiter on a call.
    pub fn on_call_card(self) -> bool {
        self != PitchField::Contact
    }

    /// The field's label.
    pub fn label(self) -> &'static str {
        match self {
            PitchField::YourName => "Your name",
            PitchField::Expertise => "Your expertise",
            PitchField::YearsOfExperience => "Years of experience",
            PitchField::TopSkills => "Your top skills",
            PitchField::Location => "Where you live",
            PitchField::Relocation => "A move planned? Where and when",
            PitchField::Contact => "Your e-mail or phone, for your coach",
        }
    }

    /// A short stable key, used for element ids.
    pub fn key(self) -> &'static str {
        match self {
            PitchField::YourName => "name",
            PitchField::Expertise => "expertise",
            PitchField::YearsOfExperience => "years",
            PitchField::TopSkills => "top-skills",
            PitchField::Location => "home",
            PitchField::Relocation => "relocation",
            PitchField::Contact => "contact",
        }
    }
}

impl Pitch {
    /// The text of one field.
    pub fn field(&self, field: PitchField) -> &str {
        match field {
            PitchField::YourName => &self.your_name,
            PitchField::Expertise => &self.expertise,
            PitchField::YearsOfExperience => &self.years_of_experience,
            PitchField::TopSkills => &self.top_skills,
            PitchField::Location => &self.location,
            PitchField::Relocation => &self.relocation,
            PitchField::Contact => &self.contact,
        }
    }

    /// Replaces one field's text.
    pub fn set_field(&mut self, field: PitchField, value: String) {
        let slot = match field {
            PitchField::YourName => &mut self.your_name,
            PitchField::Expertise => &mut self.expertise,
            PitchField::YearsOfExperience => &mut self.years_of_experience,
            PitchField::TopSkills => &mut self.top_skills,
            PitchField::Location => &mut self.location,
            PitchField::Relocation => &mut self.relocation,
            PitchField::Contact => &mut self.contact,
        };
        *slot = value;
    }
}
