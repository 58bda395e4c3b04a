//! The planner's index of a catalog: skills numbered once, each program's skill levels in one
//! flat list, the programs that build each skill and those that prepare for each credential.

use rustc_hash::FxHashMap;

use super::Catalog;

/// Lookups computed once per catalog: each program's skill levels (skills numbered), the
/// programs that build each skill, and the programs that prepare for each credential.
///
/// Skill ids are numbered once here so that planning compares numbers, not strings; the
/// levels of all programs sit in one flat list (`offsets[i]..offsets[i + 1]` for program `i`).
pub struct Prepared<'a> {
    skill_ix: FxHashMap<&'a str, u32>,
    levels: Vec<(u32, u8)>,
    offsets: Vec<u32>,
    by_skill: Vec<Vec<u32>>,
    by_credential: FxHashMap<&'a str, Vec<u32>>,
}

impl<'a> Prepared<'a> {
    /// Indexes a catalog.
    pub fn new(catalog: &Catalog<'a>) -> Prepared<'a> {
        let mut skill_ix: FxHashMap<&'a str, u32> = FxHashMap::default();
        let mut by_skill: Vec<Vec<u32>> = Vec::new();
        let mut by_credential: FxHashMap<&'a str, Vec<u32>> = FxHashMap::default();
        let mut levels: Vec<(u32, u8)> = Vec::with_capacity(catalog.programs.len() * 3);
        let mut offsets: Vec<u32> = Vec::with_capacity(catalog.programs.len() + 1);
        offsets.push(0);
        for (i, (_, p)) in catalog.programs.iter().enumerate() {
            let i = i as u32;
            let from = levels.len();
            for t in p
                .skills
                .iter()
                .chain(p.modules.iter().flat_map(|m| &m.skills))
            {
                let next = skill_ix.len() as u32;
                let ix = *skill_ix.entry(t.skill.as_str()).or_insert(next);
                if ix == next {
                    by_skill.push(Vec::new());
                }
                // The highest level the program builds the skill to.
                match levels.iter_mut().skip(from).find(|(k, _)| *k == ix) {
                    Some((_, l)) => *l = (*l).max(t.level),
                    None => {
                        levels.push((ix, t.level));
                        // `by_skill` has one list per numbered skill (pushed just above).
                        if let Some(programs) = by_skill.get_mut(ix as usize) {
                            programs.push(i);
                        }
                    }
                }
            }
            offsets.push(levels.len() as u32);
            for cr in &p.credentials {
                by_credential.entry(cr.as_str()).or_default().push(i);
            }
        }
        Prepared {
            skill_ix,
            levels,
            offsets,
            by_skill,
            by_credential,
        }
    }

    /// A skill's number, if some program builds it.
    pub(super) fn skill(&self, id: &str) -> Option<u32> {
        self.skill_ix.get(id).copied()
    }

    /// The skill levels program `i` builds.
    pub(super) fn levels_of(&self, i: usize) -> &[(u32, u8)] {
        let from = self.offsets.get(i).copied().unwrap_or(0) as usize;
        let to = self.offsets.get(i + 1).copied().unwrap_or(0) as usize;
        self.levels.get(from..to).unwrap_or_default()
    }

    /// The programs (by index) that build skill number `ix`.
    pub(super) fn building(&self, ix: u32) -> &[u32] {
        self.by_skill.get(ix as usize).map_or(&[], Vec::as_slice)
    }

    /// The programs (by index) that prepare for a credential.
    pub(super) fn preparing(&self, credential: &str) -> &[u32] {
        self.by_credential
            .get(credential)
            .map_or(&[], Vec::as_slice)
    }
}
