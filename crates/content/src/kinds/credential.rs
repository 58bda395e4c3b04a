//! Credentials (`content/credentials/<id>.md`): certifications and certificates, with their
//! eligibility rules as data.

use pathways_core::model::Credential;
use pathways_core::site::Route;

use crate::diagnostic::Code;
use crate::kinds::choices::{CREDENTIAL_KINDS, CREDENTIAL_LEVELS, DEGREES, PROFICIENCIES};
use crate::kinds::{
    Checker, Entry, Kind, SKILL_TARGET, Searched, sources_field, verified_field, weight,
};
use crate::schema::{Field, RefKind, Ty};

const DOMAIN: &[Field] = &[
    Field::req(
        "name",
        Ty::Str,
        "The domain's name as the issuer writes it.",
        "\"Security and Risk Management\"",
    ),
    Field::opt(
        "weight",
        Ty::Num {
            min: 0.0,
            max: 100.0,
        },
        "Its share of the exam in percent.",
        "16",
    ),
    Field::opt(
        "weight_range",
        Ty::List(&Ty::Num {
            min: 0.0,
            max: 100.0,
        }),
        "Its share as a published range [min, max] in percent.",
        "[23, 27]",
    ),
];

const EXAM: &[Field] = &[
    Field::opt(
        "items_min",
        Ty::Int { min: 1, max: 1000 },
        "The fewest questions.",
        "100",
    ),
    Field::opt(
        "items_max",
        Ty::Int { min: 1, max: 1000 },
        "The most questions.",
        "150",
    ),
    Field::opt(
        "minutes",
        Ty::Int { min: 1, max: 1440 },
        "Time allowed, in minutes.",
        "180",
    ),
    Field::opt(
        "format",
        Ty::Str,
        "The format in words.",
        "\"Computerized adaptive testing (CAT), multiple choice\"",
    ),
    Field::opt(
        "passing",
        Ty::Str,
        "The passing score in the issuer's words.",
        "\"700 out of 1000\"",
    ),
    Field::opt(
        "price_usd",
        Ty::Num {
            min: 0.0,
            max: 10000.0,
        },
        "The exam price in US dollars (Americas).",
        "749",
    ),
    Field::opt(
        "note",
        Ty::Str,
        "Notes: member prices, regions, vouchers.",
        "\"Price for the Americas; other regions differ.\"",
    ),
];

const WAIVER: &[Field] = &[
    Field::req(
        "years",
        Ty::Num {
            min: 0.0,
            max: 10.0,
        },
        "How many years it waives at most.",
        "1",
    ),
    Field::opt(
        "degree",
        Ty::Choice(DEGREES),
        "A degree (at least this level) that waives the years.",
        "\"bachelor\"",
    ),
    Field::opt(
        "credentials",
        Ty::List(&Ty::Ref(RefKind::Credential)),
        "Credentials, any one of which waives the years.",
        "[\"cism\"]",
    ),
    Field::opt(
        "training",
        Ty::Bool,
        "Whether completing the issuer's official training waives the years.",
        "true",
    ),
    Field::opt(
        "from",
        Ty::Date,
        "The first day the waiver is in force, when the issuer changed its rules on a date; the planner applies it only to exams on or after it.",
        "2026-04-01",
    ),
    Field::opt(
        "until",
        Ty::Date,
        "The last day the waiver was in force, when the issuer replaced it; the planner applies it only to exams on or before it.",
        "2026-03-31",
    ),
    Field::req(
        "wording",
        Ty::Text,
        "The issuer's wording of the waiver.",
        "\"A four-year college degree … can satisfy one year of the required experience.\"",
    ),
];

const SCALED: &[Field] = &[
    Field::req(
        "years",
        Ty::Num {
            min: 0.0,
            max: 20.0,
        },
        "Years of experience required with this education.",
        "2",
    ),
    Field::opt(
        "degree",
        Ty::Choice(DEGREES),
        "The degree held (at least this level).",
        "\"bachelor\"",
    ),
    Field::opt(
        "credentials",
        Ty::List(&Ty::Ref(RefKind::Credential)),
        "Or any one of these credentials held.",
        "[\"rhia\"]",
    ),
];

const ASSOCIATE: &[Field] = &[
    Field::req(
        "name",
        Ty::Str,
        "The designation held meanwhile.",
        "\"Associate of ISC2\"",
    ),
    Field::req(
        "window_years",
        Ty::Num {
            min: 0.0,
            max: 10.0,
        },
        "Years allowed after passing to gain the experience.",
        "6",
    ),
    Field::req(
        "wording",
        Ty::Text,
        "The issuer's wording.",
        "\"… will have six years to earn the five years required experience.\"",
    ),
];

const ELIGIBILITY: &[Field] = &[
    Field::opt(
        "years",
        Ty::Num {
            min: 0.0,
            max: 20.0,
        },
        "Years of relevant experience required, before waivers.",
        "5",
    ),
    Field::opt(
        "min_domains",
        Ty::Int { min: 0, max: 20 },
        "How many of the credential's domains the experience must span.",
        "2",
    ),
    Field::opt(
        "healthcare_years",
        Ty::Num {
            min: 0.0,
            max: 20.0,
        },
        "Years of the experience that must be in health care.",
        "1",
    ),
    Field::opt(
        "management_years",
        Ty::Num {
            min: 0.0,
            max: 20.0,
        },
        "Years of the experience that must be in management.",
        "3",
    ),
    Field::opt(
        "scaled_by_education",
        Ty::List(&Ty::Table(SCALED)),
        "Years required by education, highest education first; the first row the candidate meets applies.",
        "[{ degree = \"master\", years = 1 }]",
    ),
    Field::opt(
        "waivers",
        Ty::List(&Ty::Table(WAIVER)),
        "Ways to cut the years.",
        "[]",
    ),
    Field::opt(
        "prerequisites",
        Ty::List(&Ty::Ref(RefKind::Credential)),
        "Credentials that must be held first.",
        "[]",
    ),
    Field::opt(
        "within_years",
        Ty::Num {
            min: 0.0,
            max: 30.0,
        },
        "The experience must fall within this many years before applying.",
        "10",
    ),
    Field::opt(
        "after_exam_years",
        Ty::Num {
            min: 0.0,
            max: 10.0,
        },
        "The experience may be completed within this many years after passing.",
        "5",
    ),
    Field::opt(
        "associate",
        Ty::Table(ASSOCIATE),
        "A route for those who pass before they have the experience.",
        "{ name = \"Associate of ISC2\", window_years = 6, wording = \"…\" }",
    ),
    Field::req(
        "wording",
        Ty::Text,
        "The issuer's wording of the requirement (quote it).",
        "\"Candidates must have a minimum of five years cumulative, full-time experience in two or more of the eight domains …\"",
    ),
];

const MAINTENANCE: &[Field] = &[
    Field::opt(
        "cpe",
        Ty::Num {
            min: 0.0,
            max: 1000.0,
        },
        "Continuing-education credits per cycle.",
        "120",
    ),
    Field::req(
        "cycle_years",
        Ty::Num {
            min: 0.5,
            max: 10.0,
        },
        "Cycle length in years.",
        "3",
    ),
    Field::opt(
        "cpe_per_year_min",
        Ty::Num {
            min: 0.0,
            max: 500.0,
        },
        "Minimum credits each year.",
        "40",
    ),
    Field::opt(
        "annual_fee_usd",
        Ty::Num {
            min: 0.0,
            max: 5000.0,
        },
        "Annual maintenance fee in US dollars.",
        "135",
    ),
    Field::opt(
        "renewal_fee_usd",
        Ty::Num {
            min: 0.0,
            max: 5000.0,
        },
        "Fee per renewal cycle in US dollars.",
        "0",
    ),
    Field::opt(
        "note",
        Ty::Str,
        "Notes.",
        "\"Earning a higher CompTIA certification renews this one.\"",
    ),
];

const DOD: &[Field] = &[
    Field::req("work_role", Ty::Str, "The DCWF work role code.", "\"722\""),
    Field::req(
        "title",
        Ty::Str,
        "The DCWF work role title.",
        "\"Information Systems Security Manager\"",
    ),
    Field::req(
        "proficiency",
        Ty::Choice(PROFICIENCIES),
        "The proficiency level in the DoD 8140 matrix.",
        "\"advanced\"",
    ),
];

impl Kind for Credential {
    const HEADING: &'static str = "Credentials";
    const REFS: &'static [RefKind] = &[RefKind::Credential];

    fn route(id: &str) -> Option<Route<'_>> {
        Some(Route::Credential(id))
    }

    fn search(e: &Entry<Self>) -> Option<Searched<'_>> {
        let m = &e.meta;
        let title = if m.abbreviation == m.name {
            m.name.clone()
        } else {
            format!("{} — {}", m.abbreviation, m.name)
        };
        Some(Searched {
            title,
            kind: "Credential",
            summary: &m.summary,
            fields: vec![
                (m.abbreviation.as_str(), weight::TITLE),
                (m.name.as_str(), weight::ALIAS),
                (m.issuer.as_str(), weight::SUMMARY),
                (m.summary.as_str(), weight::SUMMARY),
                (e.plain.as_str(), weight::BODY),
            ],
        })
    }

    const FOLDER: &'static str = "credentials";
    const NOUN: &'static str = "credential";
    const BODY_REQUIRED: bool = true;
    const BODY_DOC: &'static str =
        "Who the credential is for in health care and how it is used in hiring.";
    const FIELDS: &'static [Field] = &[
        Field::req(
            "name",
            Ty::Str,
            "The full name.",
            "\"Certified Information Systems Security Professional\"",
        ),
        Field::req("abbreviation", Ty::Str, "The short name.", "\"CISSP\""),
        Field::req("issuer", Ty::Str, "Who issues it.", "\"ISC2\""),
        Field::req(
            "kind",
            Ty::Choice(CREDENTIAL_KINDS),
            "Certification (exam and maintenance) or certificate.",
            "\"certification\"",
        ),
        Field::req(
            "level",
            Ty::Choice(CREDENTIAL_LEVELS),
            "Its level.",
            "\"advanced\"",
        ),
        Field::req(
            "summary",
            Ty::Str,
            "One sentence on what it shows.",
            "\"Broad security management and engineering knowledge, with five years of experience.\"",
        ),
        Field::req(
            "official_url",
            Ty::Url,
            "The issuer's page.",
            "\"https://www.isc2.org/certifications/cissp\"",
        ),
        Field::opt(
            "skills",
            Ty::List(&Ty::Table(SKILL_TARGET)),
            "Skills it evidences, with the level it evidences.",
            "[{ skill = \"risk-assessment\", level = 3 }]",
        ),
        Field::opt(
            "domains",
            Ty::List(&Ty::Table(DOMAIN)),
            "Exam domains with weights; weights add up to 100.",
            "[{ name = \"Security and Risk Management\", weight = 16 }]",
        ),
        Field::opt(
            "exam",
            Ty::Table(EXAM),
            "Exam facts.",
            "{ minutes = 180, price_usd = 749 }",
        ),
        Field::opt(
            "eligibility",
            Ty::Table(ELIGIBILITY),
            "Eligibility rules as data, with the issuer's wording.",
            "{ years = 5, wording = \"…\" }",
        ),
        Field::opt(
            "maintenance",
            Ty::Table(MAINTENANCE),
            "What keeping it takes.",
            "{ cpe = 120, cycle_years = 3, annual_fee_usd = 135 }",
        ),
        Field::opt(
            "dod_8140",
            Ty::List(&Ty::Table(DOD)),
            "Entries of the DoD 8140 Foundational Qualification Matrix.",
            "[{ work_role = \"722\", title = \"Information Systems Security Manager\", proficiency = \"advanced\" }]",
        ),
        Field::opt(
            "unverified",
            Ty::List(&Ty::Str),
            "Field paths whose facts could not be verified with the issuer; pages mark them as unverified.",
            "[\"exam.price_usd\"]",
        ),
        sources_field(true),
        verified_field(true),
    ];

    fn check(&self, c: &mut Checker<'_>) {
        c.no_duplicates("skills", self.skills.iter().map(|s| s.skill.as_str()));
        check_weights(self, c);
        if let Some(exam) = &self.exam
            && let (Some(min), Some(max)) = (exam.items_min, exam.items_max)
            && min > max
        {
            c.error(
                Code::Inconsistent,
                "exam.items_min",
                format!("the exam has at least {min} but at most {max} questions"),
            );
        }
        let e = &self.eligibility;
        if e.healthcare_years > e.years.max(max_scaled(e)) {
            c.error(
                Code::Inconsistent,
                "eligibility.healthcare_years",
                "more years in health care than years of experience required",
            );
        }
        for (i, w) in e.waivers.iter().enumerate() {
            if let (Some(from), Some(until)) = (w.from, w.until)
                && until < from
            {
                c.error(
                    Code::OutOfRange,
                    &format!("eligibility.waivers[{i}].until"),
                    format!("this waiver ends on {until}, before it starts on {from}"),
                )
                .help("`from` is the first day the waiver is in force and `until` the last: swap them, or remove `until` if it is still in force");
            }
            if w.degree.is_none() && w.credentials.is_empty() && !w.training {
                c.error(
                    Code::MissingField,
                    &format!("eligibility.waivers[{i}]"),
                    "this waiver names neither a degree, credentials nor the issuer's training",
                )
                .help("add `degree = \"bachelor\"`, `credentials = [\"…\"]` or `training = true`");
            }
            if w.years > e.years {
                c.error(
                    Code::Inconsistent,
                    &format!("eligibility.waivers[{i}].years"),
                    "the waiver is larger than the experience required",
                );
            }
        }
        for (i, row) in e.scaled_by_education.iter().enumerate() {
            if row.degree.is_none() && row.credentials.is_empty() {
                c.error(
                    Code::MissingField,
                    &format!("eligibility.scaled_by_education[{i}]"),
                    "this row names neither a degree nor credentials",
                );
            }
        }
        for (i, path) in self.unverified.iter().enumerate() {
            let known = c.spans.has(path)
                || c.spans.paths().any(|p| {
                    p.starts_with(&format!("{path}[")) || p.starts_with(&format!("{path}."))
                });
            if !known {
                c.error(Code::Inconsistent, &format!("unverified[{i}]"), format!("`{path}` is not a field of this file"))
                    .help("list the path of a field that is present, such as `exam.price_usd` or `domains`");
            }
        }
    }
}

fn max_scaled(e: &pathways_core::model::Eligibility) -> f32 {
    e.scaled_by_education
        .iter()
        .map(|r| r.years)
        .fold(0.0, f32::max)
}

fn check_weights(cred: &Credential, c: &mut Checker<'_>) {
    if cred.domains.is_empty() {
        return;
    }
    let weighted = cred
        .domains
        .iter()
        .filter(|d| d.weight.is_some() || d.weight_range.is_some())
        .count();
    if weighted == 0 {
        return; // weights not published; the page says so
    }
    if weighted < cred.domains.len() {
        c.error(
            Code::WeightsNot100,
            "domains",
            "some domains have weights and some do not",
        )
        .help("give every domain a `weight` (or `weight_range`), or none of them");
        return;
    }
    let (mut low, mut high) = (0.0f32, 0.0f32);
    for (i, d) in cred.domains.iter().enumerate() {
        match (d.weight, d.weight_range) {
            (Some(w), _) => {
                low += w;
                high += w;
            }
            (None, Some([a, b])) => {
                if a > b {
                    c.error(
                        Code::Inconsistent,
                        &format!("domains[{i}].weight_range"),
                        "the range's first number is larger than its second",
                    );
                }
                low += a;
                high += b;
            }
            _ => {}
        }
    }
    if low > 100.5 || high < 99.5 {
        let total = if (high - low).abs() < 0.01 {
            format!("{low}")
        } else {
            format!("{low}–{high}")
        };
        c.error(
            Code::WeightsNot100,
            "domains",
            format!("the domain weights add up to {total}, not 100"),
        )
        .why("the domain chart and study plans would misstate the exam")
        .help("check the weights against the issuer's exam outline");
    }
}
