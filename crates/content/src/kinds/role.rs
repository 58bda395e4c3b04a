//! Roles (`content/roles/<id>.md`): a health-sector security or privacy job.

use pathways_core::model::Role;
use pathways_core::site::Route;

use crate::diagnostic::Code;
use crate::kinds::choices::{DEGREES, FAMILIES, ORG_SIZES, ORG_TYPES, PROFICIENCIES, STAGES};
use crate::kinds::{
    Checker, Entry, Kind, SKILL_TARGET, Searched, sources_field, verified_field, weight,
};
use crate::schema::{Field, RefKind, Ty};

const EDUCATION: &[Field] = &[
    Field::req(
        "degree",
        Ty::Choice(DEGREES),
        "The minimum degree.",
        "\"bachelor\"",
    ),
    Field::req(
        "field",
        Ty::Str,
        "The field of study, in words.",
        "\"cybersecurity, information technology or computer science\"",
    ),
    Field::opt(
        "cae",
        Ty::Bool,
        "Whether the program must be at an NCAE-C designated institution (CAE-CD, CAE-CO or CAE-R).",
        "true",
    ),
];

const QUALIFICATION: &[Field] = &[
    Field::req(
        "proficiency",
        Ty::Choice(PROFICIENCIES),
        "The DoD 8140 proficiency level these options qualify for.",
        "\"intermediate\"",
    ),
    Field::opt(
        "credentials",
        Ty::List(&Ty::Ref(RefKind::Credential)),
        "Credentials, any one of which qualifies.",
        "[\"security-plus\", \"cysa-plus\"]",
    ),
    Field::opt(
        "education",
        Ty::List(&Ty::Table(EDUCATION)),
        "Education options, any one of which qualifies.",
        "[{ degree = \"associate\", field = \"cybersecurity\", cae = true }]",
    ),
    Field::opt(
        "programs",
        Ty::List(&Ty::Ref(RefKind::Program)),
        "Training programs, any one of which qualifies.",
        "[\"sans-sec401\"]",
    ),
    Field::opt(
        "note",
        Ty::Str,
        "What employers usually accept, in words.",
        "\"Most postings ask for one of these within six months of hire.\"",
    ),
];

const EXPERIENCE: &[Field] = &[
    Field::req(
        "min_years",
        Ty::Num {
            min: 0.0,
            max: 30.0,
        },
        "The fewest years of relevant experience employers usually ask for.",
        "1",
    ),
    Field::req(
        "typical_years",
        Ty::Num {
            min: 0.0,
            max: 30.0,
        },
        "Typical years of relevant experience of people in the role.",
        "3",
    ),
    Field::opt(
        "healthcare_years",
        Ty::Num {
            min: 0.0,
            max: 30.0,
        },
        "Years of that in health care usually wanted.",
        "0",
    ),
    Field::req(
        "note",
        Ty::Str,
        "What experience counts, in words.",
        "\"IT support, networking or system administration\"",
    ),
];

impl Kind for Role {
    const HEADING: &'static str = "Roles";
    const REFS: &'static [RefKind] = &[RefKind::Role];

    fn route(id: &str) -> Option<Route<'_>> {
        Some(Route::Role(id))
    }

    fn search(e: &Entry<Self>) -> Option<Searched<'_>> {
        let m = &e.meta;
        let mut fields = vec![
            (m.title.as_str(), weight::TITLE),
            (m.summary.as_str(), weight::SUMMARY),
            (e.plain.as_str(), weight::BODY),
        ];
        fields.extend(m.aliases.iter().map(|a| (a.as_str(), weight::ALIAS)));
        Some(Searched {
            title: m.title.clone(),
            kind: "Role",
            summary: &m.summary,
            fields,
        })
    }

    const FOLDER: &'static str = "roles";
    const NOUN: &'static str = "role";
    const BODY_REQUIRED: bool = true;
    const BODY_DOC: &'static str = "What the job is in health care: a day in the role at a hospital or clinic, a payer, a device maker; who it works with; what it is accountable for.";
    const FIELDS: &'static [Field] = &[
        Field::req(
            "title",
            Ty::Str,
            "The role's title as job seekers know it.",
            "\"SOC Analyst\"",
        ),
        Field::opt(
            "aliases",
            Ty::List(&Ty::Str),
            "Other job titles and acronyms for the same work; search finds the role by them.",
            "[\"Security Operations Center Analyst\", \"Cyber Defense Analyst\"]",
        ),
        Field::req(
            "summary",
            Ty::Str,
            "One sentence on what the role does, shown on cards.",
            "\"Watches the organization's systems for attacks and answers the alerts.\"",
        ),
        Field::req("stage", Ty::Choice(STAGES), "Career stage.", "\"entry\""),
        Field::req(
            "family",
            Ty::Choice(FAMILIES),
            "The family of roles it belongs to.",
            "\"operations\"",
        ),
        Field::opt(
            "nice_work_roles",
            Ty::List(&Ty::Ref(RefKind::NiceWorkRole)),
            "NICE Framework v2 work role ids (checked against the imported NICE data).",
            "[\"PD-WRL-001\"]",
        ),
        Field::opt(
            "dcwf_codes",
            Ty::List(&Ty::Str),
            "DoD Cyber Workforce Framework codes, where known.",
            "[\"511\"]",
        ),
        Field::opt(
            "hicp_practices",
            Ty::List(&Ty::Ref(RefKind::Practice)),
            "HICP practices the role owns (ids in content/practices/).",
            "[\"security-operations\"]",
        ),
        Field::opt(
            "hicp_threats",
            Ty::List(&Ty::Ref(RefKind::Threat)),
            "HICP threats the role counters.",
            "[\"ransomware\"]",
        ),
        Field::req(
            "org_types",
            Ty::List(&Ty::Choice(ORG_TYPES)),
            "Types of organization where the role exists.",
            "[\"provider\", \"payer\"]",
        ),
        Field::req(
            "org_sizes",
            Ty::List(&Ty::Choice(ORG_SIZES)),
            "HICP sizes of organization where the role exists as a position.",
            "[\"medium\", \"large\"]",
        ),
        Field::req(
            "skills",
            Ty::List(&Ty::Table(SKILL_TARGET)),
            "5 to 12 skills with their target level; `required = false` marks a preferred skill.",
            "[{ skill = \"log-analysis\", level = 2 }]",
        ),
        Field::opt(
            "qualifications",
            Ty::List(&Ty::Table(QUALIFICATION)),
            "Qualification options: each group is \"any one of\" its credentials, education and programs, at a proficiency level.",
            "[{ proficiency = \"basic\", credentials = [\"security-plus\"] }]",
        ),
        Field::req(
            "experience",
            Ty::Table(EXPERIENCE),
            "Typical experience.",
            "{ min_years = 1, typical_years = 2, note = \"IT support\" }",
        ),
        Field::opt(
            "feeder_roles",
            Ty::List(&Ty::Ref(RefKind::Role)),
            "Roles people usually come from.",
            "[\"it-help-desk\"]",
        ),
        Field::opt(
            "next_roles",
            Ty::List(&Ty::Ref(RefKind::Role)),
            "Roles people usually move on to.",
            "[\"incident-responder\"]",
        ),
        sources_field(true),
        verified_field(true),
    ];

    fn check(&self, c: &mut Checker<'_>) {
        c.count("skills", self.skills.len(), 5, 12, "a role with too few skills gives a useless gap report; with too many, an endless assessment");
        c.no_duplicates("skills", self.skills.iter().map(|s| s.skill.as_str()));
        c.no_duplicates(
            "nice_work_roles",
            self.nice_work_roles.iter().map(String::as_str),
        );
        c.no_duplicates("feeder_roles", self.feeder_roles.iter().map(String::as_str));
        c.no_duplicates("next_roles", self.next_roles.iter().map(String::as_str));
        c.no_duplicates(
            "hicp_practices",
            self.hicp_practices.iter().map(String::as_str),
        );
        c.count(
            "org_types",
            self.org_types.len(),
            1,
            4,
            "the role must exist somewhere",
        );
        c.count(
            "org_sizes",
            self.org_sizes.len(),
            1,
            3,
            "the role must exist somewhere",
        );
        if !self.skills.iter().any(|s| s.required) {
            c.error(Code::Inconsistent, "skills", "no skill is required").help("mark the skills the role cannot do without with `required = true` (the default)");
        }
        if self.experience.min_years > self.experience.typical_years {
            c.error(Code::Inconsistent, "experience.min_years", "the minimum years are more than the typical years")
                .help("`min_years` is the least employers ask for; `typical_years` what people in the role usually have");
        }
        if self.experience.healthcare_years > self.experience.typical_years {
            c.error(
                Code::Inconsistent,
                "experience.healthcare_years",
                "more years in health care than years of experience",
            );
        }
        for (i, q) in self.qualifications.iter().enumerate() {
            if q.credentials.is_empty() && q.education.is_empty() && q.programs.is_empty() {
                c.error(
                    Code::MissingField,
                    &format!("qualifications[{i}]"),
                    "this qualification group offers no option",
                )
                .help("list at least one of `credentials`, `education` or `programs`");
            }
        }
    }
}
