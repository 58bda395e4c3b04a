//! Share links: results carried in the URL fragment (after `#`, which browsers never send to a
//! server), compressed, versioned and validated.
//!
//! A link's fragment is `r=<version>.<base64url(deflate(JSON))>`. Decoding checks the version,
//! the size before and after decompression, and the payload's values, so a tampered or
//! truncated link gives a clear error and never touches the person's own saved data.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::{Deserialize, Serialize};

use crate::profile::{Profile, ProfileError};

/// The version written into new links.
pub const SHARE_VERSION: u32 = 1;
/// The profile schema ([`crate::profile::PROFILE_VERSION`]) that links of [`SHARE_VERSION`]
/// carry, field for field. Links hold the profile without its version, so a schema change must
/// come with a new link version (and decoding of the old one): a test ties the two.
pub const SHARE_PROFILE_SCHEMA: u32 = 2;
/// The longest fragment accepted, in characters.
pub const MAX_LINK_CHARS: usize = 64 * 1024;
/// The largest payload accepted after decompression, in bytes.
pub const MAX_PAYLOAD_BYTES: usize = 256 * 1024;

/// What a results link carries: the role and the profile it was assessed with.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SharedResults {
    /// The role's id.
    pub role: String,
    /// The profile (experience, education, credentials, skill evidence).
    pub profile: Profile,
}

/// Why a share link could not be opened.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ShareError {
    /// The link has no results in it.
    #[error("the link has no results in it")]
    Missing,
    /// Too long to be one of ours.
    #[error("the link is longer than any results link this portal makes")]
    TooLong,
    /// Made by a newer version of the portal.
    #[error("the link was made by a different version of the portal (format {0})")]
    UnknownVersion(String),
    /// The text was cut or changed: it does not decode.
    #[error("the link is incomplete or was changed ({0}); ask for the link again")]
    Damaged(&'static str),
    /// It decodes, but the results inside make no sense.
    #[error("the results in the link are not valid: {0}")]
    Invalid(String),
}

/// What a plan link carries: the role, the constraints and the profile it was planned with.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SharedPlan {
    /// The role's id: a catalog role, or [`CUSTOM_ROLE_ID`] with `custom_role`.
    pub role: String,
    /// The constraints.
    pub constraints: crate::planner::Constraints,
    /// The profile.
    pub profile: Profile,
    /// A role that is not in the catalog (for example one a hiring manager defined), carried
    /// in the link itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_role: Option<CustomRole>,
}

/// The id a custom role takes in a plan.
pub const CUSTOM_ROLE_ID: &str = "custom-role";

/// A role defined outside the catalog: its title, skills with target levels, the credentials
/// any one of which qualifies, and the years of experience it asks for.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CustomRole {
    /// The title.
    pub title: String,
    /// Skills with target levels (catalog skill ids).
    pub skills: Vec<crate::model::SkillTarget>,
    /// Credentials, any one of which qualifies (catalog credential ids); none: no qualification.
    #[serde(default)]
    pub credentials: Vec<crate::model::Id>,
    /// The fewest years of experience asked for.
    #[serde(default)]
    pub min_years: f32,
}

/// Why a custom role cannot be planned.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CustomRoleError {
    /// No title, or a title longer than 120 characters.
    #[error("the custom role needs a title of at most 120 characters")]
    Title,
    /// A title holding a line break, another control character or a bidirectional override.
    #[error(
        "the custom role's title holds a line break, a control character or a text-direction override; type it again on one line"
    )]
    TitleCharacters,
    /// No skills, or more than 40.
    #[error("the custom role needs 1 to 40 skills")]
    SkillCount,
    /// A skill id that is not a well-formed id.
    #[error("the custom role names a skill id that is not valid")]
    SkillId,
    /// A skill level outside 1–4.
    #[error("the custom role asks for level {0} of a skill; levels run from 1 to 4")]
    Level(u8),
    /// More than 40 credentials, or one that is not a well-formed id.
    #[error("the custom role's credentials are not valid ids")]
    Credentials,
    /// Years of experience outside 0–50.
    #[error("the custom role asks for years of experience that cannot be right")]
    Years,
    /// It asks for skills the catalog does not have (their ids, in the role's order).
    #[error("the role asks for skills this catalog does not have: {}", .0.join(", "))]
    UnknownSkills(Vec<crate::model::Id>),
}

impl CustomRole {
    /// Checks the role against the catalog it will be planned with: every skill it asks for
    /// must be one the catalog names. A link made by another version of the portal can name
    /// skills this catalog does not have; they are refused, and named, rather than skipped.
    pub fn check_against(
        &self,
        bundle: &crate::bundle::PlannerBundle,
    ) -> Result<(), CustomRoleError> {
        let unknown: Vec<crate::model::Id> = self
            .skills
            .iter()
            .map(|t| &t.skill)
            .filter(|id| !bundle.skill_names.contains_key(*id))
            .cloned()
            .collect();
        if unknown.is_empty() {
            Ok(())
        } else {
            Err(CustomRoleError::UnknownSkills(unknown))
        }
    }

    /// Checks what can be checked without the catalog: a title, 1–40 skills at levels 1–4,
    /// well-formed ids and sensible years.
    pub fn validate(&self) -> Result<(), CustomRoleError> {
        let title = self.title.trim();
        if title.is_empty() || title.chars().count() > 120 {
            return Err(CustomRoleError::Title);
        }
        if crate::text::forbidden_char(title).is_some() {
            return Err(CustomRoleError::TitleCharacters);
        }
        if self.skills.is_empty() || self.skills.len() > 40 {
            return Err(CustomRoleError::SkillCount);
        }
        for t in &self.skills {
            if !crate::site::is_valid_id(&t.skill) {
                return Err(CustomRoleError::SkillId);
            }
            if !(1..=4).contains(&t.level) {
                return Err(CustomRoleError::Level(t.level));
            }
        }
        if self.credentials.len() > 40
            || !self.credentials.iter().all(|c| crate::site::is_valid_id(c))
        {
            return Err(CustomRoleError::Credentials);
        }
        if !(0.0..=50.0).contains(&self.min_years) {
            return Err(CustomRoleError::Years);
        }
        Ok(())
    }

    /// The role the planner works with.
    pub fn to_role(&self, today: crate::date::Date) -> crate::model::Role {
        use crate::model::{Experience, Family, Proficiency, QualificationGroup, Role, Stage};
        Role {
            title: self.title.trim().to_owned(),
            aliases: vec![],
            summary: String::new(),
            stage: Stage::Mid,
            family: Family::Operations,
            nice_work_roles: vec![],
            dcwf_codes: vec![],
            hicp_practices: vec![],
            hicp_threats: vec![],
            org_types: vec![],
            org_sizes: vec![],
            skills: self.skills.clone(),
            qualifications: if self.credentials.is_empty() {
                vec![]
            } else {
                vec![QualificationGroup {
                    proficiency: Proficiency::Intermediate,
                    credentials: self.credentials.clone(),
                    education: vec![],
                    programs: vec![],
                    note: None,
                }]
            },
            experience: Experience {
                min_years: self.min_years,
                typical_years: self.min_years,
                healthcare_years: 0.0,
                note: String::new(),
            },
            feeder_roles: vec![],
            next_roles: vec![],
            sources: vec![],
            verified: today,
        }
    }
}

pub(crate) fn pack<T: Serialize>(key: &str, value: &T) -> String {
    let json = serde_json::to_vec(value).unwrap_or_default();
    let packed = miniz_oxide::deflate::compress_to_vec(&json, 9);
    format!("{key}={SHARE_VERSION}.{}", URL_SAFE_NO_PAD.encode(packed))
}

pub(crate) fn unpack<T: serde::de::DeserializeOwned>(
    key: &str,
    fragment: &str,
) -> Result<T, ShareError> {
    let fragment = fragment.trim_start_matches('#');
    if fragment.len() > MAX_LINK_CHARS {
        return Err(ShareError::TooLong);
    }
    let prefix = format!("{key}=");
    let value = fragment
        .split('&')
        .find_map(|part| part.strip_prefix(prefix.as_str()))
        .ok_or(ShareError::Missing)?;
    let (version, data) = value
        .split_once('.')
        .ok_or(ShareError::Damaged("no version"))?;
    if version != SHARE_VERSION.to_string() {
        return Err(ShareError::UnknownVersion(
            version.chars().take(8).collect(),
        ));
    }
    let packed = URL_SAFE_NO_PAD
        .decode(data)
        .map_err(|_| ShareError::Damaged("not base64url"))?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_PAYLOAD_BYTES)
        .map_err(|_| ShareError::Damaged("does not decompress"))?;
    serde_json::from_slice(&json).map_err(|_| ShareError::Damaged("not what the link should hold"))
}

fn check(role: &str, profile: &Profile) -> Result<(), ShareError> {
    if !crate::site::is_valid_id(role) {
        return Err(ShareError::Invalid(format!(
            "`{}` is not a role id",
            role.chars().take(40).collect::<String>()
        )));
    }
    profile.validate().map_err(|e| match e {
        ProfileError::Invalid(why) => ShareError::Invalid(why),
        other => ShareError::Invalid(other.to_string()),
    })
}

/// Encodes a plan for a link fragment (`p=…`).
pub fn encode_plan(plan: &SharedPlan) -> String {
    pack("p", plan)
}

/// Decodes a plan link fragment.
pub fn decode_plan(fragment: &str) -> Result<SharedPlan, ShareError> {
    let plan: SharedPlan = unpack("p", fragment)?;
    check(&plan.role, &plan.profile)?;
    if let Some(custom) = &plan.custom_role {
        custom
            .validate()
            .map_err(|e| ShareError::Invalid(e.to_string()))?;
        if plan.role != CUSTOM_ROLE_ID {
            return Err(ShareError::Invalid(
                "a custom role must be the plan's target".into(),
            ));
        }
    }
    let c = &plan.constraints;
    if !(0.0..=1e7).contains(&c.budget_usd) || !(0.0..=168.0).contains(&c.hours_per_week) {
        return Err(ShareError::Invalid(
            "a budget or hours a week that cannot be right".into(),
        ));
    }
    Ok(plan)
}

/// Encodes results for a link fragment (without the leading `#`).
pub fn encode(results: &SharedResults) -> String {
    pack("r", results)
}

/// Decodes a link fragment (with or without the leading `#`).
pub fn decode(fragment: &str) -> Result<SharedResults, ShareError> {
    let results: SharedResults = unpack("r", fragment)?;
    check(&results.role, &results.profile)?;
    Ok(results)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_link_version_moves_with_the_profile_schema() {
        assert_eq!(
            SHARE_PROFILE_SCHEMA,
            crate::profile::PROFILE_VERSION,
            "the profile schema changed: bump SHARE_VERSION, keep decoding links of the old version (migrating their profile), then set SHARE_PROFILE_SCHEMA"
        );
    }
    use crate::profile::{Answer, SkillEvidence};

    fn sample() -> SharedResults {
        let mut profile = Profile::default();
        profile.experience.total_years = 3.0;
        for skill in [
            "log-analysis",
            "incident-response",
            "networking-fundamentals",
        ] {
            profile.skills.insert(
                skill.into(),
                SkillEvidence {
                    self_rating: Some(2),
                    answers: vec![Answer {
                        item: format!("{skill}-1"),
                        level: 2,
                        chosen: 1,
                        correct: true,
                    }],
                    skipped: false,
                },
            );
        }
        SharedResults {
            role: "soc-analyst".into(),
            profile,
        }
    }

    #[test]
    fn results_round_trip_through_a_link() {
        let link = encode(&sample());
        assert!(link.starts_with("r=1."));
        assert!(link.len() < 600, "{} characters", link.len());
        assert_eq!(decode(&format!("#{link}")), Ok(sample()));
    }

    #[test]
    fn tampered_links_are_refused_with_a_reason() {
        let link = encode(&sample());
        assert_eq!(decode(""), Err(ShareError::Missing));
        assert_eq!(
            decode("r=7.abc"),
            Err(ShareError::UnknownVersion("7".into()))
        );
        assert_eq!(decode("r=1.@@@"), Err(ShareError::Damaged("not base64url")));
        assert_eq!(
            decode_plan(&link),
            Err(ShareError::Missing),
            "a results link is not a plan link"
        );
        let cut = &link[..link.len() - 10];
        assert!(matches!(decode(cut), Err(ShareError::Damaged(_))));
        let mut flipped = link.clone().into_bytes();
        let i = flipped.len() - 20;
        flipped[i] = if flipped[i] == b'A' { b'B' } else { b'A' };
        assert!(decode(&String::from_utf8(flipped).expect("ascii")).is_err());
        assert_eq!(decode(&"r=1.".repeat(20_000)), Err(ShareError::TooLong));
    }

    #[test]
    fn impossible_values_inside_a_valid_link_are_refused() {
        let mut bad = sample();
        bad.profile.experience.total_years = -1.0;
        assert!(matches!(decode(&encode(&bad)), Err(ShareError::Invalid(_))));
        let mut bad_role = sample();
        bad_role.role = "../../etc".into();
        assert!(matches!(
            decode(&encode(&bad_role)),
            Err(ShareError::Invalid(_))
        ));
    }

    fn plan_sample(custom: Option<CustomRole>) -> SharedPlan {
        SharedPlan {
            role: if custom.is_some() {
                CUSTOM_ROLE_ID.into()
            } else {
                "soc-analyst".into()
            },
            constraints: crate::planner::Constraints {
                budget_usd: 1500.0,
                hours_per_week: 6.0,
                start: "2027-01-04".parse().expect("date"),
                modality: None,
                state: None,
                preference: crate::planner::Preference::Cheapest,
                in_healthcare: true,
            },
            profile: sample().profile,
            custom_role: custom,
        }
    }

    fn custom() -> CustomRole {
        CustomRole {
            title: "Clinical SOC analyst".into(),
            skills: vec![crate::model::SkillTarget {
                skill: "log-analysis".into(),
                level: 3,
                required: true,
            }],
            credentials: vec!["security-plus".into()],
            min_years: 2.0,
        }
    }

    #[test]
    fn plans_round_trip_with_or_without_a_custom_role() {
        for plan in [plan_sample(None), plan_sample(Some(custom()))] {
            let link = encode_plan(&plan);
            assert!(link.starts_with("p=1."));
            assert_eq!(decode_plan(&link), Ok(plan));
        }
        // A link made before custom roles existed still opens.
        let old = pack(
            "p",
            &serde_json::json!({
                "role": "soc-analyst",
                "constraints": plan_sample(None).constraints,
                "profile": sample().profile,
            }),
        );
        assert_eq!(decode_plan(&old), Ok(plan_sample(None)));
        let role = custom().to_role("2027-01-04".parse().expect("date"));
        assert_eq!(role.title, "Clinical SOC analyst");
        assert_eq!(role.qualifications[0].credentials, ["security-plus"]);
    }

    #[test]
    fn custom_role_problems_are_named() {
        let mut level = custom();
        level.skills[0].level = 9;
        assert_eq!(level.validate(), Err(CustomRoleError::Level(9)));
        assert_eq!(
            CustomRoleError::Level(9).to_string(),
            "the custom role asks for level 9 of a skill; levels run from 1 to 4"
        );
        let mut untitled = custom();
        untitled.title = "  ".into();
        assert_eq!(untitled.validate(), Err(CustomRoleError::Title));
        for injected in [
            "SOC\r\nEND:VEVENT\r\nBEGIN:VEVENT",
            "SOC\u{202E}lanoitpecxe",
            "SOC\u{0}",
        ] {
            let mut bad = custom();
            bad.title = injected.into();
            assert_eq!(
                bad.validate(),
                Err(CustomRoleError::TitleCharacters),
                "{injected:?}"
            );
        }
        let mut no_skills = custom();
        no_skills.skills.clear();
        assert_eq!(no_skills.validate(), Err(CustomRoleError::SkillCount));
        let mut bad_id = custom();
        bad_id.skills[0].skill = "Not An Id".into();
        assert_eq!(bad_id.validate(), Err(CustomRoleError::SkillId));
        let mut bad_cred = custom();
        bad_cred.credentials.push("../x".into());
        assert_eq!(bad_cred.validate(), Err(CustomRoleError::Credentials));
        let mut years = custom();
        years.min_years = 80.0;
        assert_eq!(years.validate(), Err(CustomRoleError::Years));
        assert_eq!(custom().validate(), Ok(()));
        // A share error is a std error with the same words as before.
        let e: Box<dyn std::error::Error> = Box::new(ShareError::TooLong);
        assert_eq!(
            e.to_string(),
            "the link is longer than any results link this portal makes"
        );
    }

    #[test]
    fn impossible_custom_roles_are_refused() {
        let mut level = custom();
        level.skills[0].level = 9;
        let mut untitled = custom();
        untitled.title = "  ".into();
        let mut no_skills = custom();
        no_skills.skills.clear();
        for bad in [level, untitled, no_skills] {
            assert!(matches!(
                decode_plan(&encode_plan(&plan_sample(Some(bad)))),
                Err(ShareError::Invalid(_))
            ));
        }
        let mut wrong_target = plan_sample(Some(custom()));
        wrong_target.role = "soc-analyst".into();
        assert!(matches!(
            decode_plan(&encode_plan(&wrong_target)),
            Err(ShareError::Invalid(_))
        ));
    }

    #[test]
    fn a_custom_role_with_skills_the_catalog_lacks_is_refused_and_they_are_named() {
        let mut bundle = crate::bundle::PlannerBundle {
            roles: vec![],
            credentials: Default::default(),
            programs: vec![],
            skill_names: [("log-analysis".to_owned(), "Log analysis".to_owned())]
                .into_iter()
                .collect(),
        };
        assert_eq!(custom().check_against(&bundle), Ok(()));
        let mut role = custom();
        for id in ["threat-hunting", "log-analysis", "forensics"] {
            role.skills.push(crate::model::SkillTarget {
                skill: id.into(),
                level: 2,
                required: true,
            });
        }
        let err = role.check_against(&bundle);
        assert_eq!(
            err,
            Err(CustomRoleError::UnknownSkills(vec![
                "threat-hunting".into(),
                "forensics".into()
            ]))
        );
        assert_eq!(
            err.map_err(|e| e.to_string()),
            Err(
                "the role asks for skills this catalog does not have: threat-hunting, forensics"
                    .into()
            )
        );
        bundle.skill_names.clear();
        assert!(custom().check_against(&bundle).is_err());
    }
}
