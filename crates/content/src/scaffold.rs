//! `pathways new`: a new content file with every field documented, generated from the same
//! field declarations the checker uses, and the format reference (`content/README.md`).
//!
//! Required fields are written with placeholder values that pass the checker (references use
//! ids that exist in the catalog); optional fields are written commented out, so an author
//! sees every field and its meaning without publishing a placeholder fact by accident.

use std::fmt::Write as _;

use pathways_core::model::{Credential, Program, Role, Skill};

use crate::catalog::{Catalog, Entries, Visit};
use crate::kinds::Kind;
use crate::kinds::page::Page;
use crate::schema::{Field, RefKind, Ty};

/// What `pathways new` can create.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NewKind {
    /// A role.
    Role,
    /// A skill.
    Skill,
    /// A credential.
    Credential,
    /// A program.
    Program,
    /// A curriculum: a program with modules.
    Curriculum,
}

impl NewKind {
    /// Parses the kind as typed on the command line.
    pub fn parse(s: &str) -> Option<NewKind> {
        match s {
            "role" => Some(NewKind::Role),
            "skill" => Some(NewKind::Skill),
            "credential" => Some(NewKind::Credential),
            "program" => Some(NewKind::Program),
            "curriculum" => Some(NewKind::Curriculum),
            _ => None,
        }
    }

    /// The folder the file goes in.
    pub fn folder(self) -> &'static str {
        match self {
            NewKind::Role => Role::FOLDER,
            NewKind::Skill => Skill::FOLDER,
            NewKind::Credential => Credential::FOLDER,
            NewKind::Program | NewKind::Curriculum => Program::FOLDER,
        }
    }
}

/// Picks ids that exist in the catalog for references in placeholders.
struct Ids<'a> {
    catalog: &'a Catalog,
}

impl Ids<'_> {
    fn pick(&self, kind: RefKind, n: usize) -> Option<String> {
        let ids = self.catalog.ids(kind);
        ids.get(n).map(|s| (*s).to_owned())
    }
}

fn has_ref(ty: &Ty) -> bool {
    match ty {
        Ty::Ref(_) => true,
        Ty::List(inner) => has_ref(inner),
        Ty::Table(fields) => fields.iter().any(|f| has_ref(&f.ty)),
        _ => false,
    }
}

/// A placeholder value for a field; `nth` varies references so lists hold distinct ids.
fn value(field: &Field, ids: &Ids<'_>, nth: usize) -> Option<String> {
    if !has_ref(&field.ty) {
        return Some(field.example.to_owned());
    }
    typed_value(&field.ty, field, ids, nth)
}

fn typed_value(ty: &Ty, field: &Field, ids: &Ids<'_>, nth: usize) -> Option<String> {
    match ty {
        Ty::Ref(kind) => ids.pick(*kind, nth).map(|id| format!("\"{id}\"")),
        Ty::List(inner) => Some(format!("[{}]", typed_value(inner, field, ids, nth)?)),
        Ty::Table(fields) => {
            let mut parts = Vec::new();
            for f in fields.iter().filter(|f| f.required) {
                parts.push(format!("{} = {}", f.name, value(f, ids, nth)?));
            }
            Some(format!("{{ {} }}", parts.join(", ")))
        }
        _ => Some(field.example.to_owned()),
    }
}

fn doc_comment(out: &mut String, field: &Field) {
    let need = if field.required {
        "required"
    } else {
        "optional"
    };
    let _ = writeln!(out, "# {} ({need}; {})", field.doc, field.ty.describe());
}

/// The text of a new file of `kind` with `title` as its name, using ids from `catalog`.
pub fn new_file(kind: NewKind, title: &str, catalog: &Catalog) -> String {
    let ids = Ids { catalog };
    let (fields, body, noun): (&[Field], &str, &str) = match kind {
        NewKind::Role => (Role::FIELDS, Role::BODY_DOC, Role::NOUN),
        NewKind::Skill => (Skill::FIELDS, Skill::BODY_DOC, Skill::NOUN),
        NewKind::Credential => (Credential::FIELDS, Credential::BODY_DOC, Credential::NOUN),
        NewKind::Program | NewKind::Curriculum => {
            (Program::FIELDS, Program::BODY_DOC, Program::NOUN)
        }
    };
    let mut out = String::from("+++\n");
    let _ = writeln!(
        out,
        "# A new {noun}. Every field is documented; optional fields are commented out (remove the `#` to use one).\n# Check the file with `pathways check content`. The format is described in content/README.md.\n"
    );
    for field in fields {
        doc_comment(&mut out, field);
        let name_field = matches!(field.name, "title" | "name") && matches!(field.ty, Ty::Str);
        let active = field.required
            || (kind == NewKind::Curriculum && matches!(field.name, "modules" | "knowledge_units"));
        let placeholder = if name_field {
            Some(format!("{title:?}"))
        } else if field.name == "skills" && kind == NewKind::Role {
            // A role needs at least five skills.
            let items: Option<Vec<String>> = (0..5)
                .map(|n| typed_value(&Ty::Table(crate::kinds::SKILL_TARGET), field, &ids, n))
                .collect();
            items.map(|items| format!("[\n  {},\n]", items.join(",\n  ")))
        } else if field.name == "kind" && kind == NewKind::Curriculum {
            Some("\"certificate\"".to_owned())
        } else {
            value(field, &ids, 0)
        };
        match (active, placeholder) {
            (true, Some(v)) => {
                let _ = writeln!(out, "{} = {v}\n", field.name);
            }
            (_, v) => {
                let v = v.unwrap_or_else(|| field.example.to_owned());
                let _ = writeln!(out, "# {} = {}\n", field.name, v.replace('\n', "\n# "));
            }
        }
    }
    out.push_str("+++\n\n");
    let _ = writeln!(out, "{body}");
    out
}

/// The format reference for authors: every kind, every field, with a complete example.
pub fn format_reference() -> String {
    let mut out = String::new();
    out.push_str(
        "# The content format\n\n\
         <!-- Generated by `pathways docs` from the field declarations the checker uses; do not edit by hand. -->\n\n\
         Everything the portal shows comes from this folder. Each kind of content has its own folder and\n\
         one Markdown file per item; the file name (without `.md`) is the item's **id**, used in URLs and\n\
         in references from other files. Ids are lowercase letters, digits and single hyphens.\n\n\
         A file starts with TOML front matter between two `+++` lines, then the Markdown body:\n\n\
         ```markdown\n+++\ntitle = \"Privacy\"\ndescription = \"What the portal does with data.\"\n+++\n\nThe body, in Markdown.\n```\n\n\
         Rules that apply everywhere:\n\n\
         - Unknown fields are errors, so a misspelt field is never silently ignored.\n\
         - Facts that can go stale carry `sources` (URLs) and `verified` (the date you checked them,\n  written `2026-11-22` without quotes). A figure you could not verify is marked so\n  (credentials have an `unverified` list); never invent one.\n\
         - Links between pages use the site path: `[SOC analyst](/roles/soc-analyst/)`. They are checked.\n\
         \x20 Links elsewhere use `https://` (or `http://`, `mailto:`); any other scheme fails the build.\n\
         - Images need alternative text. Raw HTML is rejected.\n\n\
         Check everything before you publish — the build runs the same checks:\n\n\
         ```sh\ncargo run -p pathways-cli -- check content      # every problem, with file:line:column\ncargo run -p pathways-cli -- new role my-role   # a new file with every field documented\n```\n\n\
         Data files that are imported, not written by hand: `nice/framework.toml` (`pathways import-nice`,\n\
         from NIST's CPRT JSON) and `cae/institutions.csv` (`pathways import-cae`, from the NCAE-C list).\n\
         `cae/knowledge-units.toml` lists the CAE Knowledge Units curricula can refer to.\n         `nice/health-care.toml` (by hand) lists the NICE work roles that no role maps to, each as\n         `[[absent]]` with `work_role` and `why`: every work role must be mapped by a role's\n         `nice_work_roles` or explained there.\n\n",
    );
    // Every registered kind, in registry order, with the free-standing pages last.
    struct Sections {
        items: String,
        pages: String,
    }
    impl<'c> Visit<'c> for Sections {
        fn kind<K: Kind>(&mut self, _entries: &'c Entries<K>) {
            let into = if K::FOLDER == Page::FOLDER {
                &mut self.pages
            } else {
                &mut self.items
            };
            section::<K>(into);
        }
    }
    let mut sections = Sections {
        items: String::new(),
        pages: String::new(),
    };
    Catalog::default().visit(&mut sections);
    out.push_str(&sections.items);
    out.push_str(&sections.pages);
    out
}

fn section<K: Kind>(out: &mut String) {
    let _ = writeln!(
        out,
        "## {} — `{}/`\n\n{}\n",
        K::HEADING,
        K::FOLDER,
        K::BODY_DOC
    );
    let _ = writeln!(
        out,
        "| field | required | type | meaning |\n|---|---|---|---|"
    );
    fn rows(out: &mut String, prefix: &str, fields: &[Field]) {
        for f in fields {
            let name = if prefix.is_empty() {
                f.name.to_owned()
            } else {
                format!("{prefix}.{}", f.name)
            };
            let _ = writeln!(
                out,
                "| `{name}` | {} | {} | {} |",
                if f.required { "yes" } else { "no" },
                f.ty.describe().replace('|', "\\|"),
                f.doc.replace('|', "\\|")
            );
            match &f.ty {
                Ty::Table(inner) => rows(out, &name, inner),
                Ty::List(Ty::Table(inner)) => rows(out, &format!("{name}[]"), inner),
                _ => {}
            }
        }
    }
    rows(out, "", K::FIELDS);
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reference_documents_every_field_of_every_kind() {
        let doc = format_reference();
        for field in Role::FIELDS
            .iter()
            .chain(Credential::FIELDS)
            .chain(Program::FIELDS)
        {
            assert!(
                doc.contains(&format!("| `{}` |", field.name)),
                "{}",
                field.name
            );
        }
        assert!(doc.contains("| `eligibility.associate.window_years` |"));
        assert!(doc.contains("| `skills[].level` |"));
    }
}
