//! The search index: every page of the catalog, with its title, other names, summary and body
//! text weighted, written as shards (`data/search/<first two letters>.json`).

use pathways_core::search::{self, Doc, Index};

use crate::catalog::Catalog;

const TITLE: u16 = 10;
const ALIAS: u16 = 8;
const SUMMARY: u16 = 3;
const BODY: u16 = 1;

fn doc(key: String, title: &str, kind: &str, summary: &str) -> Doc {
    let summary = if summary.chars().count() > 200 {
        format!(
            "{}…",
            summary.chars().take(199).collect::<String>().trim_end()
        )
    } else {
        summary.to_owned()
    };
    Doc {
        key,
        title: title.to_owned(),
        kind: kind.to_owned(),
        summary,
    }
}

/// The index of the whole catalog.
pub fn index(c: &Catalog) -> Index {
    let mut docs: Vec<(Doc, Vec<(&str, u16)>)> = Vec::new();
    for e in &c.roles {
        let m = &e.meta;
        let mut fields = vec![
            (m.title.as_str(), TITLE),
            (m.summary.as_str(), SUMMARY),
            (e.plain.as_str(), BODY),
        ];
        fields.extend(m.aliases.iter().map(|a| (a.as_str(), ALIAS)));
        docs.push((
            doc(format!("roles/{}", e.id), &m.title, "Role", &m.summary),
            fields,
        ));
    }
    for e in &c.skills {
        let m = &e.meta;
        docs.push((
            doc(format!("skills/{}", e.id), &m.name, "Skill", &m.summary),
            vec![
                (m.name.as_str(), TITLE),
                (m.summary.as_str(), SUMMARY),
                (e.plain.as_str(), BODY),
            ],
        ));
    }
    for e in &c.credentials {
        let m = &e.meta;
        let title = if m.abbreviation == m.name {
            m.name.clone()
        } else {
            format!("{} — {}", m.abbreviation, m.name)
        };
        docs.push((
            doc(
                format!("credentials/{}", e.id),
                &title,
                "Credential",
                &m.summary,
            ),
            vec![
                (m.abbreviation.as_str(), TITLE),
                (m.name.as_str(), ALIAS),
                (m.issuer.as_str(), SUMMARY),
                (m.summary.as_str(), SUMMARY),
                (e.plain.as_str(), BODY),
            ],
        ));
    }
    for e in &c.programs {
        let m = &e.meta;
        docs.push((
            doc(format!("programs/{}", e.id), &m.name, "Program", &m.summary),
            vec![
                (m.name.as_str(), TITLE),
                (m.provider.as_str(), ALIAS),
                (m.summary.as_str(), SUMMARY),
                (e.plain.as_str(), BODY),
            ],
        ));
    }
    for e in &c.practices {
        let m = &e.meta;
        docs.push((
            doc(
                format!("practices/{}", e.id),
                &m.title,
                "HICP practice",
                &m.summary,
            ),
            vec![
                (m.title.as_str(), TITLE),
                (m.summary.as_str(), SUMMARY),
                (e.plain.as_str(), BODY),
            ],
        ));
    }
    for e in &c.orgs {
        let m = &e.meta;
        docs.push((
            doc(
                format!("org/{}", e.id),
                &m.title,
                "Organization",
                &m.summary,
            ),
            vec![
                (m.title.as_str(), TITLE),
                (m.summary.as_str(), SUMMARY),
                (e.plain.as_str(), BODY),
            ],
        ));
    }
    for e in &c.pages {
        let m = &e.meta;
        docs.push((
            doc(e.id.clone(), &m.title, "Page", &m.description),
            vec![
                (m.title.as_str(), TITLE),
                (m.description.as_str(), SUMMARY),
                (e.plain.as_str(), BODY),
            ],
        ));
    }
    search::build(docs)
}

/// The index files: (site-relative path, JSON).
pub fn files(c: &Catalog) -> Result<Vec<(String, Vec<u8>)>, serde_json::Error> {
    let index = index(c);
    let mut out = vec![(search::meta_file(), serde_json::to_vec(&index.meta)?)];
    for (name, shard) in &index.shards {
        out.push((search::shard_file(name), serde_json::to_vec(shard)?));
    }
    for (n, d) in index.docs.iter().enumerate() {
        out.push((search::doc_file(n as u32), serde_json::to_vec(d)?));
    }
    Ok(out)
}
