//! Programs (`content/programs/<id>.md`): training and education offerings, including CAE
//! degree programs, free courses and curricula with modules.

use pathways_core::model::{Program, ProgramKind};
use pathways_core::site::Route;

use crate::diagnostic::Code;
use crate::kinds::choices::{DEGREES, MODALITIES, PROGRAM_KINDS, US_STATES};
use crate::kinds::{
    Checker, Entry, Kind, SKILL_TARGET, Searched, sources_field, verified_field, weight,
};
use crate::schema::{Field, RefKind, Ty};

const MODULE: &[Field] = &[
    Field::req(
        "title",
        Ty::Str,
        "The module's title.",
        "\"Incident response in a hospital\"",
    ),
    Field::opt(
        "hours",
        Ty::Num {
            min: 0.0,
            max: 2000.0,
        },
        "Contact or study hours.",
        "12",
    ),
    Field::opt(
        "skills",
        Ty::List(&Ty::Table(SKILL_TARGET)),
        "Skills it builds, with the level reached.",
        "[{ skill = \"incident-response\", level = 2 }]",
    ),
    Field::opt(
        "nice_tks",
        Ty::List(&Ty::Ref(RefKind::NiceTks)),
        "NICE TKS ids it covers.",
        "[\"T1090\"]",
    ),
    Field::opt(
        "knowledge_units",
        Ty::List(&Ty::Ref(RefKind::KnowledgeUnit)),
        "CAE Knowledge Units it covers (acronyms from content/cae/knowledge-units.toml).",
        "[\"CTH\"]",
    ),
    Field::opt(
        "credit_hours",
        Ty::Num {
            min: 0.0,
            max: 30.0,
        },
        "Academic credit hours, for a credit-bearing course.",
        "3",
    ),
    Field::opt(
        "outcomes",
        Ty::List(&Ty::Str),
        "What a student can do after it: up to 12 outcomes, each a sentence starting with a verb.",
        "[\"Triage an alert from the EHR audit log and escalate it by the hospital's playbook.\"]",
    ),
];

impl Kind for Program {
    const HEADING: &'static str = "Programs and curricula";
    const REFS: &'static [RefKind] = &[RefKind::Program];

    fn route(id: &str) -> Option<Route<'_>> {
        Some(Route::Program(id))
    }

    fn search(e: &Entry<Self>) -> Option<Searched<'_>> {
        let m = &e.meta;
        Some(Searched {
            title: m.name.clone(),
            kind: "Program",
            summary: &m.summary,
            fields: vec![
                (m.name.as_str(), weight::TITLE),
                (m.provider.as_str(), weight::ALIAS),
                (m.summary.as_str(), weight::SUMMARY),
                (e.plain.as_str(), weight::BODY),
            ],
        })
    }

    const FOLDER: &'static str = "programs";
    const NOUN: &'static str = "program";
    const BODY_REQUIRED: bool = true;
    const BODY_DOC: &'static str =
        "What the program covers and who it suits; for curricula, how it is taught.";
    const FIELDS: &'static [Field] = &[
        Field::req(
            "name",
            Ty::Str,
            "The program's name.",
            "\"Knowledge on Demand\"",
        ),
        Field::req(
            "provider",
            Ty::Str,
            "Who offers it.",
            "\"HHS 405(d) Program\"",
        ),
        Field::req(
            "kind",
            Ty::Choice(PROGRAM_KINDS),
            "What kind of program.",
            "\"awareness\"",
        ),
        Field::req(
            "summary",
            Ty::Str,
            "One sentence on what it offers.",
            "\"Free awareness training on the five HICP threats.\"",
        ),
        Field::opt(
            "degree",
            Ty::Choice(DEGREES),
            "The degree it awards (degree programs only).",
            "\"bachelor\"",
        ),
        Field::opt(
            "institution",
            Ty::Ref(RefKind::Institution),
            "The institution's id in the CAE directory (content/cae/institutions.csv).",
            "\"university-of-maryland-global-campus\"",
        ),
        Field::req(
            "modality",
            Ty::Choice(MODALITIES),
            "How it is delivered.",
            "\"self-paced\"",
        ),
        Field::opt(
            "state",
            Ty::Choice(US_STATES),
            "The US state (two letters) where in-person or hybrid teaching happens.",
            "\"MD\"",
        ),
        Field::req(
            "duration_weeks",
            Ty::Num {
                min: 0.0,
                max: 520.0,
            },
            "Length in weeks (use a fraction for short courses: a one-day course is 0.2).",
            "4",
        ),
        Field::req(
            "hours_per_week",
            Ty::Num {
                min: 0.0,
                max: 80.0,
            },
            "Expected hours per week.",
            "2",
        ),
        Field::req(
            "cost_usd",
            Ty::Num {
                min: 0.0,
                max: 500000.0,
            },
            "Total cost in US dollars; 0 for free.",
            "0",
        ),
        Field::opt(
            "cost_estimate",
            Ty::Bool,
            "Whether the cost is an estimate (for example tuition computed from a per-credit rate).",
            "false",
        ),
        Field::opt(
            "cost_note",
            Ty::Str,
            "Notes on cost.",
            "\"In-state tuition; out-of-state is higher.\"",
        ),
        Field::opt(
            "skills",
            Ty::List(&Ty::Table(SKILL_TARGET)),
            "Skills it builds, with the level reached.",
            "[{ skill = \"security-awareness\", level = 2 }]",
        ),
        Field::opt(
            "credentials",
            Ty::List(&Ty::Ref(RefKind::Credential)),
            "Credentials it prepares for.",
            "[\"cc\"]",
        ),
        Field::opt(
            "knowledge_units",
            Ty::List(&Ty::Ref(RefKind::KnowledgeUnit)),
            "CAE Knowledge Units it covers.",
            "[\"CSF\"]",
        ),
        Field::opt(
            "modules",
            Ty::List(&Ty::Table(MODULE)),
            "Modules, for curricula: each with the skills, NICE statements and Knowledge Units it covers.",
            "[{ title = \"Foundations\", hours = 10 }]",
        ),
        Field::req(
            "url",
            Ty::Url,
            "The program's page.",
            "\"https://405d.hhs.gov/resources\"",
        ),
        sources_field(true),
        verified_field(true),
    ];

    fn check(&self, c: &mut Checker<'_>) {
        for (i, m) in self.modules.iter().enumerate() {
            if m.outcomes.len() > 12 {
                c.error(
                    Code::OutOfRange,
                    &format!("modules[{i}].outcomes"),
                    format!(
                        "a module lists at most 12 outcomes, not {}",
                        m.outcomes.len()
                    ),
                )
                .help(
                    "keep the outcomes the module assesses; move the rest to a module of their own",
                );
            }
            for (j, o) in m.outcomes.iter().enumerate() {
                if o.trim().is_empty() || o.chars().count() > 300 {
                    c.error(
                        Code::OutOfRange,
                        &format!("modules[{i}].outcomes[{j}]"),
                        "an outcome is one sentence of 1 to 300 characters",
                    )
                    .help("start with what the student can do: \"Configure …\", \"Explain …\"");
                }
            }
        }
        c.no_duplicates("skills", self.skills.iter().map(|s| s.skill.as_str()));
        c.no_duplicates("credentials", self.credentials.iter().map(String::as_str));
        c.no_duplicates(
            "knowledge_units",
            self.knowledge_units.iter().map(String::as_str),
        );
        if self.kind == ProgramKind::Degree && self.degree.is_none() {
            c.error(
                Code::MissingField,
                "kind",
                "a degree program must say which degree it awards",
            )
            .help("add `degree = \"associate\"`, `\"bachelor\"`, `\"master\"` or `\"doctorate\"`");
        }
        if self.kind != ProgramKind::Degree && self.degree.is_some() {
            c.error(
                Code::Inconsistent,
                "degree",
                "only degree programs award a degree",
            )
            .help("set `kind = \"degree\"`, or remove `degree`");
        }
        if self.skills.is_empty() && self.credentials.is_empty() && self.modules.is_empty() {
            c.error(
                Code::MissingField,
                "skills",
                "the program builds no skill and prepares for no credential",
            )
            .why("the planner can only choose programs that close a gap")
            .help("add `skills = [{ skill = \"…\", level = 2 }]` or `credentials = [\"…\"]`");
        }
        if self.duration_weeks <= 0.0 {
            c.error(
                Code::OutOfRange,
                "duration_weeks",
                "a program takes some time",
            )
            .help("a one-day course is 0.2 weeks");
        }
    }
}
