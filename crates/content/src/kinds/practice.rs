//! HICP practices and threats (`content/practices/<id>.md`), from the HHS 405(d) Health
//! Industry Cybersecurity Practices, 2023 edition.

use pathways_core::model::{Practice, PracticeKind};
use pathways_core::site::Route;

use crate::diagnostic::Code;
use crate::kinds::choices::{ORG_SIZES, PRACTICE_KINDS};
use crate::kinds::{Checker, Entry, Kind, Searched, sources_field, verified_field, weight};
use crate::schema::{Field, RefKind, Ty};

const SUB_PRACTICE: &[Field] = &[
    Field::req(
        "id",
        Ty::Str,
        "HICP's identifier, such as `1.S.A` or `1.M.B`.",
        "\"1.S.A\"",
    ),
    Field::req(
        "title",
        Ty::Str,
        "Its title as HICP writes it.",
        "\"E-mail System Configuration\"",
    ),
    Field::req(
        "size",
        Ty::Choice(ORG_SIZES),
        "The size of organization it is written for.",
        "\"small\"",
    ),
];

impl Kind for Practice {
    const HEADING: &'static str = "HICP practices and threats";
    const REFS: &'static [RefKind] = &[RefKind::Practice, RefKind::Threat];

    fn answers_to(&self) -> Option<RefKind> {
        Some(match self.kind {
            PracticeKind::Practice => RefKind::Practice,
            PracticeKind::Threat => RefKind::Threat,
        })
    }

    fn route(id: &str) -> Option<Route<'_>> {
        Some(Route::Practice(id))
    }

    fn search(e: &Entry<Self>) -> Option<Searched<'_>> {
        let m = &e.meta;
        Some(Searched {
            title: m.title.clone(),
            kind: "HICP practice",
            summary: &m.summary,
            fields: vec![
                (m.title.as_str(), weight::TITLE),
                (m.summary.as_str(), weight::SUMMARY),
                (e.plain.as_str(), weight::BODY),
            ],
        })
    }

    const FOLDER: &'static str = "practices";
    const NOUN: &'static str = "HICP practice";
    const BODY_REQUIRED: bool = true;
    const BODY_DOC: &'static str =
        "What the practice or threat means for a health-care organization, in plain words.";
    const FIELDS: &'static [Field] = &[
        Field::req(
            "kind",
            Ty::Choice(PRACTICE_KINDS),
            "`practice` (one of the 10) or `threat` (one of the 5).",
            "\"practice\"",
        ),
        Field::req(
            "number",
            Ty::Int { min: 1, max: 10 },
            "Its number in HICP: practices 1–10, threats 1–5.",
            "1",
        ),
        Field::req(
            "title",
            Ty::Str,
            "Its title as HICP writes it.",
            "\"E-mail Protection Systems\"",
        ),
        Field::req(
            "summary",
            Ty::Str,
            "One sentence on what it is.",
            "\"Configure, filter and monitor e-mail, and teach staff to spot phishing.\"",
        ),
        Field::opt(
            "threats",
            Ty::List(&Ty::Ref(RefKind::Threat)),
            "For practices: the threats it mitigates.",
            "[\"social-engineering\", \"ransomware\"]",
        ),
        Field::opt(
            "sub_practices",
            Ty::List(&Ty::Table(SUB_PRACTICE)),
            "For practices: the sub-practices by organization size.",
            "[{ id = \"1.S.A\", title = \"E-mail System Configuration\", size = \"small\" }]",
        ),
        Field::opt(
            "key_messages",
            Ty::List(&Ty::Str),
            "For threats: two to five short messages for a break-room poster, each an action anyone on staff can take.",
            "[\"Not sure about a message? Report it; never click to find out.\"]",
        ),
        sources_field(true),
        verified_field(true),
    ];

    fn check(&self, c: &mut Checker<'_>) {
        match self.kind {
            PracticeKind::Threat => {
                if self.number > 5 {
                    c.error(
                        Code::OutOfRange,
                        "number",
                        format!("HICP has 5 threats, not {}", self.number),
                    );
                }
                if self.key_messages.len() > 5
                    || self.key_messages.iter().any(|m| m.chars().count() > 120)
                {
                    c.error(
                        Code::OutOfRange,
                        "key_messages",
                        "a poster holds at most 5 messages of at most 120 characters",
                    )
                    .why("the messages are printed large on one page for a break room")
                    .help("keep the most important ones and shorten them");
                }
                if !self.threats.is_empty() || !self.sub_practices.is_empty() {
                    c.error(
                        Code::Inconsistent,
                        "kind",
                        "a threat has no `threats` or `sub_practices` of its own",
                    )
                    .help("list the threats on the practices that mitigate them");
                }
            }
            PracticeKind::Practice => {
                if !self.key_messages.is_empty() {
                    c.error(
                        Code::Inconsistent,
                        "key_messages",
                        "only a threat has poster messages",
                    )
                    .help("put the messages on the threat the practice mitigates");
                }
                if self.sub_practices.is_empty() {
                    c.error(
                        Code::MissingField,
                        "sub_practices",
                        "a practice needs its sub-practices",
                    )
                    .why("organizations see what to do at their size from the sub-practices");
                }
                c.no_duplicates(
                    "sub_practices",
                    self.sub_practices.iter().map(|s| s.id.as_str()),
                );
                c.no_duplicates("threats", self.threats.iter().map(String::as_str));
                for (i, sub) in self.sub_practices.iter().enumerate() {
                    let expected_prefix = format!("{}.", self.number);
                    if !sub.id.starts_with(&expected_prefix) {
                        c.error(Code::Inconsistent, &format!("sub_practices[{i}].id"), format!("`{}` does not belong to practice {}", sub.id, self.number))
                            .help(format!("HICP numbers sub-practices of practice {n} as `{n}.S.A`, `{n}.M.A`, `{n}.L.A`", n = self.number));
                    }
                }
            }
        }
    }
}
