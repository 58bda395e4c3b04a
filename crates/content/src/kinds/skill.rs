//! Skills (`content/skills/<id>.md`): what a person can do, described at four levels so people
//! can rate themselves.

use pathways_core::model::Skill;
use pathways_core::site::Route;

use crate::kinds::choices::SKILL_AREAS;
use crate::kinds::{Checker, Entry, Kind, Searched, weight};
use crate::schema::{Field, RefKind, Ty};

const LEVELS: &[Field] = &[
    Field::req(
        "1",
        Ty::Text,
        "Awareness: knows what it is and why it matters; can follow a written procedure with help.",
        "\"Knows what …\"",
    ),
    Field::req(
        "2",
        Ty::Text,
        "Practitioner: does routine tasks on their own.",
        "\"Does …\"",
    ),
    Field::req(
        "3",
        Ty::Text,
        "Proficient: handles non-routine work independently and guides others.",
        "\"Handles …\"",
    ),
    Field::req(
        "4",
        Ty::Text,
        "Expert: sets direction, designs the approach, teaches it.",
        "\"Designs …\"",
    ),
];

impl Kind for Skill {
    const HEADING: &'static str = "Skills";
    const REFS: &'static [RefKind] = &[RefKind::Skill];

    fn route(id: &str) -> Option<Route<'_>> {
        Some(Route::Skill(id))
    }

    fn search(e: &Entry<Self>) -> Option<Searched<'_>> {
        let m = &e.meta;
        Some(Searched {
            title: m.name.clone(),
            kind: "Skill",
            summary: &m.summary,
            fields: vec![
                (m.name.as_str(), weight::TITLE),
                (m.summary.as_str(), weight::SUMMARY),
                (e.plain.as_str(), weight::BODY),
            ],
        })
    }

    const FOLDER: &'static str = "skills";
    const NOUN: &'static str = "skill";
    const BODY_REQUIRED: bool = false;
    const BODY_DOC: &'static str =
        "Optional: what the skill looks like in health care, with examples.";
    const FIELDS: &'static [Field] = &[
        Field::req(
            "name",
            Ty::Str,
            "The skill's name.",
            "\"Log analysis and alert triage\"",
        ),
        Field::req(
            "area",
            Ty::Choice(SKILL_AREAS),
            "The portal's skill area.",
            "\"operations\"",
        ),
        Field::req(
            "summary",
            Ty::Str,
            "One sentence on what the skill is.",
            "\"Reading logs and alerts to tell real attacks from noise.\"",
        ),
        Field::opt(
            "nice_competency",
            Ty::Ref(RefKind::NiceCompetency),
            "The NICE competency area, where one fits (NF-COM-001 … NF-COM-011).",
            "\"NF-COM-007\"",
        ),
        Field::req(
            "nice_tks",
            Ty::List(&Ty::Ref(RefKind::NiceTks)),
            "NICE task, knowledge and skill statement ids the skill covers (checked against the imported NICE data).",
            "[\"K0018\", \"S0011\"]",
        ),
        Field::opt(
            "hicp_practices",
            Ty::List(&Ty::Ref(RefKind::Practice)),
            "HICP practices the skill supports.",
            "[\"security-operations\"]",
        ),
        Field::req(
            "levels",
            Ty::Table(LEVELS),
            "What a person can do at each level, written so people can rate themselves: keys 1 to 4.",
            "{ 1 = \"…\", 2 = \"…\", 3 = \"…\", 4 = \"…\" }",
        ),
    ];

    fn check(&self, c: &mut Checker<'_>) {
        c.count(
            "nice_tks",
            self.nice_tks.len(),
            1,
            40,
            "the NICE statements tie the skill to the framework employers and educators use",
        );
        c.no_duplicates("nice_tks", self.nice_tks.iter().map(String::as_str));
        c.no_duplicates(
            "hicp_practices",
            self.hicp_practices.iter().map(String::as_str),
        );
        let mut seen = std::collections::HashSet::new();
        for level in 1..=4u8 {
            if let Some(text) = self.descriptor(level)
                && !seen.insert(text.trim())
            {
                c.error(
                    crate::diagnostic::Code::DuplicateValue,
                    &format!("levels.{level}"),
                    format!("level {level} repeats another level's descriptor"),
                )
                .why("people cannot rate themselves if two levels read the same")
                .help("say what someone at this level can do that someone one level down cannot");
            }
        }
    }
}
