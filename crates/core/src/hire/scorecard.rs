//! The structured interview scorecard: for every skill needed at hire, questions set before
//! the interviews (one about past work at the target level, and knowledge questions from the
//! portal's bank near that level, with what a good answer contains), and the skill's level
//! descriptors as rating anchors, so every candidate is rated on the same scale with written
//! evidence. Skills learnable on the job are listed but not interviewed for.

use crate::bundle::AssessSkill;
use crate::model::{Id, level_name};

use super::HireRole;

/// The most knowledge questions per skill.
pub const KNOWLEDGE_QUESTIONS: usize = 2;

/// A question and what the interviewer listens for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Question {
    /// The question, as asked.
    pub prompt: String,
    /// What a good answer shows.
    pub listen_for: String,
}

/// One skill's part of the scorecard.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SkillCard {
    /// The skill's id.
    pub skill: Id,
    /// Its name.
    pub name: String,
    /// The target level.
    pub target: u8,
    /// The rating anchors: level, its name and its descriptor, for levels 1–4.
    pub anchors: Vec<(u8, &'static str, String)>,
    /// The questions.
    pub questions: Vec<Question>,
}

/// The scorecard of a role.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scorecard {
    /// The role's title.
    pub title: String,
    /// One card per skill needed at hire, in the role's order.
    pub cards: Vec<SkillCard>,
    /// Skills needed at hire the catalog has no data for (no card).
    pub missing: Vec<Id>,
    /// The learnable skills' names: not interviewed for.
    pub learnable: Vec<String>,
}

fn sentence(text: &str) -> String {
    let t = text.trim().trim_end_matches('.');
    let mut chars = t.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The scorecard for a role, from the assessment data of its skills.
pub fn scorecard(role: &HireRole, skills: &[AssessSkill]) -> Scorecard {
    let mut cards = Vec::new();
    let mut missing = Vec::new();
    let mut learnable = Vec::new();
    for s in &role.skills {
        let info = skills.iter().find(|a| a.id == s.skill);
        if !s.at_hire {
            learnable.push(info.map_or(s.skill.clone(), |i| i.name.clone()));
            continue;
        }
        let Some(info) = info else {
            missing.push(s.skill.clone());
            continue;
        };
        let target = s.level.clamp(1, 4);
        let descriptor = |level: u8| {
            info.levels
                .get(usize::from(level) - 1)
                .cloned()
                .unwrap_or_default()
        };
        let anchors = (1..=4u8)
            .map(|l| (l, level_name(l), descriptor(l)))
            .collect();
        let mut questions = vec![Question {
            prompt: format!(
                "Tell me about a time your work called for this: “{}.” What did you do, and what was the outcome?",
                sentence(&descriptor(target))
            ),
            listen_for: format!(
                "A specific example, in their own words, that shows level {target} ({}): {}",
                level_name(target),
                descriptor(target).trim()
            ),
        }];
        // Knowledge questions nearest the target level, those at or below it first.
        let mut items: Vec<&crate::model::Item> = info.items.iter().collect();
        items.sort_by_key(|i| {
            let above = i.level > target;
            (i.level.abs_diff(target), above, i.id.clone())
        });
        for item in items.into_iter().take(KNOWLEDGE_QUESTIONS) {
            let answer = item
                .options
                .get(usize::from(item.answer))
                .map_or(String::new(), |a| a.trim().to_owned());
            questions.push(Question {
                prompt: item.stem.trim().to_owned(),
                listen_for: format!("{answer} — {}", item.explanation.trim()),
            });
        }
        cards.push(SkillCard {
            skill: s.skill.clone(),
            name: info.name.clone(),
            target,
            anchors,
            questions,
        });
    }
    Scorecard {
        title: role.title.trim().to_owned(),
        cards,
        missing,
        learnable,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hire::HireSkill;
    use crate::model::{Item, Stage};

    fn item(id: &str, level: u8) -> Item {
        Item {
            id: id.into(),
            level,
            stem: format!("Question {id}?"),
            options: vec!["Wrong".into(), "Right".into()],
            answer: 1,
            explanation: "Because.".into(),
        }
    }

    fn skill(id: &str, items: Vec<Item>) -> AssessSkill {
        AssessSkill {
            id: id.into(),
            name: format!("Skill {id}"),
            summary: String::new(),
            levels: (1..=4)
                .map(|l| format!("Does the level {l} work."))
                .collect(),
            items,
            programs: vec![],
            credentials: vec![],
        }
    }

    #[test]
    fn every_skill_needed_at_hire_gets_anchored_questions_and_learnable_ones_none() {
        let mut role = HireRole::blank("SOC Analyst", Stage::Entry);
        role.skills = vec![
            HireSkill {
                skill: "logs".into(),
                level: 2,
                at_hire: true,
            },
            HireSkill {
                skill: "scripting".into(),
                level: 1,
                at_hire: false,
            },
            HireSkill {
                skill: "unknown".into(),
                level: 2,
                at_hire: true,
            },
        ];
        let data = vec![
            skill(
                "logs",
                vec![item("l4", 4), item("l3", 3), item("l1", 1), item("l2", 2)],
            ),
            skill("scripting", vec![item("s1", 1)]),
        ];
        let card = scorecard(&role, &data);
        assert_eq!(card.cards.len(), 1);
        assert_eq!(card.learnable, ["Skill scripting"]);
        assert_eq!(card.missing, ["unknown"]);
        let logs = &card.cards[0];
        assert_eq!(logs.anchors.len(), 4);
        assert_eq!(
            logs.anchors[1],
            (2, "Practitioner", "Does the level 2 work.".into())
        );
        assert_eq!(
            logs.questions[0].prompt,
            "Tell me about a time your work called for this: “does the level 2 work.” What did you do, and what was the outcome?"
        );
        // The item at the target first, then the one just below (before the one just above).
        let asked: Vec<&str> = logs.questions[1..]
            .iter()
            .map(|q| q.prompt.as_str())
            .collect();
        assert_eq!(asked, ["Question l2?", "Question l1?"]);
        assert_eq!(logs.questions[1].listen_for, "Right — Because.");
    }
}
