//! Free and discounted help for small and rural organizations (`content/support/<id>.md`): a
//! service, tool, training, funding or community, who offers it, who may use it, what it costs
//! and whether it is still offered. The Organizations planner lists the ones that apply.

use pathways_core::model::{Support, SupportKind};

use crate::diagnostic::Code;
use crate::kinds::choices::{ORG_SIZES, ORG_TYPES};
use crate::kinds::{Checker, Kind, sources_field, verified_field};
use crate::schema::{Field, Ty};

impl Kind for Support {
    const HEADING: &'static str = "Support for small and rural organizations";
    const FOLDER: &'static str = "support";
    const NOUN: &'static str = "support program";
    const BODY_REQUIRED: bool = false;
    const BODY_DOC: &'static str = "Optional notes: how to apply, what to watch for.";
    const FIELDS: &'static [Field] = &[
        Field::req("title", Ty::Str, "Its name.", "\"Cyber Hygiene Services\""),
        Field::req("provider", Ty::Str, "Who offers it.", "\"CISA\""),
        Field::req(
            "kind",
            Ty::Choice(SupportKind::NAMES),
            "`service`, `funding`, `tool`, `training` or `community`.",
            "\"service\"",
        ),
        Field::req(
            "summary",
            Ty::Str,
            "What it gives, in one or two sentences.",
            "\"Free weekly scanning of internet-facing systems for known vulnerabilities.\"",
        ),
        Field::req(
            "eligibility",
            Ty::Str,
            "Who can use it, in words.",
            "\"Critical infrastructure organizations, health care included.\"",
        ),
        Field::opt(
            "org_types",
            Ty::List(&Ty::Choice(ORG_TYPES)),
            "The kinds of organization it is for; leave it out when any may use it.",
            "[\"provider\"]",
        ),
        Field::opt(
            "org_sizes",
            Ty::List(&Ty::Choice(ORG_SIZES)),
            "The HICP sizes it is for; leave it out when any may use it.",
            "[\"small\", \"medium\"]",
        ),
        Field::opt(
            "rural_only",
            Ty::Bool,
            "Whether only organizations in rural areas qualify.",
            "true",
        ),
        Field::req("cost", Ty::Str, "What it costs, in words.", "\"Free.\""),
        Field::req("free", Ty::Bool, "Whether it is free.", "true"),
        Field::req(
            "url",
            Ty::Url,
            "Where to apply or read more.",
            "\"https://www.cisa.gov/cyber-hygiene-services\"",
        ),
        Field::req(
            "status",
            Ty::Str,
            "Whether it is still offered as far as the sources show, with the date of the newest source.",
            "\"Listed among CISA's no-cost services in October 2025.\"",
        ),
        Field::opt(
            "unverified",
            Ty::List(&Ty::Str),
            "Field paths whose facts the sources do not state; the planner marks them as unverified.",
            "[\"status\"]",
        ),
        sources_field(true),
        verified_field(true),
    ];

    fn check(&self, c: &mut Checker<'_>) {
        if self.free && !self.cost.to_lowercase().contains("free") {
            c.error(
                Code::Inconsistent,
                "cost",
                "a free program's cost should say it is free",
            )
            .help("write the cost as \"Free.\" or set `free = false`");
        }
        c.no_duplicates("org_types", self.org_types.iter().map(|t| t.as_str()));
        c.no_duplicates("org_sizes", self.org_sizes.iter().map(|t| t.as_str()));
        for (i, path) in self.unverified.iter().enumerate() {
            if !c.spans.has(path) {
                c.error(
                    Code::Inconsistent,
                    &format!("unverified[{i}]"),
                    format!("`{path}` is not a field of this file"),
                )
                .help("list the path of a field that is present, such as `status`");
            }
        }
    }
}
