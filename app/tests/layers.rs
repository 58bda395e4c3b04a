//! The app's modules form layers, and no module imports one that imports it back.
//!
//! Reads every `crate::…` path in `app/src` (comments aside), resolves it to the module file it
//! names, and checks two rules: each module imports only from layers below its own (or from
//! inside its own page), and the import graph has no cycle. Adding a module means giving it a
//! layer in [`layer_of`].

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layers, lowest first.
const LAYERS: [&str; 6] = [
    "browser services",
    "context",
    "components",
    "pages",
    "routes",
    "entry",
];

/// The layer of a module, by its path under `crate`.
fn layer_of(module: &[String]) -> usize {
    match module.first().map(String::as_str) {
        None => 5,
        Some("routes") => 4,
        Some("pages") => 3,
        Some("components") => 2,
        Some("context") => 1,
        Some("browser" | "data" | "shell" | "storage" | "filters") => 0,
        Some(other) => panic!("module `{other}` has no layer: add it to layer_of"),
    }
}

fn source_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every module file of the library (not the binaries), as its module path.
fn modules() -> BTreeMap<Vec<String>, PathBuf> {
    fn walk(dir: &Path, root: &Path, out: &mut BTreeMap<Vec<String>, PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("reading app/src") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                if path.file_name().is_some_and(|n| n != "bin") {
                    walk(&path, root, out);
                }
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let rel = path.strip_prefix(root).expect("under src");
            let mut parts: Vec<String> = rel
                .iter()
                .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_owned())
                .collect();
            if matches!(
                parts.last().map(String::as_str),
                Some("mod" | "lib" | "main")
            ) {
                if parts.len() == 1 && parts[0] == "main" {
                    continue; // the site binary
                }
                parts.pop();
            }
            out.insert(parts, path);
        }
    }
    let root = source_dir();
    let mut out = BTreeMap::new();
    walk(&root, &root, &mut out);
    out
}

/// The modules a file imports: every `crate::a::b::…` path, resolved to the longest module
/// prefix that exists.
fn imports(text: &str, known: &BTreeSet<Vec<String>>) -> BTreeSet<Vec<String>> {
    let mut found = BTreeSet::new();
    for line in text.lines() {
        let code = line.split("//").next().unwrap_or_default();
        for (i, _) in code.match_indices("crate::") {
            let rest = &code[i + "crate::".len()..];
            let path: Vec<String> = rest
                .split("::")
                .map(|s| {
                    s.chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect::<String>()
                })
                .take_while(|s| !s.is_empty())
                .collect();
            if let Some(module) = (1..=path.len())
                .rev()
                .map(|n| path[..n].to_vec())
                .find(|p| known.contains(p))
            {
                found.insert(module);
            }
        }
    }
    found
}

fn graph() -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let modules = modules();
    let known: BTreeSet<Vec<String>> = modules.keys().cloned().collect();
    modules
        .iter()
        .map(|(module, path)| {
            let text = std::fs::read_to_string(path).expect("reading a module");
            let mut uses = imports(&text, &known);
            uses.remove(module);
            (module.clone(), uses)
        })
        .collect()
}

fn name(module: &[String]) -> String {
    if module.is_empty() {
        "crate".to_owned()
    } else {
        module.join("::")
    }
}

#[test]
fn every_module_imports_only_from_layers_below_it_or_its_own_page() {
    let graph = graph();
    assert!(graph.len() > 10, "found only {} modules", graph.len());
    let mut wrong = Vec::new();
    for (module, uses) in &graph {
        for used in uses {
            let same_page = module.len() >= 2
                && used.len() >= 2
                && module[0] == "pages"
                && used[0] == "pages"
                && module[1] == used[1];
            let (from, to) = (layer_of(module), layer_of(used));
            // Browser services are independent of one another, except by their own docs.
            if !(same_page || to < from) {
                wrong.push(format!(
                    "{} ({}) imports {} ({})",
                    name(module),
                    LAYERS[from],
                    name(used),
                    LAYERS[to]
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports against the layers:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let graph = graph();
    // Depth-first search for a back edge; report the cycle's path.
    fn visit(
        node: &Vec<String>,
        graph: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        stack: &mut Vec<Vec<String>>,
        done: &mut BTreeSet<Vec<String>>,
    ) -> Option<Vec<Vec<String>>> {
        if let Some(at) = stack.iter().position(|n| n == node) {
            let mut cycle = stack[at..].to_vec();
            cycle.push(node.clone());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        stack.push(node.clone());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, stack, done) {
                return Some(cycle);
            }
        }
        stack.pop();
        done.insert(node.clone());
        None
    }
    let mut done = BTreeSet::new();
    for node in graph.keys() {
        if let Some(cycle) = visit(node, &graph, &mut Vec::new(), &mut done) {
            let path: Vec<String> = cycle.iter().map(|m| name(m)).collect();
            panic!("import cycle: {}", path.join(" → "));
        }
    }
}

#[test]
fn the_checker_sees_a_cycle_when_there_is_one() {
    // The resolver must find `crate::` paths, or the two tests above would pass on nothing.
    let known: BTreeSet<Vec<String>> = [vec!["pages".to_owned()], vec!["routes".to_owned()]]
        .into_iter()
        .collect();
    let found = imports(
        "use crate::routes::Site;\n// use crate::pages::Gone;\nlet x = crate::pages::NotFound;",
        &known,
    );
    assert_eq!(found, known);
}
