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
    /// Open to moving, and where.
    pub relocation: String,
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
}

impl PitchField {
    /// The fields in form order.
    pub const ALL: [PitchField; 6] = [
        PitchField::YourName,
        PitchField::Expertise,
        PitchField::YearsOfExperience,
        PitchField::TopSkills,
        PitchField::Location,
        PitchField::Relocation,
    ];

    /// The field's label.
    pub fn label(self) -> &'static str {
        match self {
            PitchField::YourName => "Your name",
            PitchField::Expertise => "Your expertise",
            PitchField::YearsOfExperience => "Years of experience",
            PitchField::TopSkills => "Your top skills",
            PitchField::Location => "Where you live",
            PitchField::Relocation => "Open to relocating?",
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
        };
        *slot = value;
    }
}
