//! A person's profile as the browser keeps it: experience, education, credentials held, and
//! the evidence gathered per skill (self-ratings and knowledge-check answers).
//!
//! The profile is stored under a schema version; [`Profile::from_json`] migrates older versions
//! and refuses damaged records with a reason, so the app can keep them as a backup instead of
//! losing them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::model::{Degree, Id};
use crate::vocabulary::vocabulary;

/// The current schema version of stored profiles.
pub const PROFILE_VERSION: u32 = 2;

/// The largest profile accepted from an import or storage, in bytes of JSON.
pub const MAX_PROFILE_BYTES: usize = 512 * 1024;

vocabulary! {
    /// What field a degree is in, as far as qualification rules care.
    #[derive(Default)]
    pub enum DegreeField {
        /// Cybersecurity, information technology or computer science.
        Cyber = "cyber", "Cybersecurity, IT or computer science";
        /// Health informatics or health information management.
        Health = "health", "Health informatics or health information management";
        /// Any other field.
        #[default]
        Other = "other", "Another field";
    }
}

/// The person's education.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Education {
    /// The highest degree held.
    pub degree: Degree,
    /// Its field.
    #[serde(default)]
    pub field: DegreeField,
    /// Whether it is from an NCAE-C designated institution.
    #[serde(default)]
    pub cae: bool,
}

impl Default for Education {
    fn default() -> Self {
        Education {
            degree: Degree::HighSchool,
            field: DegreeField::Other,
            cae: false,
        }
    }
}

/// Years of experience.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Experience {
    /// Years of relevant paid work (IT, security, privacy, health information).
    pub total_years: f32,
    /// Years of it in the health-care industry.
    #[serde(default)]
    pub healthcare_years: f32,
    /// Years of it managing security or privacy work.
    #[serde(default)]
    pub management_years: f32,
    /// Years by security domain (free keys such as `security-operations`).
    #[serde(default)]
    pub by_domain: BTreeMap<String, f32>,
}

/// A credential the person holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HeldCredential {
    /// The credential's id.
    pub id: Id,
    /// When it was earned, if the person said.
    #[serde(default)]
    pub earned: Option<Date>,
}

/// One knowledge-check answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// The item's id.
    pub item: String,
    /// The item's level (1–4), kept so results survive content changes.
    pub level: u8,
    /// The option chosen.
    pub chosen: u8,
    /// Whether it was right.
    pub correct: bool,
}

/// The evidence for one skill.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SkillEvidence {
    /// The person's own rating against the level descriptors: 0 (none yet) to 4.
    #[serde(default)]
    pub self_rating: Option<u8>,
    /// Knowledge-check answers, in order.
    #[serde(default)]
    pub answers: Vec<Answer>,
    /// Whether the person chose to skip the remaining knowledge checks.
    #[serde(default)]
    pub skipped: bool,
}

/// Everything the person has told the portal.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// Experience.
    #[serde(default)]
    pub experience: Experience,
    /// Education.
    #[serde(default)]
    pub education: Education,
    /// Credentials held.
    #[serde(default)]
    pub credentials: Vec<HeldCredential>,
    /// Evidence per skill id.
    #[serde(default)]
    pub skills: BTreeMap<Id, SkillEvidence>,
    /// The roles the person is assessing against, most recent first.
    #[serde(default)]
    pub targets: Vec<Id>,
}

/// A stored profile: the schema version and the data.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stored {
    /// The schema version.
    pub version: u32,
    /// The profile.
    pub profile: Profile,
}

/// The fewest years of experience a profile can hold.
pub const MIN_YEARS: f32 = 0.0;
/// The most years of experience a profile can hold (each of total, health-care and management
/// years); the profile form uses it as its inputs' `max`.
pub const MAX_YEARS: f32 = 70.0;

/// Years in one exam domain as typed into the profile form: `Ok(None)` for an empty field (the
/// person has not said), `Ok(Some(years))`, or why the value cannot be saved (not a number,
/// outside [`MIN_YEARS`]–[`MAX_YEARS`], more than the total years).
pub fn domain_years(text: &str, total_years: f32) -> Result<Option<f32>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    match crate::format::parse_f32(text).ok_or(()) {
        Err(_) => Err("Enter a number of years, such as 2 or 3.5, or leave it empty.".to_owned()),
        Ok(v) if !(MIN_YEARS..=MAX_YEARS).contains(&v) => Err(format!(
            "Enter a number from {} to {}.",
            crate::format::plain(MIN_YEARS),
            crate::format::plain(MAX_YEARS)
        )),
        Ok(v) if v > total_years => {
            Err("Years in a domain cannot be more than your total years.".to_owned())
        }
        Ok(v) => Ok(Some(v)),
    }
}

/// Why a stored or imported profile could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ProfileError {
    /// Larger than [`MAX_PROFILE_BYTES`].
    #[error("the file is {} KB; a profile is at most {} KB", .0 / 1024, MAX_PROFILE_BYTES / 1024)]
    TooLarge(usize),
    /// Not JSON.
    #[error("it is not a JSON file ({0})")]
    NotJson(String),
    /// JSON, but not a profile (the reason names the field).
    #[error("it is not a Health Cyber Pathways profile ({0})")]
    NotAProfile(String),
    /// Saved by a newer version of the portal.
    #[error(
        "it was saved by a newer version of the portal (schema {0}; this one reads up to {max}); reload the page to update",
        max = PROFILE_VERSION
    )]
    FromTheFuture(u32),
    /// Values that make no sense (negative years, levels out of range).
    #[error("it holds values that cannot be right: {0}")]
    Invalid(String),
}

/// Version 1 profiles (before per-domain experience and the CAE flag) kept experience as two
/// numbers and credentials as a list of ids.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProfileV1 {
    #[serde(default)]
    years: f32,
    #[serde(default)]
    healthcare_years: f32,
    #[serde(default)]
    degree: Option<Degree>,
    #[serde(default)]
    credentials: Vec<Id>,
    #[serde(default)]
    skills: BTreeMap<Id, SkillEvidence>,
    #[serde(default)]
    targets: Vec<Id>,
}

impl From<ProfileV1> for Profile {
    fn from(v1: ProfileV1) -> Profile {
        Profile {
            experience: Experience {
                total_years: v1.years,
                healthcare_years: v1.healthcare_years,
                ..Experience::default()
            },
            education: Education {
                degree: v1.degree.unwrap_or(Degree::HighSchool),
                ..Education::default()
            },
            credentials: v1
                .credentials
                .into_iter()
                .map(|id| HeldCredential { id, earned: None })
                .collect(),
            skills: v1.skills,
            targets: v1.targets,
        }
    }
}

/// A JSON error's message without its position (` at line 1 column 9`), which points into
/// the re-written record rather than the one read.
fn without_position(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let position = format!(" at line {} column {}", e.line(), e.column());
    match text.strip_suffix(&position) {
        Some(message) if e.line() > 0 => message.to_owned(),
        _ => text,
    }
}

impl Profile {
    /// The profile as stored (current version).
    pub fn to_json(&self) -> String {
        serde_json::to_string(&Stored {
            version: PROFILE_VERSION,
            profile: self.clone(),
        })
        .unwrap_or_default()
    }

    /// Reads a stored or exported profile of any known version, migrating it to the current one.
    pub fn from_json(text: &str) -> Result<Profile, ProfileError> {
        if text.len() > MAX_PROFILE_BYTES {
            return Err(ProfileError::TooLarge(text.len()));
        }
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| ProfileError::NotJson(e.to_string()))?;
        let version = value
            .get("version")
            .and_then(serde_json::Value::as_u64)
            .ok_or_else(|| ProfileError::NotAProfile("it has no `version`".into()))?;
        let version = u32::try_from(version).map_err(|_| ProfileError::FromTheFuture(u32::MAX))?;
        let data = value
            .get("profile")
            .cloned()
            .ok_or_else(|| ProfileError::NotAProfile("it has no `profile`".into()))?;
        // Read from the record's own JSON again rather than from the `Value`: the app already
        // reads profiles from JSON text (share links), and a second decoder for every profile
        // type over `Value` costs the tools' WebAssembly about 5 KB brotli (SIZE-REPORT.md).
        let data = serde_json::to_vec(&data).unwrap_or_default();
        let profile = match version {
            1 => serde_json::from_slice::<ProfileV1>(&data).map(Profile::from),
            PROFILE_VERSION => serde_json::from_slice::<Profile>(&data),
            v if v > PROFILE_VERSION => return Err(ProfileError::FromTheFuture(v)),
            v => return Err(ProfileError::NotAProfile(format!("unknown version {v}"))),
        }
        .map_err(|e| ProfileError::NotAProfile(without_position(&e)))?;
        profile.validate()?;
        Ok(profile)
    }

    /// Checks values a damaged or hand-edited record could get wrong.
    pub fn validate(&self) -> Result<(), ProfileError> {
        let e = &self.experience;
        for (what, years) in [
            ("total experience", e.total_years),
            ("health-care experience", e.healthcare_years),
            ("management experience", e.management_years),
        ] {
            if !(MIN_YEARS..=MAX_YEARS).contains(&years) || years.is_nan() {
                return Err(ProfileError::Invalid(format!(
                    "{what} of {} years",
                    crate::format::plain(years)
                )));
            }
        }
        if e.healthcare_years > e.total_years + 0.001 {
            return Err(ProfileError::Invalid(
                "more years in health care than in total".into(),
            ));
        }
        if e.by_domain.len() > MAX_KEYS {
            return Err(ProfileError::Invalid(format!(
                "experience in {} domains",
                e.by_domain.len()
            )));
        }
        for (domain, years) in &e.by_domain {
            id_ok("domain", domain)?;
            if !(MIN_YEARS..=MAX_YEARS).contains(years) || years.is_nan() {
                return Err(ProfileError::Invalid(format!(
                    "{} years in the `{}` domain",
                    crate::format::plain(*years),
                    crate::text::bounded(domain, 40)
                )));
            }
        }
        if self.skills.len() > MAX_KEYS
            || self.credentials.len() > MAX_KEYS
            || self.targets.len() > MAX_KEYS
        {
            return Err(ProfileError::Invalid(
                "more skills, credentials or roles than the catalog has".into(),
            ));
        }
        for id in self
            .credentials
            .iter()
            .map(|c| c.id.as_str())
            .chain(self.skills.keys().map(String::as_str))
            .chain(self.targets.iter().map(String::as_str))
        {
            id_ok("id", id)?;
        }
        for (skill, ev) in &self.skills {
            if ev.self_rating.is_some_and(|r| r > 4) {
                return Err(ProfileError::Invalid(format!(
                    "a self-rating above 4 for `{skill}`"
                )));
            }
            if ev.answers.iter().any(|a| !(1..=4).contains(&a.level)) {
                return Err(ProfileError::Invalid(format!(
                    "an answer at a level outside 1–4 for `{skill}`"
                )));
            }
            if ev.answers.len() > 200 {
                return Err(ProfileError::Invalid(format!(
                    "{} answers for `{skill}`",
                    ev.answers.len()
                )));
            }
        }
        Ok(())
    }

    /// Whether the person holds a credential.
    pub fn holds(&self, credential: &str) -> bool {
        self.credentials.iter().any(|c| c.id == credential)
    }
}

/// The most entries a profile may hold in one list or map (skills, credentials, roles, domains):
/// far above the catalog's size, so only a crafted record reaches it.
pub const MAX_KEYS: usize = 500;

/// An id or key from a record or a link: lowercase letters, digits and single hyphens, at most
/// 64 characters (the form every catalog id takes).
fn id_ok(what: &str, id: &str) -> Result<(), ProfileError> {
    let shaped = !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--");
    if shaped {
        Ok(())
    } else {
        Err(ProfileError::Invalid(format!(
            "a {what} that is not an id: `{}`",
            crate::text::bounded(id, 40)
        )))
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn domain_years_are_empty_a_number_within_the_total_or_explained() {
        assert_eq!(domain_years("  ", 5.0), Ok(None));
        assert_eq!(domain_years("2.5", 5.0), Ok(Some(2.5)));
        assert_eq!(domain_years("5", 5.0), Ok(Some(5.0)));
        assert_eq!(
            domain_years("9", 6.0),
            Err("Years in a domain cannot be more than your total years.".to_owned())
        );
        assert_eq!(
            domain_years("-1", 6.0),
            Err("Enter a number from 0 to 70.".to_owned())
        );
        assert!(domain_years("NaN", 6.0).is_err());
        assert!(domain_years("two", 6.0).is_err_and(|e| e.contains("leave it empty")));
    }
    use super::*;

    #[test]
    fn crafted_keys_and_values_are_refused_with_a_bounded_reason() {
        let mut p = Profile::default();
        p.experience.total_years = 5.0;
        p.experience
            .by_domain
            .insert("security-operations".into(), 2.0);
        assert!(p.validate().is_ok());
        p.experience
            .by_domain
            .insert("asset-security".into(), f32::INFINITY);
        assert!(
            p.validate().is_err(),
            "an infinite value (1e39 in JSON) is refused"
        );
        p.experience.by_domain.remove("asset-security");
        p.experience.by_domain.insert("x".repeat(10_000), 1.0);
        let why = p.validate().expect_err("a long key").to_string();
        assert!(
            why.len() < 200,
            "the message does not echo the whole key: {why}"
        );
        p.experience.by_domain.clear();
        p.skills.insert("<script>".into(), SkillEvidence::default());
        assert!(p.validate().is_err());
        p.skills.clear();
        p.targets = (0..=MAX_KEYS).map(|i| format!("role-{i}")).collect();
        assert!(p.validate().is_err());
    }

    #[test]
    fn a_profile_round_trips() {
        let mut p = Profile::default();
        p.experience.total_years = 3.0;
        p.credentials.push(HeldCredential {
            id: "security-plus".into(),
            earned: Some("2025-06-01".parse().expect("date")),
        });
        p.skills.insert(
            "log-analysis".into(),
            SkillEvidence {
                self_rating: Some(2),
                answers: vec![Answer {
                    item: "log-analysis-1".into(),
                    level: 1,
                    chosen: 0,
                    correct: true,
                }],
                skipped: false,
            },
        );
        assert_eq!(Profile::from_json(&p.to_json()), Ok(p));
    }

    #[test]
    fn version_1_is_migrated() {
        let v1 = r#"{"version":1,"profile":{"years":4,"healthcare_years":1,"degree":"bachelor","credentials":["cc"],"targets":["soc-analyst"]}}"#;
        let p = Profile::from_json(v1).expect("migrates");
        assert_eq!(p.experience.total_years, 4.0);
        assert_eq!(p.education.degree, Degree::Bachelor);
        assert!(p.holds("cc"));
        assert_eq!(p.targets, ["soc-analyst"]);
    }

    #[test]
    fn damaged_records_are_refused_with_a_reason() {
        assert!(matches!(
            Profile::from_json("{not json"),
            Err(ProfileError::NotJson(_))
        ));
        assert!(matches!(
            Profile::from_json("{\"profile\":{}}"),
            Err(ProfileError::NotAProfile(_))
        ));
        assert_eq!(
            Profile::from_json("{\"version\":9,\"profile\":{}}"),
            Err(ProfileError::FromTheFuture(9))
        );
        assert!(matches!(
            Profile::from_json("{\"version\":2,\"profile\":{\"experience\":{\"total_years\":-3}}}"),
            Err(ProfileError::Invalid(_))
        ));
        assert!(matches!(
            Profile::from_json("{\"version\":2,\"profile\":{\"colour\":\"red\"}}"),
            Err(ProfileError::NotAProfile(_))
        ));
        let huge = format!(
            "{{\"version\":2,\"profile\":{{}},\"pad\":\"{}\"}}",
            "x".repeat(MAX_PROFILE_BYTES)
        );
        assert!(matches!(
            Profile::from_json(&huge),
            Err(ProfileError::TooLarge(_))
        ));
    }

    #[test]
    fn records_read_as_they_were_read_through_a_json_value() {
        // The former reading: the `profile` object decoded from the parsed `Value`.
        let former = |text: &str| -> Result<Profile, String> {
            let value: serde_json::Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
            let data = value.get("profile").cloned().unwrap_or_default();
            match value.get("version").and_then(serde_json::Value::as_u64) {
                Some(1) => serde_json::from_value::<ProfileV1>(data).map(Profile::from),
                _ => serde_json::from_value::<Profile>(data),
            }
            .map_err(|e| e.to_string())
        };
        for text in [
            r#"{"version":2,"profile":{"colour":"red"}}"#,
            r#"{"version":2,"profile":{"experience":{"total_years":"three"}}}"#,
            r#"{"version":2,"profile":{"experience":{"total_years":2.5,"total_years":3}}}"#,
            r#"{"version":2,"profile":{"education":{"degree":"wizard"}}}"#,
            r#"{"version":2,"profile":{"credentials":[{"id":"cc","earned":"2026-02-30"}]}}"#,
            r#"{"version":2,"profile":{"skills":{"log-analysis":{"self_rating":"x"}}}}"#,
            r#"{"version":2,"profile":[]}"#,
            r#"{"version":1,"profile":{"years":"4"}}"#,
            r#"{"version":1,"profile":{"years":4,"colour":1}}"#,
            r#"{"version":2,"profile":{"experience":{"total_years":0.30000000000000004,"healthcare_years":1e-7}}}"#,
            r#"{"version":1,"profile":{"years":4,"healthcare_years":1,"degree":"bachelor","credentials":["cc"]}}"#,
        ] {
            let now = match Profile::from_json(text) {
                Ok(p) => Ok(p),
                Err(ProfileError::NotAProfile(e)) => Err(e),
                Err(ProfileError::Invalid(_)) => continue,
                Err(e) => panic!("{text}: {e}"),
            };
            assert_eq!(now, former(text), "{text}");
        }
    }

    #[test]
    fn years_are_accepted_up_to_the_bound_and_refused_past_it() {
        let with = |total: f32, healthcare: f32| {
            let mut p = Profile::default();
            p.experience.total_years = total;
            p.experience.healthcare_years = healthcare;
            p.validate()
        };
        assert_eq!(with(MIN_YEARS, MIN_YEARS), Ok(()));
        assert_eq!(with(MAX_YEARS, MAX_YEARS), Ok(()));
        assert!(matches!(
            with(MAX_YEARS + 0.5, 0.0),
            Err(ProfileError::Invalid(_))
        ));
        assert!(matches!(
            with(MIN_YEARS - 0.5, 0.0),
            Err(ProfileError::Invalid(_))
        ));
        assert!(matches!(with(f32::NAN, 0.0), Err(ProfileError::Invalid(_))));
    }

    #[test]
    fn errors_read_as_sentences() {
        assert_eq!(
            ProfileError::TooLarge(600 * 1024).to_string(),
            "the file is 600 KB; a profile is at most 512 KB"
        );
        assert_eq!(
            ProfileError::FromTheFuture(9).to_string(),
            "it was saved by a newer version of the portal (schema 9; this one reads up to 2); reload the page to update"
        );
        assert_eq!(
            ProfileError::Invalid("more years in health care than in total".into()).to_string(),
            "it holds values that cannot be right: more years in health care than in total"
        );
        let e: &dyn std::error::Error = &ProfileError::NotJson("eof".into());
        assert_eq!(e.to_string(), "it is not a JSON file (eof)");
    }
}
