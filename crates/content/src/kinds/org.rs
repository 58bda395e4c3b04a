//! Organization profile templates (`content/orgs/<id>.md`): a type and size of health-sector
//! organization with the roles and awareness program it needs.

use pathways_core::model::OrgProfile;
use pathways_core::site::Route;

use crate::diagnostic::Code;
use crate::kinds::choices::{ORG_SIZES, ORG_TYPES, SOURCING};
use crate::kinds::{Checker, Entry, Kind, Searched, sources_field, verified_field, weight};
use crate::schema::{Field, RefKind, Ty};

const ORG_ROLE: &[Field] = &[
    Field::req(
        "role",
        Ty::Ref(RefKind::Role),
        "The role's id.",
        "\"security-analyst\"",
    ),
    Field::req(
        "fte",
        Ty::Num {
            min: 0.0,
            max: 500.0,
        },
        "Full-time equivalents usually needed (0.2 is a day a week).",
        "1",
    ),
    Field::opt(
        "essential",
        Ty::Bool,
        "Whether the role is essential (`true`, the default) or recommended.",
        "true",
    ),
    Field::req(
        "sourcing",
        Ty::Choice(SOURCING),
        "How it is usually filled: `hire`, `upskill`, `outsource` or `shared` (part of someone's job).",
        "\"upskill\"",
    ),
    Field::req(
        "why",
        Ty::Str,
        "Why this organization needs it.",
        "\"HIPAA requires a designated security official.\"",
    ),
];

impl Kind for OrgProfile {
    const HEADING: &'static str = "Organization profiles";
    const REFS: &'static [RefKind] = &[RefKind::OrgProfile];

    fn route(id: &str) -> Option<Route<'_>> {
        Some(Route::Org(id))
    }

    fn search(e: &Entry<Self>) -> Option<Searched<'_>> {
        let m = &e.meta;
        Some(Searched {
            title: m.title.clone(),
            kind: "Organization",
            summary: &m.summary,
            fields: vec![
                (m.title.as_str(), weight::TITLE),
                (m.summary.as_str(), weight::SUMMARY),
                (e.plain.as_str(), weight::BODY),
            ],
        })
    }

    const FOLDER: &'static str = "orgs";
    const NOUN: &'static str = "organization profile";
    const BODY_REQUIRED: bool = true;
    const BODY_DOC: &'static str = "What such an organization is like, its typical security situation, and how it usually staffs security.";
    const FIELDS: &'static [Field] = &[
        Field::req(
            "title",
            Ty::Str,
            "The profile's name.",
            "\"Small practice or clinic\"",
        ),
        Field::req(
            "org_type",
            Ty::Choice(ORG_TYPES),
            "Organization type.",
            "\"provider\"",
        ),
        Field::req("size", Ty::Choice(ORG_SIZES), "HICP size.", "\"small\""),
        Field::req(
            "summary",
            Ty::Str,
            "One sentence describing such an organization.",
            "\"A physician practice or clinic without dedicated IT or security staff.\"",
        ),
        Field::req(
            "staff",
            Ty::Str,
            "Typical headcount, in words.",
            "\"under 50 staff\"",
        ),
        Field::req(
            "roles",
            Ty::List(&Ty::Table(ORG_ROLE)),
            "The roles it needs.",
            "[{ role = \"hipaa-security-officer\", fte = 0.2, sourcing = \"shared\", why = \"…\" }]",
        ),
        Field::req(
            "priority_practices",
            Ty::List(&Ty::Ref(RefKind::Practice)),
            "The HICP practices to put in place first, most urgent first.",
            "[\"email-protection\"]",
        ),
        Field::req(
            "awareness_programs",
            Ty::List(&Ty::Ref(RefKind::Program)),
            "Programs for the all-staff awareness program.",
            "[\"hhs-405d-knowledge-on-demand\"]",
        ),
        sources_field(true),
        verified_field(true),
    ];

    fn check(&self, c: &mut Checker<'_>) {
        c.count(
            "roles",
            self.roles.len(),
            1,
            40,
            "a workforce plan needs roles",
        );
        c.no_duplicates("roles", self.roles.iter().map(|r| r.role.as_str()));
        c.no_duplicates(
            "priority_practices",
            self.priority_practices.iter().map(String::as_str),
        );
        if !self.roles.iter().any(|r| r.essential) {
            c.error(Code::Inconsistent, "roles", "no role is essential");
        }
    }
}
