//! Full-text search over the catalog: an inverted index split into shards by the first two
//! letters of each term, so a query downloads only the shards of its words, then the small
//! record of each result it shows (`docs/<n>.json`), and once a list of each document's kind
//! (`meta.json`, for the counts by kind).
//!
//! - Common English words (`the`, `and`, …) are not indexed, and each term keeps its
//!   [`MAX_POSTINGS`] best-weighted documents, so shards stay small on large sites.
//! - Terms are lowercase letters and digits; `+` and other marks separate words.
//! - A word matches a term exactly (weight 1), as a prefix while the person is typing
//!   (weight 0.7), or, for words of four letters or more, within one edit (weight 0.5) —
//!   typos after the first two letters, since the first two letters choose the shard.
//! - Every word must match for a document to be a hit; if no document matches every word,
//!   documents matching most words are returned.
//! - A document's score adds, for each word, the best match weight times the term's weight in
//!   the document (title 10, aliases and abbreviations 8, summary 3, body 1).

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

use rustc_hash::FxHashMap;

use serde::{Deserialize, Serialize};

/// A document as results show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Doc {
    /// The route key (`roles/soc-analyst`).
    pub key: String,
    /// The title.
    pub title: String,
    /// The kind: role, skill, credential, program, practice, organization, page.
    pub kind: String,
    /// One line.
    pub summary: String,
}

/// One shard: terms, sorted, with their postings (document number, weight).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shard {
    /// Terms, sorted, with their postings.
    pub terms: Vec<(String, Vec<(u32, u16)>)>,
}

/// What every query needs once: the kinds, and each document's kind (by document number).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    /// The kinds' names.
    pub kinds: Vec<String>,
    /// Each document's kind, as an index into `kinds`.
    pub doc_kinds: Vec<u8>,
}

/// The most documents a term keeps (the best-weighted ones).
pub const MAX_POSTINGS: usize = 200;

/// Words too common to search for.
/// Sorted, for binary search.
const STOP_WORDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "by", "can", "for", "from", "has", "have", "in",
    "into", "is", "it", "its", "of", "on", "or", "that", "the", "their", "this", "to", "was",
    "what", "when", "which", "who", "with",
];

/// The folder of the shards under the site root.
pub const SEARCH_DIR: &str = "data/search";

/// The words of a text.
pub fn tokenize(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The shard a term or word lives in: its first two characters (one for one-letter words).
pub fn shard_of(term: &str) -> String {
    term.chars().take(2).collect()
}

/// The file of a shard.
pub fn shard_file(shard: &str) -> String {
    format!("{SEARCH_DIR}/{shard}.json")
}

/// The file of a document's record.
pub fn doc_file(n: u32) -> String {
    format!("{SEARCH_DIR}/docs/{n}.json")
}

/// The file of the kinds list.
pub fn meta_file() -> String {
    format!("{SEARCH_DIR}/meta.json")
}

/// The longest query searched, in characters (a search box's text, or a `?q=` from a link).
pub const MAX_QUERY_CHARS: usize = 200;
/// The most words of a query searched: each needs its shard, so a crafted link cannot make the
/// page fetch more than this many files or scan more than this many shards.
pub const MAX_QUERY_WORDS: usize = 8;

/// The words a query is searched for: its first [`MAX_QUERY_CHARS`] characters, without stop
/// words and repeats, at most [`MAX_QUERY_WORDS`] of them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Words {
    /// The words, in the order typed.
    pub words: Vec<String>,
    /// Whether part of the query was left out (too long, or too many words).
    pub cut: bool,
}

/// The query as it is searched (see [`Words`]).
pub fn words(query: &str) -> Words {
    let head: String = query.chars().take(MAX_QUERY_CHARS).collect();
    let mut cut = head.len() < query.len();
    let mut words: Vec<String> = Vec::new();
    for w in tokenize(&head) {
        if STOP_WORDS.contains(&w.as_str()) || words.contains(&w) {
            continue;
        }
        if words.len() == MAX_QUERY_WORDS {
            cut = true;
            break;
        }
        words.push(w);
    }
    Words { words, cut }
}

/// A query's text cut to [`MAX_QUERY_CHARS`] characters, for the search box and the address.
pub fn bounded(query: &str) -> String {
    query.chars().take(MAX_QUERY_CHARS).collect()
}

/// The shards a query needs (one-letter words are not looked up: there is no shard for them
/// until a second letter is typed); at most [`MAX_QUERY_WORDS`].
pub fn shards_for(query: &str) -> Vec<String> {
    let mut shards: Vec<String> = words(query)
        .words
        .iter()
        .filter(|w| w.chars().count() >= 2)
        .map(|w| shard_of(w))
        .collect();
    shards.sort();
    shards.dedup();
    shards
}

/// Whether two words are within one edit (insertion, deletion, substitution, transposition).
fn within_one_edit(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (la, lb) = (a.len(), b.len());
    if la.abs_diff(lb) > 1 {
        return false;
    }
    // The length of the common prefix.
    let i = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    if i == la.min(lb) {
        return la.abs_diff(lb) <= 1;
    }
    // Past the prefix `i < la.min(lb)`, so every `from` below is at most the length.
    fn tail(v: &[char], from: usize) -> &[char] {
        v.get(from..).unwrap_or_default()
    }
    if la == lb {
        tail(&a, i + 1) == tail(&b, i + 1)
            || (i + 1 < la
                && a.get(i) == b.get(i + 1)
                && a.get(i + 1) == b.get(i)
                && tail(&a, i + 2) == tail(&b, i + 2))
    } else if la > lb {
        tail(&a, i + 1) == tail(&b, i)
    } else {
        tail(&a, i) == tail(&b, i + 1)
    }
}

/// A hit: a document number and its score.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Hit {
    /// The document's number (see [`doc_file`]).
    pub doc: u32,
    /// Its score.
    pub score: f32,
}

/// Searches the loaded shards (those the query's words need) and returns hits, best first
/// (ties by document number, so results are stable).
pub fn search(query: &str, shards: &HashMap<String, Shard>) -> Vec<Hit> {
    let words = words(query).words;
    if words.is_empty() {
        return Vec::new();
    }
    let mut found: BTreeMap<u32, Vec<f32>> = BTreeMap::new();
    for (wi, word) in words.iter().enumerate() {
        let Some(shard) = shards.get(&shard_of(word)) else {
            continue;
        };
        let start = shard
            .terms
            .partition_point(|(t, _)| t.as_str() < word.as_str());
        let mut candidates: Vec<(&Vec<(u32, u16)>, f32)> = Vec::new();
        for (term, postings) in shard.terms.get(start..).unwrap_or_default() {
            if !term.starts_with(word.as_str()) {
                break;
            }
            candidates.push((postings, if term == word { 1.0 } else { 0.7 }));
        }
        if word.chars().count() >= 4 {
            for (term, postings) in &shard.terms {
                if !term.starts_with(word.as_str()) && within_one_edit(term, word) {
                    candidates.push((postings, 0.5));
                }
            }
        }
        for (postings, weight) in candidates {
            for &(doc, term_weight) in postings {
                let entry = found.entry(doc).or_insert_with(|| vec![0.0; words.len()]);
                let s = weight * f32::from(term_weight);
                // `entry` has one score per word, and `wi` numbers the words.
                if let Some(best) = entry.get_mut(wi)
                    && s > *best
                {
                    *best = s;
                }
            }
        }
    }
    let matched = |s: &Vec<f32>| s.iter().filter(|x| **x > 0.0).count();
    let most = found.values().map(matched).max().unwrap_or(0);
    let mut hits: Vec<Hit> = found
        .into_iter()
        .filter(|(_, s)| matched(s) == most)
        .map(|(doc, s)| Hit {
            doc,
            score: s.iter().sum(),
        })
        .collect();
    hits.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.doc.cmp(&b.doc)));
    hits
}

/// The built index: shards by name, the meta list, and the documents in number order.
pub struct Index {
    /// Shards by their two-letter name.
    pub shards: BTreeMap<String, Shard>,
    /// Kinds for counts.
    pub meta: Meta,
    /// The documents, numbered by position.
    pub docs: Vec<Doc>,
}

/// Builds the index from documents and their weighted texts: (document, [(text, weight)]).
pub fn build(docs: Vec<(Doc, Vec<(&str, u16)>)>) -> Index {
    // Term → postings. Documents are read in order, so a term's postings grow in document
    // order and a repeat in the same document is always the last entry. Words already in lower
    // case (nearly all) are looked up without allocating.
    let mut index: FxHashMap<String, Vec<(u32, u16)>> = FxHashMap::default();
    for (i, (_, fields)) in docs.iter().enumerate() {
        let i = i as u32;
        for (text, weight) in fields {
            for word in text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
            {
                let lower: Cow<'_, str> =
                    if word.is_ascii() && !word.bytes().any(|b| b.is_ascii_uppercase()) {
                        Cow::Borrowed(word)
                    } else {
                        Cow::Owned(word.to_lowercase())
                    };
                if STOP_WORDS.binary_search(&lower.as_ref()).is_ok() {
                    continue;
                }
                if !index.contains_key(lower.as_ref()) {
                    index.insert(lower.to_string(), Vec::new());
                }
                let Some(postings) = index.get_mut(lower.as_ref()) else {
                    continue;
                };
                match postings.last_mut() {
                    Some((d, w)) if *d == i => *w = w.saturating_add(*weight).min(1000),
                    _ => postings.push((i, (*weight).min(1000))),
                }
            }
        }
    }
    let mut terms: Vec<(String, Vec<(u32, u16)>)> = index.into_iter().collect();
    terms.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let mut shards: BTreeMap<String, Shard> = BTreeMap::new();
    for (term, mut list) in terms {
        if list.len() > MAX_POSTINGS {
            list.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            list.truncate(MAX_POSTINGS);
            list.sort();
        }
        shards
            .entry(shard_of(&term))
            .or_default()
            .terms
            .push((term, list));
    }
    let mut meta = Meta::default();
    for (d, _) in &docs {
        let k = match meta.kinds.iter().position(|k| k == &d.kind) {
            Some(k) => k,
            None => {
                meta.kinds.push(d.kind.clone());
                meta.kinds.len() - 1
            }
        };
        meta.doc_kinds.push(k as u8);
    }
    Index {
        shards,
        meta,
        docs: docs.into_iter().map(|(d, _)| d).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(key: &str, title: &str, kind: &str) -> Doc {
        Doc {
            key: key.into(),
            title: title.into(),
            kind: kind.into(),
            summary: String::new(),
        }
    }

    fn index() -> (HashMap<String, Shard>, Vec<Doc>) {
        let docs = vec![
            (
                doc("roles/privacy-officer", "Privacy Officer", "role"),
                vec![
                    ("Privacy Officer", 10),
                    ("HIPAA privacy official", 8),
                    ("Leads the privacy program", 3),
                ],
            ),
            (
                doc("credentials/hcispp", "HCISPP", "credential"),
                vec![
                    ("HCISPP", 10),
                    (
                        "Healthcare Information Security and Privacy Practitioner",
                        8,
                    ),
                ],
            ),
            (
                doc("roles/soc-analyst", "SOC Analyst", "role"),
                vec![
                    ("SOC Analyst", 10),
                    (
                        "Watches alerts; privacy incidents go to the privacy office",
                        1,
                    ),
                ],
            ),
        ];
        let index = build(docs);
        (index.shards.into_iter().collect(), index.docs)
    }

    fn keys(query: &str) -> Vec<String> {
        let (shards, docs) = index();
        search(query, &shards)
            .iter()
            .map(|h| docs[h.doc as usize].key.clone())
            .collect()
    }

    #[test]
    fn stop_words_are_sorted_for_binary_search() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn words_are_lowercase_letters_and_digits() {
        assert_eq!(
            tokenize("CompTIA Security+ (SY0-701)"),
            ["comptia", "security", "sy0", "701"]
        );
        assert_eq!(shards_for("privacy Pri officer a"), ["of", "pr"]);
    }

    #[test]
    fn exact_matches_rank_by_field_weight() {
        assert_eq!(
            keys("privacy"),
            [
                "roles/privacy-officer",
                "credentials/hcispp",
                "roles/soc-analyst"
            ]
        );
    }

    #[test]
    fn prefixes_match_while_typing() {
        assert_eq!(keys("hcisp"), ["credentials/hcispp"]);
        // "priv off" also matches "privacy office" in the SOC analyst's text, ranked lower.
        assert_eq!(
            keys("priv off"),
            ["roles/privacy-officer", "roles/soc-analyst"]
        );
    }

    #[test]
    fn one_typo_is_forgiven_in_longer_words() {
        assert_eq!(keys("privcay")[0], "roles/privacy-officer");
        assert_eq!(keys("offcer"), ["roles/privacy-officer"]);
        assert!(keys("xyzzy").is_empty());
        assert!(
            keys("the and of").is_empty(),
            "stop words alone find nothing"
        );
    }

    #[test]
    fn every_word_must_match_when_some_document_matches_all() {
        assert_eq!(keys("privacy analyst"), ["roles/soc-analyst"]);
    }

    #[test]
    fn common_terms_keep_their_best_documents() {
        let docs: Vec<(Doc, Vec<(&str, u16)>)> = (0..(MAX_POSTINGS + 50))
            .map(|i| {
                (
                    doc(&format!("p/{i}"), "x", "page"),
                    vec![("hospital", if i == 7 { 10 } else { 1 })],
                )
            })
            .collect();
        let index = build(docs);
        let postings = &index.shards["ho"].terms[0].1;
        assert_eq!(postings.len(), MAX_POSTINGS);
        assert!(postings.contains(&(7, 10)));
        assert_eq!(index.meta.doc_kinds.len(), MAX_POSTINGS + 50);
    }

    #[test]
    fn a_crafted_query_is_bounded_in_words_and_shards() {
        // A thousand distinct two-letter-prefix words in a link: at most 8 words and 8 shards.
        let hostile: String = (0..1000)
            .map(|i| format!("w{}x{i} ", char::from(b'a' + (i % 26) as u8)))
            .collect();
        let w = words(&hostile);
        assert!(w.cut);
        assert_eq!(w.words.len(), MAX_QUERY_WORDS);
        assert!(shards_for(&hostile).len() <= MAX_QUERY_WORDS);
        // One enormous word is cut to the character limit.
        let long = "a".repeat(100_000);
        let w = words(&long);
        assert!(w.cut);
        assert_eq!(w.words, ["a".repeat(MAX_QUERY_CHARS)]);
        assert_eq!(bounded(&long).chars().count(), MAX_QUERY_CHARS);
        // An ordinary query is searched whole; stop words and repeats do not count.
        let w = words("the SOC analyst and soc manager");
        assert_eq!(w.words, ["soc", "analyst", "manager"]);
        assert!(!w.cut);
    }

    #[test]
    fn edit_distance_of_one() {
        assert!(within_one_edit("privacy", "privcay"));
        assert!(within_one_edit("officer", "offcer"));
        assert!(within_one_edit("officer", "officers"));
        assert!(within_one_edit("officer", "offizer"));
        assert!(!within_one_edit("officer", "ofxcxr"));
    }
}
