//! The interactive tools. Each has its own page under its own route and its own WebAssembly
//! bundle, so a page loads only the tool it shows; the content pages load none.

/// An interactive tool of the portal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Tool {
    /// The self-assessment: `/assess/` and `/assess/<role>/`.
    Assess,
    /// The career and certification planner: `/plan/`.
    Plan,
    /// Full-text search: `/search/`.
    Search,
    /// The hiring manager's role builder: `/hire/`.
    Hire,
    /// The candidate comparison: `/hire/compare/`.
    Compare,
    /// The organization's workforce plan: `/org/plan/`.
    Org,
    /// The curriculum editor: `/educators/editor/`.
    Editor,
}

impl Tool {
    /// Every tool.
    pub const ALL: [Tool; 7] = [
        Tool::Assess,
        Tool::Plan,
        Tool::Search,
        Tool::Hire,
        Tool::Compare,
        Tool::Org,
        Tool::Editor,
    ];

    /// The tool's name: its bundle's name (`pathways-<name>`, template `app/<name>.html`).
    pub fn name(self) -> &'static str {
        match self {
            Tool::Assess => "assess",
            Tool::Plan => "plan",
            Tool::Search => "search",
            Tool::Hire => "hire",
            Tool::Compare => "compare",
            Tool::Org => "org",
            Tool::Editor => "editor",
        }
    }

    /// The route key under which the tool's pages live.
    pub fn route(self) -> &'static str {
        match self {
            Tool::Compare => "hire/compare",
            Tool::Org => "org/plan",
            Tool::Editor => "educators/editor",
            other => other.name(),
        }
    }

    /// The tool a route key belongs to (`assess`, `assess/soc-analyst` → [`Tool::Assess`];
    /// `hire/compare` → [`Tool::Compare`], the most specific route), or `None` for a content
    /// page.
    pub fn of_key(key: &str) -> Option<Tool> {
        let key = key.trim_matches('/');
        Tool::ALL
            .into_iter()
            .filter(|t| {
                key.strip_prefix(t.route())
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
            })
            .max_by_key(|t| t.route().len())
    }

    /// The tool of a name, as written in a bundle or on the command line.
    pub fn from_name(name: &str) -> Option<Tool> {
        Tool::ALL.into_iter().find(|t| t.name() == name)
    }
}

#[cfg(test)]
mod tests {
    use super::Tool;

    #[test]
    fn a_route_key_belongs_to_the_tool_of_its_first_segment() {
        assert_eq!(Tool::of_key("assess"), Some(Tool::Assess));
        assert_eq!(Tool::of_key("assess/soc-analyst"), Some(Tool::Assess));
        assert_eq!(Tool::of_key("plan"), Some(Tool::Plan));
        assert_eq!(Tool::of_key("search"), Some(Tool::Search));
        assert_eq!(Tool::of_key("hire"), Some(Tool::Hire));
        assert_eq!(Tool::of_key("hire/compare"), Some(Tool::Compare));
        assert_eq!(Tool::of_key("/hire/compare/"), Some(Tool::Compare));
        assert_eq!(Tool::of_key("org/plan"), Some(Tool::Org));
        assert_eq!(Tool::of_key("educators/editor"), Some(Tool::Editor));
        assert_eq!(
            Tool::of_key("educators"),
            None,
            "the educators' guide is a content page"
        );
        assert_eq!(
            Tool::of_key("org"),
            None,
            "the profiles list is a content page"
        );
        assert_eq!(
            Tool::of_key("org/payer"),
            None,
            "a profile is a content page"
        );
        assert_eq!(Tool::of_key("hire/comparex"), Some(Tool::Hire));
        assert_eq!(Tool::of_key("roles/soc-analyst"), None);
        assert_eq!(Tool::of_key(""), None);
        assert_eq!(Tool::of_key("assessment"), None);
    }

    #[test]
    fn every_tool_is_found_by_its_name() {
        for tool in Tool::ALL {
            assert_eq!(Tool::from_name(tool.name()), Some(tool));
        }
        assert_eq!(Tool::from_name("tools"), None);
    }
}
