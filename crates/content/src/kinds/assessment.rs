//! Knowledge checks (`content/assessment/<skill-id>.md`): multiple-choice questions for one
//! skill, at levels 1–4, with the explanation shown after answering.

use std::collections::HashSet;

use pathways_core::model::ItemBank;

use crate::diagnostic::Code;
use crate::kinds::{Checker, Kind};
use crate::schema::{Field, RefKind, Ty};

const ITEM: &[Field] = &[
    Field::req(
        "id",
        Ty::Str,
        "A stable id, unique across all knowledge checks; saved progress refers to it. Never reuse an id for a different question.",
        "\"log-analysis-1\"",
    ),
    Field::req(
        "level",
        Ty::Int { min: 1, max: 4 },
        "The skill level (1–4) the question checks.",
        "2",
    ),
    Field::req(
        "stem",
        Ty::Text,
        "The question.",
        "\"An EHR server logs 400 failed logins for one account in a minute. What is the most likely cause?\"",
    ),
    Field::req(
        "options",
        Ty::List(&Ty::Str),
        "The choices: 2 to 6, each different.",
        "[\"A password-guessing attack\", \"A clock drift\", \"A full disk\"]",
    ),
    Field::req(
        "answer",
        Ty::Int { min: 0, max: 5 },
        "The position of the right choice, counting from 0.",
        "0",
    ),
    Field::req(
        "explanation",
        Ty::Text,
        "Why the right answer is right, shown after answering.",
        "\"Hundreds of failures in a minute from one account is a brute-force pattern …\"",
    ),
];

impl Kind for ItemBank {
    const HEADING: &'static str = "Knowledge checks";
    const FOLDER: &'static str = "assessment";
    const NOUN: &'static str = "knowledge-check file";
    const BODY_REQUIRED: bool = false;
    const BODY_DOC: &'static str = "Optional notes for item writers; not published.";
    const FIELDS: &'static [Field] = &[
        Field::req(
            "skill",
            Ty::Ref(RefKind::Skill),
            "The skill the questions check.",
            "\"log-analysis\"",
        ),
        Field::req(
            "items",
            Ty::List(&Ty::Table(ITEM)),
            "The questions.",
            "[{ id = \"log-analysis-1\", level = 2, stem = \"…\", options = [\"…\", \"…\"], answer = 0, explanation = \"…\" }]",
        ),
    ];

    fn check(&self, c: &mut Checker<'_>) {
        c.no_duplicates("items", self.items.iter().map(|i| i.id.as_str()));
        for (i, item) in self.items.iter().enumerate() {
            let at = |f: &str| format!("items[{i}].{f}");
            if !pathways_core::site::is_valid_id(&item.id) {
                c.error(
                    Code::BadItem,
                    &at("id"),
                    format!("`{}` is not a valid item id", item.id),
                )
                .help("use lowercase letters, digits and hyphens, such as `log-analysis-3`");
            }
            if item.options.len() < 2 || item.options.len() > 6 {
                c.error(
                    Code::BadItem,
                    &at("options"),
                    format!(
                        "a question needs 2 to 6 choices, not {}",
                        item.options.len()
                    ),
                );
            }
            if usize::from(item.answer) >= item.options.len() {
                c.error(
                    Code::BadItem,
                    &at("answer"),
                    format!(
                        "the answer is choice {} (counting from 0), but there are only {} choices",
                        item.answer,
                        item.options.len()
                    ),
                )
                .why("the question could never be answered right")
                .help("`answer` counts from 0: the first choice is 0");
            }
            let mut seen = HashSet::new();
            for (j, option) in item.options.iter().enumerate() {
                if !seen.insert(option.trim().to_lowercase()) {
                    c.error(
                        Code::BadItem,
                        &format!("items[{i}].options[{j}]"),
                        "two choices read the same",
                    );
                }
            }
        }
    }
}
