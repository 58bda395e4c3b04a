//! The content model: roles, skills, credentials, programs, HICP practices and threats,
//! organization profiles, assessment items and the CAE institution directory.
//!
//! These are the typed forms of the content files. `pathways-content` checks the files and
//! deserialises them into these types; the browser app receives them as JSON. Ids are the file
//! slugs (see [`crate::site::is_valid_id`]).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::vocabulary::vocabulary;

/// A content id (a file slug such as `soc-analyst`).
pub type Id = String;

vocabulary! {
    /// Where a person is in a career.
    pub enum Stage {
        /// First security job, or a feeder role.
        Entry = "entry", "Entry";
        /// Several years in; works independently.
        Mid = "mid", "Mid-career";
        /// Senior specialist or architect.
        Advanced = "advanced", "Advanced";
        /// Leads a program or a team.
        Leadership = "leadership", "Leadership";
    }
}

vocabulary! {
    /// A family of related roles.
    pub enum Family {
        /// Leadership, governance, risk and compliance.
        Governance = "governance", "Governance, risk and compliance";
        /// Privacy and health information management.
        Privacy = "privacy", "Privacy";
        /// Security operations, incident response, threat intelligence and forensics.
        Operations = "operations", "Security operations";
        /// Security engineering and architecture (identity, network, cloud, endpoint).
        Engineering = "engineering", "Security engineering";
        /// Medical devices and clinical technology, at providers and device makers.
        ClinicalTechnology = "clinical-technology", "Medical device and clinical technology";
        /// Audit and assessment.
        Audit = "audit", "Audit and assessment";
        /// Awareness, training and workforce.
        Education = "education", "Awareness and education";
        /// IT and clinical roles that feed into security.
        Feeder = "feeder", "Feeder roles (IT and clinical)";
    }
}

vocabulary! {
    /// A kind of health-sector organization.
    pub enum OrgType {
        /// Care delivery: practices, clinics, hospitals, health systems.
        Provider = "provider", "Provider";
        /// Health plans and insurers.
        Payer = "payer", "Payer";
        /// Medical device manufacturers.
        DeviceMaker = "device-maker", "Device maker";
        /// Health IT vendors and business associates (EHR, billing, cloud services).
        HealthItVendor = "health-it-vendor", "Health IT vendor";
    }
}

vocabulary! {
    /// Organization size, as HICP sizes organizations.
    pub enum OrgSize {
        /// HICP Technical Volume 1: generally no dedicated IT and security staff.
        Small = "small", "Small";
        /// HICP Technical Volume 2, medium sub-practices.
        Medium = "medium", "Medium";
        /// HICP Technical Volume 2, medium and large sub-practices.
        Large = "large", "Large";
    }
}

vocabulary! {
    /// A proficiency level for a qualification, as in the DoD 8140 qualification matrix.
    pub enum Proficiency {
        /// Basic.
        Basic = "basic", "Basic";
        /// Intermediate.
        Intermediate = "intermediate", "Intermediate";
        /// Advanced.
        Advanced = "advanced", "Advanced";
    }
}

vocabulary! {
    /// A level of education, from none to doctorate. Ordered: a higher degree includes the lower.
    pub enum Degree {
        /// No diploma.
        None = "none", "No diploma";
        /// High school diploma or GED.
        HighSchool = "high-school", "High school or GED";
        /// Associate degree.
        Associate = "associate", "Associate degree";
        /// Bachelor's degree.
        Bachelor = "bachelor", "Bachelor's degree";
        /// Master's degree.
        Master = "master", "Master's degree";
        /// Doctorate.
        Doctorate = "doctorate", "Doctorate";
    }
}

/// A skill a role needs, at a target level.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SkillTarget {
    /// The skill's id.
    pub skill: Id,
    /// The target level, 1–4.
    pub level: u8,
    /// Whether the skill is required (otherwise preferred).
    #[serde(default = "yes")]
    pub required: bool,
}

fn yes() -> bool {
    true
}

/// An education option in a qualification group.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EducationOption {
    /// The minimum degree.
    pub degree: Degree,
    /// The field of study, in words ("cybersecurity, IT or computer science").
    pub field: String,
    /// Whether the program must be at an NCAE-C designated institution.
    #[serde(default)]
    pub cae: bool,
}

/// "Any one of" the options qualifies, at the group's proficiency level (DoD 8140 style).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QualificationGroup {
    /// The proficiency level the options qualify for.
    pub proficiency: Proficiency,
    /// Credentials, any one of which qualifies.
    #[serde(default)]
    pub credentials: Vec<Id>,
    /// Education options, any one of which qualifies.
    #[serde(default)]
    pub education: Vec<EducationOption>,
    /// Training programs, any one of which qualifies.
    #[serde(default)]
    pub programs: Vec<Id>,
    /// A note on the group (what employers usually accept).
    #[serde(default)]
    pub note: Option<String>,
}

/// Typical experience for a role.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Experience {
    /// The fewest years of relevant experience employers usually ask for.
    pub min_years: f32,
    /// Typical years of relevant experience of people in the role.
    pub typical_years: f32,
    /// Years of that in health care usually wanted.
    #[serde(default)]
    pub healthcare_years: f32,
    /// What experience counts, in words.
    pub note: String,
}

/// A health-sector security or privacy role.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// The role's title as job seekers know it.
    pub title: String,
    /// Other job titles for the same work.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// One line on what the role does.
    pub summary: String,
    /// Career stage.
    pub stage: Stage,
    /// Family of roles.
    pub family: Family,
    /// NICE Framework v2 work role ids.
    #[serde(default)]
    pub nice_work_roles: Vec<String>,
    /// DoD Cyber Workforce Framework codes, where known.
    #[serde(default)]
    pub dcwf_codes: Vec<String>,
    /// HICP practices the role owns.
    #[serde(default)]
    pub hicp_practices: Vec<Id>,
    /// HICP threats the role counters.
    #[serde(default)]
    pub hicp_threats: Vec<Id>,
    /// Where the role exists: organization types.
    pub org_types: Vec<OrgType>,
    /// Where the role exists: organization sizes.
    pub org_sizes: Vec<OrgSize>,
    /// Skills with target levels.
    pub skills: Vec<SkillTarget>,
    /// Qualification options.
    #[serde(default)]
    pub qualifications: Vec<QualificationGroup>,
    /// Typical experience.
    pub experience: Experience,
    /// Roles people usually come from.
    #[serde(default)]
    pub feeder_roles: Vec<Id>,
    /// Roles people usually move on to.
    #[serde(default)]
    pub next_roles: Vec<Id>,
    /// Sources of the role's facts.
    pub sources: Vec<String>,
    /// When the facts were last checked.
    pub verified: Date,
}

/// A skill with behavioural descriptors at each level.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Skill {
    /// The skill's name.
    pub name: String,
    /// The portal's skill area.
    pub area: SkillArea,
    /// One line on what the skill is.
    pub summary: String,
    /// The NICE competency area, where one fits.
    #[serde(default)]
    pub nice_competency: Option<String>,
    /// NICE task, knowledge and skill statement ids the skill covers.
    #[serde(default)]
    pub nice_tks: Vec<String>,
    /// HICP practices the skill supports.
    #[serde(default)]
    pub hicp_practices: Vec<Id>,
    /// What a person can do at each level: keys `1` to `4`.
    pub levels: BTreeMap<String, String>,
}

impl Skill {
    /// The descriptor of a level (1–4).
    pub fn descriptor(&self, level: u8) -> Option<&str> {
        self.levels.get(&level.to_string()).map(String::as_str)
    }
}

/// The names of the four skill levels.
pub const LEVEL_NAMES: [&str; 4] = ["Awareness", "Practitioner", "Proficient", "Expert"];

/// The name of a skill level, for levels 1–4; a level outside them takes the nearest name
/// (a stale or hand-edited record never panics).
pub fn level_name(level: u8) -> &'static str {
    let index = usize::from(level.clamp(1, 4)) - 1;
    LEVEL_NAMES.get(index).copied().unwrap_or("Awareness")
}

vocabulary! {
    /// A broad area of skills.
    pub enum SkillArea {
        /// Governance, risk management, policy and compliance.
        Governance = "governance", "Governance and risk";
        /// Health privacy and regulation.
        Privacy = "privacy", "Privacy and regulation";
        /// Monitoring, detection, response, threat intelligence, forensics.
        Operations = "operations", "Security operations";
        /// Identity and access.
        Identity = "identity", "Identity and access";
        /// Networks and infrastructure.
        Network = "network", "Network and infrastructure";
        /// Endpoints, servers, email and systems.
        Systems = "systems", "Systems and endpoints";
        /// Cloud platforms.
        Cloud = "cloud", "Cloud";
        /// Applications, software and product security.
        Application = "application", "Application and product security";
        /// Medical devices and clinical technology.
        Clinical = "clinical", "Clinical technology";
        /// Data protection and cryptography.
        Data = "data", "Data protection";
        /// Communication, leadership and teaching.
        Professional = "professional", "Professional skills";
        /// IT foundations.
        Foundations = "foundations", "IT foundations";
    }
}

/// An exam domain with its weight.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Domain {
    /// The domain's name as the issuer writes it.
    pub name: String,
    /// Its share of the exam in percent, if published as one number.
    #[serde(default)]
    pub weight: Option<f32>,
    /// Its share as a published range `[min, max]` in percent.
    #[serde(default)]
    pub weight_range: Option<[f32; 2]>,
}

/// Exam facts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exam {
    /// The fewest questions.
    #[serde(default)]
    pub items_min: Option<u32>,
    /// The most questions.
    #[serde(default)]
    pub items_max: Option<u32>,
    /// Time allowed, in minutes.
    #[serde(default)]
    pub minutes: Option<u32>,
    /// The format in words (CAT, linear, multiple choice, performance-based).
    #[serde(default)]
    pub format: Option<String>,
    /// The passing score in the issuer's words ("700 of 1000").
    #[serde(default)]
    pub passing: Option<String>,
    /// The exam price in US dollars.
    #[serde(default)]
    pub price_usd: Option<f32>,
    /// Notes: member prices, regions, vouchers.
    #[serde(default)]
    pub note: Option<String>,
}

/// A way to cut the experience a credential requires.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Waiver {
    /// How many years it can waive at most.
    pub years: f32,
    /// A degree that waives the years (at least this degree).
    #[serde(default)]
    pub degree: Option<Degree>,
    /// Credentials, any one of which waives the years.
    #[serde(default)]
    pub credentials: Vec<Id>,
    /// Whether completing the issuer's official training waives the years (EC-Council: candidates
    /// from an authorized training channel may sit the exam without the self-study experience).
    #[serde(default)]
    pub training: bool,
    /// The first day the waiver is in force, when the issuer changed its rules on a date.
    #[serde(default)]
    pub from: Option<Date>,
    /// The last day it was in force, when the issuer replaced it.
    #[serde(default)]
    pub until: Option<Date>,
    /// The issuer's wording.
    pub wording: String,
}

impl Waiver {
    /// Whether the waiver is in force on `on`; with no date, whether it is among the latest
    /// rules (it has not been replaced).
    pub fn in_force(&self, on: Option<Date>) -> bool {
        match on {
            None => self.until.is_none(),
            Some(d) => self.from.is_none_or(|f| f <= d) && self.until.is_none_or(|u| d <= u),
        }
    }
}

/// Years required by education (CHPS style): the first row the candidate meets applies.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScaledYears {
    /// Years of experience required.
    pub years: f32,
    /// The degree held (at least).
    #[serde(default)]
    pub degree: Option<Degree>,
    /// Or a credential held.
    #[serde(default)]
    pub credentials: Vec<Id>,
}

/// A route for candidates who pass the exam before they have the experience.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssociateRoute {
    /// The designation held meanwhile ("Associate of ISC2").
    pub name: String,
    /// Years allowed after passing to gain the experience.
    pub window_years: f32,
    /// The issuer's wording.
    pub wording: String,
}

/// Eligibility rules as data.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Eligibility {
    /// Years of relevant experience required (before waivers).
    #[serde(default)]
    pub years: f32,
    /// How many of the credential's domains the experience must span.
    #[serde(default)]
    pub min_domains: u32,
    /// Years of the experience that must be in health care.
    #[serde(default)]
    pub healthcare_years: f32,
    /// Years of the experience that must be in management (CISM).
    #[serde(default)]
    pub management_years: f32,
    /// Years required by education, when the requirement scales with it.
    #[serde(default)]
    pub scaled_by_education: Vec<ScaledYears>,
    /// Ways to cut the years.
    #[serde(default)]
    pub waivers: Vec<Waiver>,
    /// Credentials that must be held first.
    #[serde(default)]
    pub prerequisites: Vec<Id>,
    /// The experience must fall within this many years before applying.
    #[serde(default)]
    pub within_years: Option<f32>,
    /// The experience may be completed within this many years after passing the exam.
    #[serde(default)]
    pub after_exam_years: Option<f32>,
    /// A route for those who pass without the experience.
    #[serde(default)]
    pub associate: Option<AssociateRoute>,
    /// The issuer's wording of the requirement.
    pub wording: String,
}

/// What keeping the credential takes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Maintenance {
    /// Continuing-education credits per cycle.
    #[serde(default)]
    pub cpe: Option<f32>,
    /// Cycle length in years.
    pub cycle_years: f32,
    /// Minimum credits each year, if any.
    #[serde(default)]
    pub cpe_per_year_min: Option<f32>,
    /// Annual maintenance fee in US dollars.
    #[serde(default)]
    pub annual_fee_usd: Option<f32>,
    /// Fee per renewal cycle in US dollars.
    #[serde(default)]
    pub renewal_fee_usd: Option<f32>,
    /// Notes.
    #[serde(default)]
    pub note: Option<String>,
}

/// An entry of the DoD 8140 Foundational Qualification Matrix.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DodAlignment {
    /// The DCWF work role code.
    pub work_role: String,
    /// The DCWF work role title.
    pub title: String,
    /// The proficiency level.
    pub proficiency: Proficiency,
}

vocabulary! {
    /// Kinds of credential.
    pub enum CredentialKind {
        /// A certification with an exam and maintenance.
        Certification = "certification", "Certification";
        /// A certificate of completion.
        Certificate = "certificate", "Certificate";
    }
}

vocabulary! {
    /// A credential's level.
    pub enum CredentialLevel {
        /// No experience needed.
        Foundational = "foundational", "Foundational";
        /// A few years of experience.
        Intermediate = "intermediate", "Intermediate";
        /// Many years of experience.
        Advanced = "advanced", "Advanced";
        /// Expert or management.
        Expert = "expert", "Expert";
    }
}

/// A certification or certificate.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Credential {
    /// The full name.
    pub name: String,
    /// The short name (CISSP).
    pub abbreviation: String,
    /// Who issues it.
    pub issuer: String,
    /// Certification or certificate.
    pub kind: CredentialKind,
    /// Its level.
    pub level: CredentialLevel,
    /// One line on what it shows.
    pub summary: String,
    /// The issuer's page.
    pub official_url: String,
    /// Skills it evidences, with the level it evidences.
    #[serde(default)]
    pub skills: Vec<SkillTarget>,
    /// Exam domains.
    #[serde(default)]
    pub domains: Vec<Domain>,
    /// Exam facts.
    #[serde(default)]
    pub exam: Option<Exam>,
    /// Eligibility rules.
    #[serde(default)]
    pub eligibility: Eligibility,
    /// Maintenance.
    #[serde(default)]
    pub maintenance: Option<Maintenance>,
    /// DoD 8140 alignment.
    #[serde(default)]
    pub dod_8140: Vec<DodAlignment>,
    /// Field paths whose facts could not be verified with the issuer (shown as unverified).
    #[serde(default)]
    pub unverified: Vec<String>,
    /// Sources.
    pub sources: Vec<String>,
    /// When the facts were last checked.
    pub verified: Date,
}

impl Credential {
    /// The exam's price in US dollars, if the catalog lists one.
    pub fn exam_price(&self) -> Option<f32> {
        self.exam.as_ref().and_then(|e| e.price_usd)
    }
}

vocabulary! {
    /// Kinds of program.
    pub enum ProgramKind {
        /// A single course.
        Course = "course", "Course";
        /// Preparation for a credential's exam.
        ExamPrep = "exam-prep", "Exam preparation";
        /// Awareness training for a whole workforce.
        Awareness = "awareness", "Awareness training";
        /// An academic or professional certificate program.
        Certificate = "certificate", "Certificate program";
        /// A degree program.
        Degree = "degree", "Degree";
        /// A bootcamp.
        Bootcamp = "bootcamp", "Bootcamp";
        /// An apprenticeship or work-based program.
        Apprenticeship = "apprenticeship", "Apprenticeship";
    }
}

vocabulary! {
    /// How a program is delivered.
    pub enum Modality {
        /// Online, on a schedule.
        Online = "online", "Online";
        /// Online, at one's own pace.
        SelfPaced = "self-paced", "Self-paced online";
        /// In person.
        InPerson = "in-person", "In person";
        /// Both.
        Hybrid = "hybrid", "Hybrid";
    }
}

/// A module of a curriculum.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Module {
    /// The module's title.
    pub title: String,
    /// Contact or study hours.
    #[serde(default)]
    pub hours: Option<f32>,
    /// Skills it builds, with the level reached.
    #[serde(default)]
    pub skills: Vec<SkillTarget>,
    /// NICE TKS ids it covers.
    #[serde(default)]
    pub nice_tks: Vec<String>,
    /// CAE Knowledge Units it covers.
    #[serde(default)]
    pub knowledge_units: Vec<String>,
    /// Academic credit hours, for credit-bearing courses.
    #[serde(default)]
    pub credit_hours: Option<f32>,
    /// What a student can do after it, one outcome each.
    #[serde(default)]
    pub outcomes: Vec<String>,
}

/// A training or education offering.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Program {
    /// The program's name.
    pub name: String,
    /// Who offers it.
    pub provider: String,
    /// What kind of program.
    pub kind: ProgramKind,
    /// One line on what it offers.
    pub summary: String,
    /// The degree it awards, for degree programs.
    #[serde(default)]
    pub degree: Option<Degree>,
    /// The institution in the CAE directory, if it is one.
    #[serde(default)]
    pub institution: Option<Id>,
    /// How it is delivered.
    pub modality: Modality,
    /// The US state (two letters) for in-person programs.
    #[serde(default)]
    pub state: Option<String>,
    /// Length in weeks.
    pub duration_weeks: f32,
    /// Expected hours per week.
    pub hours_per_week: f32,
    /// Cost in US dollars (0 for free).
    pub cost_usd: f32,
    /// Whether the cost is an estimate.
    #[serde(default)]
    pub cost_estimate: bool,
    /// Notes on cost (per credit, in-state, financial aid).
    #[serde(default)]
    pub cost_note: Option<String>,
    /// Skills it builds, with the level reached.
    #[serde(default)]
    pub skills: Vec<SkillTarget>,
    /// Credentials it prepares for.
    #[serde(default)]
    pub credentials: Vec<Id>,
    /// CAE Knowledge Units it covers.
    #[serde(default)]
    pub knowledge_units: Vec<String>,
    /// Modules, for curricula.
    #[serde(default)]
    pub modules: Vec<Module>,
    /// The program's page.
    pub url: String,
    /// Sources.
    pub sources: Vec<String>,
    /// When the facts were last checked.
    pub verified: Date,
}

/// A sub-practice of an HICP practice, for a size of organization.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubPractice {
    /// HICP's identifier, such as `1.S.A` or `1.M.B`.
    pub id: String,
    /// Its title.
    pub title: String,
    /// The size of organization it is written for.
    pub size: OrgSize,
}

vocabulary! {
    /// Whether a file describes an HICP practice or threat.
    pub enum PracticeKind {
        /// One of the 10 practices.
        Practice = "practice", "Practice";
        /// One of the 5 threats.
        Threat = "threat", "Threat";
    }
}

/// An HICP practice or threat (2023 edition).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Practice {
    /// Practice or threat.
    pub kind: PracticeKind,
    /// Its number in HICP (practices 1–10, threats 1–5).
    pub number: u8,
    /// Its title as HICP writes it.
    pub title: String,
    /// One line on what it is.
    pub summary: String,
    /// For practices: the threats it mitigates.
    #[serde(default)]
    pub threats: Vec<Id>,
    /// For practices: sub-practices by organization size.
    #[serde(default)]
    pub sub_practices: Vec<SubPractice>,
    /// For threats: the short messages of a break-room poster.
    #[serde(default)]
    pub key_messages: Vec<String>,
    /// Sources.
    pub sources: Vec<String>,
    /// When the facts were last checked.
    pub verified: Date,
}

vocabulary! {
    /// How an organization usually fills a role.
    pub enum Sourcing {
        /// Hire someone.
        Hire = "hire", "Hire";
        /// Grow someone already on staff.
        Upskill = "upskill", "Upskill";
        /// Buy the service (MSSP, vCISO, consultant).
        Outsource = "outsource", "Outsource";
        /// Part of someone's job, not a position.
        Shared = "shared", "Shared";
    }
}

/// A role an organization profile needs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrgRole {
    /// The role's id.
    pub role: Id,
    /// Full-time equivalents usually needed.
    pub fte: f32,
    /// Whether the role is essential (otherwise recommended).
    #[serde(default = "yes")]
    pub essential: bool,
    /// How it is usually filled.
    pub sourcing: Sourcing,
    /// Why this organization needs it.
    pub why: String,
}

/// A template organization: a type and size with the roles and awareness program it needs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrgProfile {
    /// The profile's name.
    pub title: String,
    /// Organization type.
    pub org_type: OrgType,
    /// HICP size.
    pub size: OrgSize,
    /// One line describing such an organization.
    pub summary: String,
    /// Typical headcount, as text ("under 50 staff").
    pub staff: String,
    /// The roles it needs.
    pub roles: Vec<OrgRole>,
    /// The HICP practices to put in place first, in order.
    pub priority_practices: Vec<Id>,
    /// Programs for the all-staff awareness program.
    pub awareness_programs: Vec<Id>,
    /// Sources.
    pub sources: Vec<String>,
    /// When the facts were last checked.
    pub verified: Date,
}

/// A multiple-choice knowledge check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// A stable id (saved progress refers to it).
    pub id: String,
    /// The level (1–4) the question checks.
    pub level: u8,
    /// The question.
    pub stem: String,
    /// The choices (2–6).
    pub options: Vec<String>,
    /// The index of the right choice, counting from 0.
    pub answer: u8,
    /// Why the right answer is right (shown after answering).
    pub explanation: String,
}

/// The knowledge checks of one skill.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemBank {
    /// The skill's id.
    pub skill: Id,
    /// The questions.
    pub items: Vec<Item>,
}

vocabulary! {
    /// What a free or discounted support program gives an organization.
    pub enum SupportKind {
        /// A service done for the organization (scanning, assessment, discounted products).
        Service = "service", "Service";
        /// Money, usually through the state.
        Funding = "funding", "Funding";
        /// A tool the organization runs itself.
        Tool = "tool", "Tool";
        /// Training and awareness material.
        Training = "training", "Training";
        /// Information sharing and peer support.
        Community = "community", "Community";
    }
}

/// A free or discounted program that helps small and rural organizations with security.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Support {
    /// Its name.
    pub title: String,
    /// Who offers it.
    pub provider: String,
    /// What kind of help.
    pub kind: SupportKind,
    /// What it gives, in one or two sentences.
    pub summary: String,
    /// Who can use it, in words.
    pub eligibility: String,
    /// The kinds of organization it is for (empty: any).
    #[serde(default)]
    pub org_types: Vec<OrgType>,
    /// The sizes it is for (empty: any).
    #[serde(default)]
    pub org_sizes: Vec<OrgSize>,
    /// Only for organizations in rural areas.
    #[serde(default)]
    pub rural_only: bool,
    /// What it costs, in words.
    pub cost: String,
    /// Whether it is free.
    pub free: bool,
    /// Where to apply or read more.
    pub url: String,
    /// Whether it is still offered, as far as the sources show, with the date.
    pub status: String,
    /// Field paths whose facts the sources do not state.
    #[serde(default)]
    pub unverified: Vec<String>,
    /// Sources.
    pub sources: Vec<String>,
    /// When the facts were last checked.
    pub verified: Date,
}

vocabulary! {
    /// The tier of an HPH Cybersecurity Performance Goal.
    pub enum GoalTier {
        /// The floor every organization should reach first.
        Essential = "essential", "Essential";
        /// For organizations that have the essential goals in place.
        Enhanced = "enhanced", "Enhanced";
    }
}

vocabulary! {
    /// An NCAE-C designation.
    pub enum Designation {
        /// Cyber Defense.
        CaeCd = "CAE-CD", "Cyber Defense";
        /// Cyber Operations.
        CaeCo = "CAE-CO", "Cyber Operations";
        /// Research.
        CaeR = "CAE-R", "Research";
    }
}

impl Designation {
    /// Parses `CAE-CD`, `CAE-CO` or `CAE-R`.
    pub fn parse(s: &str) -> Option<Designation> {
        Designation::ALL
            .into_iter()
            .find(|d| d.as_str() == s.trim())
    }
}

/// An NCAE-C designated institution.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Institution {
    /// A stable id derived from the name.
    pub id: Id,
    /// The institution's name.
    pub name: String,
    /// Its city, if known.
    pub city: Option<String>,
    /// Its state or territory (two letters), if known.
    pub state: Option<String>,
    /// Its designations.
    pub designations: Vec<Designation>,
}

#[cfg(test)]
mod level_tests {
    use super::level_name;

    #[test]
    fn level_names_are_clamped_to_the_four_levels() {
        assert_eq!(level_name(0), "Awareness");
        assert_eq!(level_name(1), "Awareness");
        assert_eq!(level_name(2), "Practitioner");
        assert_eq!(level_name(3), "Proficient");
        assert_eq!(level_name(4), "Expert");
        assert_eq!(level_name(9), "Expert");
    }
}
