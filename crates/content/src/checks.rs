//! The checks across files, run once every file has been read on its own
//! ([`crate::catalog`]): references to ids that do not exist, links to pages that do not exist,
//! cycles in prerequisites and career pathways, and numbering that must be unique.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use pathways_core::model::PracticeKind;

use crate::catalog::{Catalog, Entries, Pending, Visit, folder_of};
use crate::diagnostic::{Code, Diagnostic, Report, did_you_mean, nearest};
use crate::kinds::Kind;
use crate::schema::RefKind;

/// The ids each reference kind may point at.
pub(crate) fn known_ids(catalog: &Catalog) -> HashMap<RefKind, BTreeSet<&str>> {
    struct Known<'c>(HashMap<RefKind, BTreeSet<&'c str>>);
    impl<'c> Visit<'c> for Known<'c> {
        fn kind<K: Kind>(&mut self, entries: &'c Entries<K>) {
            for kind in K::REFS {
                self.0.entry(*kind).or_default();
            }
            for e in entries {
                if let Some(kind) = e.meta.answers_to() {
                    self.0.entry(kind).or_default().insert(e.id.as_str());
                }
            }
        }
    }
    let mut known = Known(HashMap::new());
    catalog.visit(&mut known);
    let mut known = known.0;
    for kind in [
        RefKind::Institution,
        RefKind::KnowledgeUnit,
        RefKind::NiceWorkRole,
        RefKind::NiceTks,
        RefKind::NiceCompetency,
    ] {
        known.insert(kind, catalog.ids(kind).into_iter().collect());
    }
    known
}

fn where_it_lives(kind: RefKind, id: &str) -> String {
    match (kind, folder_of(kind)) {
        (RefKind::Practice, Some(folder)) => format!("no practice content/{folder}/{id}.md"),
        (RefKind::Threat, Some(folder)) => format!("no threat content/{folder}/{id}.md"),
        (_, Some(folder)) => format!("no file content/{folder}/{id}.md"),
        (RefKind::Institution, None) => "not in content/cae/institutions.csv".into(),
        (RefKind::KnowledgeUnit, None) => "not in content/cae/knowledge-units.toml".into(),
        (_, None) => "not in the imported NICE Framework".into(),
    }
}

fn why_it_matters(kind: RefKind) -> &'static str {
    match kind {
        RefKind::Skill => "gap reports and plans would silently skip the skill",
        RefKind::Role => "the career-pathway graph would have a dead end",
        RefKind::Credential => {
            "qualification routes and plans would offer a credential readers cannot look up"
        }
        RefKind::Program => "plans would offer a program readers cannot look up",
        RefKind::Practice | RefKind::Threat => {
            "workforce plans would map the role to a practice that does not exist"
        }
        RefKind::OrgProfile => "the workforce planner would miss the profile",
        RefKind::Institution => "readers could not find the institution in the CAE directory",
        RefKind::KnowledgeUnit => {
            "the curriculum coverage matrix would count a Knowledge Unit that does not exist"
        }
        RefKind::NiceWorkRole | RefKind::NiceTks | RefKind::NiceCompetency => {
            "the mapping to the NICE Framework, which employers and educators use, would be wrong"
        }
    }
}

/// Checks what no file can check on its own: references, links, cycles and numbering.
pub(crate) fn check_across_files(
    catalog: &Catalog,
    pending: &Pending,
    shown_as: &str,
    report: &mut Report,
) {
    let known = known_ids(catalog);
    check_references(&known, catalog.nice.is_some(), pending, report);
    check_links(&catalog.route_keys(), pending, report);
    check_credential_cycles(catalog, report);
    check_career_cycles(catalog, report);
    check_assessment(catalog, report);
    check_practice_numbers(catalog, report);
    check_nice_coverage(catalog, shown_as, report);
}

/// Every reference resolves to an id of its kind (`known`); `nice_imported` says whether the
/// NICE Framework was imported at all. Also run on its own by the curriculum editor
/// ([`crate::authoring`]), so a file gets the same diagnostics in the browser as in the build.
pub(crate) fn check_references(
    known: &HashMap<RefKind, BTreeSet<&str>>,
    nice_imported: bool,
    pending: &Pending,
    report: &mut Report,
) {
    let empty = BTreeSet::new();
    let mut nice_missing_reported = false;
    for (path, r) in &pending.references {
        let ids = known.get(&r.kind).unwrap_or(&empty);
        if ids.contains(r.id.as_str()) {
            continue;
        }
        let folder = folder_of(r.kind);
        let is_nice = matches!(
            r.kind,
            RefKind::NiceWorkRole | RefKind::NiceTks | RefKind::NiceCompetency
        );
        if is_nice && !nice_imported {
            if !nice_missing_reported {
                report.push(
                    Diagnostic::error(Code::UnknownNiceId, path, Some(r.span.clone()), "NICE ids are used but the NICE Framework has not been imported")
                        .why("NICE ids cannot be checked without the framework data")
                        .help("run `pathways import-nice <NIST CPRT JSON> --out content/nice/framework.toml`"),
                );
                nice_missing_reported = true;
            }
            continue;
        }
        // A practice where a threat was expected (or the reverse) gets a precise message.
        let other_kind = match r.kind {
            RefKind::Practice => Some(RefKind::Threat),
            RefKind::Threat => Some(RefKind::Practice),
            _ => None,
        };
        let is_other =
            other_kind.is_some_and(|k| known.get(&k).is_some_and(|s| s.contains(r.id.as_str())));
        if !is_other
            && folder.is_some_and(|f| pending.present.contains(&(f.to_owned(), r.id.clone())))
        {
            continue; // the file exists but has errors of its own
        }
        let d = if is_other {
            Diagnostic::error(
                r.kind.unknown_code(),
                path,
                Some(r.span.clone()),
                format!(
                    "`{}` is an {}, not an {}",
                    r.id,
                    other_kind.map_or("", RefKind::noun),
                    r.kind.noun()
                ),
            )
            .label(format!("`{}` expects {}", r.field, r.kind.noun()))
            .help(format!(
                "move it to the field for {}s",
                other_kind.map_or("", RefKind::noun)
            ))
        } else {
            Diagnostic::error(
                r.kind.unknown_code(),
                path,
                Some(r.span.clone()),
                format!("unknown {} `{}`", r.kind.noun(), r.id),
            )
            .label(where_it_lives(r.kind, &r.id))
            .why(why_it_matters(r.kind))
            .maybe_help(did_you_mean(&r.id, ids.iter().copied()))
        };
        report.push(d);
    }
}

/// Every work role of the imported NICE Framework is mapped by a role or explained in
/// `nice/health-care.toml`, and nothing is both.
fn check_nice_coverage(catalog: &Catalog, shown_as: &str, report: &mut Report) {
    let Some(nice) = catalog.nice.as_ref() else {
        return;
    };
    let file = format!("{shown_as}/nice/health-care.toml");
    let framework = format!("{shown_as}/nice/framework.toml");
    let mapped: BTreeMap<&str, &str> = catalog
        .roles
        .iter()
        .flat_map(|r| {
            r.meta
                .nice_work_roles
                .iter()
                .map(|w| (w.as_str(), r.id.as_str()))
        })
        .collect();
    let absent: Vec<&crate::nice::AbsentWorkRole> = catalog
        .nice_absent
        .iter()
        .flat_map(|f| f.absent.iter())
        .collect();
    for w in &nice.work_roles {
        let explained = absent.iter().any(|a| a.work_role == w.id);
        match (mapped.get(w.id.as_str()), explained) {
            (None, false) => report.push(
                Diagnostic::error(
                    Code::UnmappedWorkRole,
                    &framework,
                    report.find(&framework, &format!("id = \"{}\"", w.id)),
                    format!("NICE work role {} ({}) is neither mapped by a role nor explained", w.id, w.title),
                )
                .why("every work role of the framework should lead somewhere: a health-sector role, or a reason there is none")
                .help(format!(
                    "add `{}` to a role's `nice_work_roles`, or add `[[absent]]` with `work_role = \"{}\"` and `why = \"…\"` to nice/health-care.toml",
                    w.id, w.id
                )),
            ),
            (Some(role), true) => report.push(
                Diagnostic::error(
                    Code::UnmappedWorkRole,
                    &file,
                    report.find(&file, &format!("work_role = \"{}\"", w.id)),
                    format!("NICE work role {} is listed as absent from health care, but role `{role}` maps to it", w.id),
                )
                .help("remove it from nice/health-care.toml, or from the role's `nice_work_roles`"),
            ),
            _ => {}
        }
    }
    for a in &absent {
        if !nice.work_roles.iter().any(|w| w.id == a.work_role) {
            report.push(
                Diagnostic::error(
                    Code::UnknownNiceId,
                    &file,
                    report.find(&file, &format!("work_role = \"{}\"", a.work_role)),
                    format!(
                        "unknown NICE work role `{}` in nice/health-care.toml",
                        a.work_role
                    ),
                )
                .why(format!(
                    "the imported framework (v{}) has no such work role",
                    nice.version
                ))
                .maybe_help(did_you_mean(
                    &a.work_role,
                    nice.work_roles.iter().map(|w| w.id.as_str()),
                )),
            );
        }
    }
}

/// Every link to a site page goes to one of the site's route keys (`keys`).
pub(crate) fn check_links(keys: &BTreeSet<String>, pending: &Pending, report: &mut Report) {
    for (path, link) in &pending.links {
        let is_file = link
            .key
            .rsplit('/')
            .next()
            .is_some_and(|last| last.contains('.'));
        if is_file || keys.contains(&link.key) {
            continue;
        }
        report.push(
            Diagnostic::error(
                Code::BrokenLink,
                path,
                Some(link.span.clone()),
                format!("link to a page that does not exist: `{}`", link.written),
            )
            .label("no page has this address")
            .why("readers who follow the link land on a not-found page")
            .maybe_help(
                nearest(&link.key, keys.iter().map(String::as_str))
                    .map(|k| format!("did you mean `/{k}/`?")),
            ),
        );
    }
}

/// Finds the cycles of a directed graph, each reported once, as node paths.
pub fn cycles<'a>(edges: &BTreeMap<&'a str, Vec<&'a str>>) -> Vec<Vec<&'a str>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        Visiting,
        Done,
    }
    fn visit<'a>(
        node: &'a str,
        edges: &BTreeMap<&'a str, Vec<&'a str>>,
        marks: &mut HashMap<&'a str, Mark>,
        stack: &mut Vec<&'a str>,
        found: &mut Vec<Vec<&'a str>>,
    ) {
        marks.insert(node, Mark::Visiting);
        stack.push(node);
        for &next in edges.get(node).map(Vec::as_slice).unwrap_or(&[]) {
            match marks.get(next) {
                Some(Mark::Visiting) => {
                    let start = stack.iter().position(|&n| n == next).unwrap_or(0);
                    let mut cycle: Vec<&str> = stack[start..].to_vec();
                    cycle.push(next);
                    found.push(cycle);
                }
                Some(Mark::Done) => {}
                None => visit(next, edges, marks, stack, found),
            }
        }
        stack.pop();
        marks.insert(node, Mark::Done);
    }
    let mut marks = HashMap::new();
    let mut found = Vec::new();
    for &node in edges.keys() {
        if !marks.contains_key(node) {
            visit(node, edges, &mut marks, &mut Vec::new(), &mut found);
        }
    }
    found
}

fn check_credential_cycles(catalog: &Catalog, report: &mut Report) {
    let mut edges: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for c in &catalog.credentials {
        edges
            .entry(c.id.as_str())
            .or_default()
            .extend(c.meta.eligibility.prerequisites.iter().map(String::as_str));
    }
    for cycle in cycles(&edges) {
        let Some(first) = catalog.credential(cycle[0]) else {
            continue;
        };
        let field = first
            .meta
            .eligibility
            .prerequisites
            .iter()
            .position(|p| p == cycle[1])
            .map_or("eligibility.prerequisites".to_owned(), |i| {
                format!("eligibility.prerequisites[{i}]")
            });
        report.push(
            Diagnostic::error(
                Code::PrerequisiteCycle,
                &first.path,
                Some(first.spans.of(&field)),
                format!("prerequisites go round in a circle: {}", cycle.join(" → ")),
            )
            .why("no one could ever earn these credentials, and the planner could not order them")
            .help("remove the prerequisite that points back"),
        );
    }
}

fn check_career_cycles(catalog: &Catalog, report: &mut Report) {
    // A role's feeders lead to it, and it leads to its next roles.
    let mut edges: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for r in &catalog.roles {
        edges
            .entry(r.id.as_str())
            .or_default()
            .extend(r.meta.next_roles.iter().map(String::as_str));
        for feeder in &r.meta.feeder_roles {
            edges
                .entry(feeder.as_str())
                .or_default()
                .push(r.id.as_str());
        }
    }
    for list in edges.values_mut() {
        list.sort_unstable();
        list.dedup();
    }
    for cycle in cycles(&edges) {
        let (from, to) = (cycle[0], cycle[1]);
        // Point at the file that declares the edge: `from`'s next_roles, or `to`'s feeder_roles.
        let (entry, field) = match catalog.role(from).and_then(|r| {
            r.meta
                .next_roles
                .iter()
                .position(|n| n == to)
                .map(|i| (r, format!("next_roles[{i}]")))
        }) {
            Some(found) => found,
            None => match catalog.role(to).and_then(|r| {
                r.meta
                    .feeder_roles
                    .iter()
                    .position(|f| f == from)
                    .map(|i| (r, format!("feeder_roles[{i}]")))
            }) {
                Some(found) => found,
                None => continue,
            },
        };
        report.push(
            Diagnostic::error(Code::CareerCycle, &entry.path, Some(entry.spans.of(&field)), format!("the career pathway goes round in a circle: {}", cycle.join(" → ")))
                .why("the pathway graph is drawn from entry to leadership; a circle has no direction to draw")
                .help("a role moves on to more senior roles: remove the link that points back"),
        );
    }
}

fn check_assessment(catalog: &Catalog, report: &mut Report) {
    let mut item_ids: HashMap<&str, &str> = HashMap::new();
    let mut skills: HashMap<&str, &str> = HashMap::new();
    for bank in &catalog.assessment {
        if bank.id != bank.meta.skill {
            report.push(
                Diagnostic::error(
                    Code::Inconsistent,
                    &bank.path,
                    Some(bank.spans.of("skill")),
                    format!(
                        "this file checks `{}` but is named `{}.md`",
                        bank.meta.skill, bank.id
                    ),
                )
                .help(format!(
                    "name the file `{}.md`, one file per skill",
                    bank.meta.skill
                )),
            );
        }
        if let Some(first) = skills.insert(&bank.meta.skill, &bank.path) {
            report.push(
                Diagnostic::error(
                    Code::DuplicateId,
                    &bank.path,
                    Some(bank.spans.of("skill")),
                    format!(
                        "the questions of `{}` are split across files",
                        bank.meta.skill
                    ),
                )
                .label(format!("also in {first}"))
                .help("keep one file per skill"),
            );
        }
        for (i, item) in bank.meta.items.iter().enumerate() {
            if let Some(first) = item_ids.insert(&item.id, &bank.path) {
                report.push(
                    Diagnostic::error(
                        Code::DuplicateId,
                        &bank.path,
                        Some(bank.spans.of(&format!("items[{i}].id"))),
                        format!("the item id `{}` is used twice", item.id),
                    )
                    .label(format!("also used in {first}"))
                    .why("saved assessments refer to questions by id")
                    .help("give the new question a new id"),
                );
            }
        }
    }
}

fn check_practice_numbers(catalog: &Catalog, report: &mut Report) {
    let mut seen: HashMap<(bool, u8), &str> = HashMap::new();
    for p in &catalog.practices {
        let key = (p.meta.kind == PracticeKind::Practice, p.meta.number);
        if let Some(first) = seen.insert(key, &p.path) {
            report.push(
                Diagnostic::error(
                    Code::DuplicateId,
                    &p.path,
                    Some(p.spans.of("number")),
                    format!("number {} is also used by {first}", p.meta.number),
                )
                .help("HICP numbers each practice and threat once"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cycles_are_found_once_each() {
        let mut edges: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        edges.insert("a", vec!["b"]);
        edges.insert("b", vec!["c"]);
        edges.insert("c", vec!["a", "d"]);
        edges.insert("d", vec![]);
        edges.insert("e", vec!["e"]);
        assert_eq!(
            cycles(&edges),
            vec![vec!["a", "b", "c", "a"], vec!["e", "e"]]
        );
    }
}
