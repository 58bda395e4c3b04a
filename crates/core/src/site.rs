//! The site map: every top-level section, its URL slug, its navigation label, and the rules that
//! turn a route into a URL under the deploy's base path.
//!
//! Route strings live here, in one place, so that the build-time pre-renderer and the browser
//! app agree on them.

/// A top-level section of the portal, in navigation order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    /// The home page, `/`.
    Home,
    /// `/roles/`: health-sector security and privacy roles.
    Roles,
    /// `/credentials/`: certifications and certificates.
    Credentials,
    /// `/programs/`: training and education, including CAE-designated institutions.
    Programs,
    /// `/practices/`: the HHS 405(d) HICP threats and practices.
    Practices,
    /// `/assess/`: self-assessment and gap analysis.
    Assess,
    /// `/plan/`: the career and certification planner.
    Plan,
    /// `/hire/`: role definitions and job descriptions for hiring managers.
    Hire,
    /// `/org/`: workforce plans for organizations.
    Org,
    /// `/educators/`: curriculum publishing and coverage.
    Educators,
    /// `/search/`: full-text search.
    Search,
    /// `/about/`: what the portal is.
    About,
    /// `/privacy/`: what the portal does with data (nothing leaves the browser).
    Privacy,
    /// `/skills/`: skills are reached from roles; their index lives under this section.
    Skills,
}

impl Section {
    /// Every section, in navigation order.
    pub const ALL: [Section; 14] = [
        Section::Home,
        Section::Roles,
        Section::Credentials,
        Section::Programs,
        Section::Practices,
        Section::Assess,
        Section::Plan,
        Section::Hire,
        Section::Org,
        Section::Educators,
        Section::Search,
        Section::About,
        Section::Privacy,
        Section::Skills,
    ];

    /// The sections shown in the main navigation, in order.
    pub const NAV: [Section; 11] = [
        Section::Roles,
        Section::Credentials,
        Section::Programs,
        Section::Practices,
        Section::Assess,
        Section::Plan,
        Section::Hire,
        Section::Org,
        Section::Educators,
        Section::Search,
        Section::About,
    ];

    /// The first path segment of the section (empty for the home page).
    pub const fn slug(self) -> &'static str {
        match self {
            Section::Home => "",
            Section::Roles => "roles",
            Section::Credentials => "credentials",
            Section::Programs => "programs",
            Section::Practices => "practices",
            Section::Assess => "assess",
            Section::Plan => "plan",
            Section::Hire => "hire",
            Section::Org => "org",
            Section::Educators => "educators",
            Section::Search => "search",
            Section::About => "about",
            Section::Privacy => "privacy",
            Section::Skills => "skills",
        }
    }

    /// The label used in navigation.
    pub const fn label(self) -> &'static str {
        match self {
            Section::Home => "Home",
            Section::Roles => "Roles",
            Section::Credentials => "Credentials",
            Section::Programs => "Programs",
            Section::Practices => "Practices",
            Section::Assess => "Assess",
            Section::Plan => "Plan",
            Section::Hire => "Hire",
            Section::Org => "Organizations",
            Section::Educators => "Educators",
            Section::Search => "Search",
            Section::About => "About",
            Section::Privacy => "Privacy",
            Section::Skills => "Skills",
        }
    }

    /// Whether the section is one of the interactive tools, served by the separate tools
    /// bundle: links to it load the page in full (`target="_self"` keeps the site app's router
    /// from handling them).
    pub const fn is_tool(self) -> bool {
        matches!(self, Section::Assess | Section::Search | Section::Plan)
    }

    /// The section a site-relative path belongs to, such as `roles/soc-analyst/`.
    ///
    /// Returns `None` for a path whose first segment is not a section.
    pub fn of_path(path: &str) -> Option<Section> {
        let first = path.trim_start_matches('/').split('/').next().unwrap_or("");
        Section::ALL.into_iter().find(|s| s.slug() == first)
    }
}

/// A page of the site, typed: the one place where route keys are spelled.
///
/// A route key is the page's site-relative path without slashes at either end, such as
/// `roles/soc-analyst` (`""` for the home page); [`BasePath::route`] turns it into a URL.
///
/// ```
/// use pathways_core::site::{BasePath, Route, Section};
///
/// assert_eq!(Route::Role("soc-analyst").key(), "roles/soc-analyst");
/// assert_eq!(Route::Section(Section::Roles).to_string(), "roles");
/// assert_eq!(BasePath::new("/sub/").route(Route::Org("payer")), "/sub/org/payer/");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Route<'a> {
    /// A section's own page, such as `/roles/` (or `/` for [`Section::Home`]).
    Section(Section),
    /// A free-standing content page, `/<id>/` (such as `/about/`).
    Page(&'a str),
    /// A role, `/roles/<id>/`.
    Role(&'a str),
    /// A skill, `/skills/<id>/`.
    Skill(&'a str),
    /// A credential, `/credentials/<id>/`.
    Credential(&'a str),
    /// A program, `/programs/<id>/`.
    Program(&'a str),
    /// An HICP practice or threat, `/practices/<id>/`.
    Practice(&'a str),
    /// An organization profile, `/org/<id>/`.
    Org(&'a str),
    /// The self-assessment against a role, `/assess/<role id>/`.
    Assess(&'a str),
    /// The candidate comparison, `/hire/compare/`.
    HireCompare,
    /// The organization's workforce plan, `/org/plan/` (so no organization profile may have
    /// the id `plan`).
    OrgPlan,
    /// The curriculum editor, `/educators/editor/`.
    CurriculumEditor,
    /// The directory of CAE-designated institutions, `/programs/cae/` (so no program may have
    /// the id `cae`).
    CaeDirectory,
}

impl Route<'_> {
    /// The section the page belongs to (`None` for a free-standing page).
    pub const fn section(self) -> Option<Section> {
        match self {
            Route::Section(section) => Some(section),
            Route::Page(_) => None,
            Route::Role(_) => Some(Section::Roles),
            Route::Skill(_) => Some(Section::Skills),
            Route::Credential(_) => Some(Section::Credentials),
            Route::Program(_) => Some(Section::Programs),
            Route::Practice(_) => Some(Section::Practices),
            Route::Org(_) => Some(Section::Org),
            Route::Assess(_) => Some(Section::Assess),
            Route::HireCompare => Some(Section::Hire),
            Route::OrgPlan => Some(Section::Org),
            Route::CurriculumEditor => Some(Section::Educators),
            Route::CaeDirectory => Some(Section::Programs),
        }
    }

    /// The route key, such as `roles/soc-analyst`.
    pub fn key(&self) -> String {
        self.to_string()
    }
}

impl std::fmt::Display for Route<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            Route::Section(section) => f.write_str(section.slug()),
            Route::Page(id) => f.write_str(id),
            Route::HireCompare => f.write_str("hire/compare"),
            Route::OrgPlan => f.write_str("org/plan"),
            Route::CurriculumEditor => f.write_str("educators/editor"),
            Route::CaeDirectory => f.write_str("programs/cae"),
            Route::Role(id)
            | Route::Skill(id)
            | Route::Credential(id)
            | Route::Program(id)
            | Route::Practice(id)
            | Route::Org(id)
            | Route::Assess(id) => {
                let slug = self.section().map_or("", Section::slug);
                write!(f, "{slug}/{id}")
            }
        }
    }
}

/// A deploy's base path, such as `/` or `/health-cyber-pathways/`.
///
/// Always starts and ends with `/`, so joining is plain concatenation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BasePath(String);

impl BasePath {
    /// Normalises a public URL path: `""`, `/`, `sub`, `/sub` and `/sub/` all become a path that
    /// starts and ends with one `/`.
    pub fn new(raw: &str) -> Self {
        let trimmed = raw.trim().trim_matches('/');
        if trimmed.is_empty() {
            BasePath("/".to_owned())
        } else {
            BasePath(format!("/{trimmed}/"))
        }
    }

    /// The base as written in URLs, with leading and trailing `/`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The base without its trailing slash, as the router wants it (`""` at the root).
    pub fn router_base(&self) -> &str {
        self.0.trim_end_matches('/')
    }

    /// The URL of a site-relative route key such as `roles/soc-analyst` or `""` for home.
    ///
    /// Page URLs end with `/` because each page is a folder holding an `index.html`, which
    /// every static host serves with status 200 and no rewrite rules.
    pub fn page(&self, key: &str) -> String {
        let key = key.trim_matches('/');
        if key.is_empty() {
            self.0.clone()
        } else {
            format!("{}{key}/", self.0)
        }
    }

    /// The URL of a typed page: `base.route(Route::Role("x"))` is `base.page("roles/x")`.
    pub fn route(&self, route: Route<'_>) -> String {
        self.page(&route.key())
    }

    /// The URL of a file under the base, such as `data/pages/about.json`.
    pub fn file(&self, rel: &str) -> String {
        format!("{}{}", self.0, rel.trim_start_matches('/'))
    }

    /// The route key of an absolute path under this base: `/sub/roles/x/` → `roles/x`.
    ///
    /// Returns `None` when the path is outside the base.
    pub fn key_of(&self, path: &str) -> Option<String> {
        let rest = if self.0 == "/" {
            path.strip_prefix('/')?
        } else if path == self.router_base() {
            ""
        } else {
            path.strip_prefix(self.0.as_str())?
        };
        let rest = rest.split(['?', '#']).next().unwrap_or("");
        Some(rest.trim_matches('/').to_owned())
    }
}

impl Default for BasePath {
    fn default() -> Self {
        BasePath::new("/")
    }
}

/// Is `id` a valid content id (the slug of a content file)?
///
/// Ids are lowercase ASCII letters, digits and single hyphens, starting with a letter or digit:
/// they appear in URLs and file names on every platform.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 80
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The id a name would have: lowercase ASCII letters and digits, with a single hyphen for each
/// run of other characters. Common Latin accents are folded (`é` → `e`), and apostrophes and
/// dots are dropped rather than split on (`Prince George's` → `prince-georges`).
///
/// The one slugifier of the project: CAE institution ids and the file names suggested for bad
/// ones both come from it. The `slug` crate is not used because it splits on apostrophes
/// (`prince-george-s`), which would change the ids of shipped institutions.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        let c = match c {
            'á' | 'à' | 'ä' | 'â' => 'a',
            'é' | 'è' | 'ë' | 'ê' => 'e',
            'í' | 'ì' | 'ï' | 'î' => 'i',
            'ó' | 'ò' | 'ö' | 'ô' => 'o',
            'ú' | 'ù' | 'ü' | 'û' => 'u',
            'ñ' => 'n',
            other => other.to_ascii_lowercase(),
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if c != '\'' && c != '.' && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_path_normalises_every_spelling() {
        for raw in ["", "/", " / "] {
            assert_eq!(BasePath::new(raw).as_str(), "/");
        }
        for raw in ["sub", "/sub", "sub/", "/sub/", "//sub//"] {
            assert_eq!(BasePath::new(raw).as_str(), "/sub/");
        }
        assert_eq!(BasePath::new("/a/b").as_str(), "/a/b/");
    }

    #[test]
    fn page_urls_end_with_a_slash_and_carry_the_base() {
        let root = BasePath::new("/");
        assert_eq!(root.page(""), "/");
        assert_eq!(root.page("roles/soc-analyst"), "/roles/soc-analyst/");
        let sub = BasePath::new("/sub/");
        assert_eq!(sub.page(""), "/sub/");
        assert_eq!(sub.page("/about/"), "/sub/about/");
        assert_eq!(
            sub.file("data/pages/about.json"),
            "/sub/data/pages/about.json"
        );
        assert_eq!(sub.router_base(), "/sub");
        assert_eq!(root.router_base(), "");
    }

    #[test]
    fn key_of_strips_the_base_query_and_slashes() {
        let sub = BasePath::new("/sub/");
        assert_eq!(sub.key_of("/sub/roles/x/").as_deref(), Some("roles/x"));
        assert_eq!(sub.key_of("/sub/").as_deref(), Some(""));
        assert_eq!(sub.key_of("/sub").as_deref(), Some(""));
        assert_eq!(
            sub.key_of("/sub/search/?q=hipaa").as_deref(),
            Some("search")
        );
        assert_eq!(sub.key_of("/other/x"), None);
        let root = BasePath::new("/");
        assert_eq!(root.key_of("/about").as_deref(), Some("about"));
        assert_eq!(root.key_of("/").as_deref(), Some(""));
    }

    #[test]
    fn routes_spell_their_keys_under_their_section() {
        let cases = [
            (Route::Section(Section::Home), ""),
            (Route::Section(Section::Roles), "roles"),
            (Route::Page("about"), "about"),
            (Route::Role("soc-analyst"), "roles/soc-analyst"),
            (Route::Skill("log-analysis"), "skills/log-analysis"),
            (Route::Credential("cissp"), "credentials/cissp"),
            (Route::Program("intro"), "programs/intro"),
            (Route::Practice("ransomware"), "practices/ransomware"),
            (Route::Org("payer"), "org/payer"),
            (Route::Assess("soc-analyst"), "assess/soc-analyst"),
            (Route::HireCompare, "hire/compare"),
            (Route::OrgPlan, "org/plan"),
            (Route::CurriculumEditor, "educators/editor"),
        ];
        for (route, key) in cases {
            assert_eq!(route.key(), key, "{route:?}");
            if !matches!(route, Route::Page(_)) {
                assert_eq!(Section::of_path(key), route.section(), "{route:?}");
            }
        }
        assert_eq!(
            BasePath::new("/sub/").route(Route::Role("x")),
            "/sub/roles/x/"
        );
        assert_eq!(BasePath::new("/").route(Route::Section(Section::Home)), "/");
    }

    #[test]
    fn sections_are_found_from_paths() {
        assert_eq!(Section::of_path("roles/soc-analyst"), Some(Section::Roles));
        assert_eq!(Section::of_path("/org/"), Some(Section::Org));
        assert_eq!(Section::of_path(""), Some(Section::Home));
        assert_eq!(Section::of_path("nope"), None);
    }

    #[test]
    fn every_section_has_a_distinct_slug() {
        let mut slugs: Vec<_> = Section::ALL.iter().map(|s| s.slug()).collect();
        slugs.sort_unstable();
        slugs.dedup();
        assert_eq!(slugs.len(), Section::ALL.len());
    }

    #[test]
    fn ids_are_url_safe_slugs() {
        for ok in ["cissp", "security-plus", "soc-analyst", "p10", "405d-kod"] {
            assert!(is_valid_id(ok), "{ok}");
        }
        for bad in ["", "CISSP", "soc_analyst", "-x", "x-", "a--b", "a b", "é"] {
            assert!(!is_valid_id(bad), "{bad}");
        }
    }

    #[test]
    fn slugs_are_url_safe() {
        assert_eq!(slug("SOC_Analyst (old)"), "soc-analyst-old");
        assert_eq!(
            slug("Prince George's Community College"),
            "prince-georges-community-college"
        );
        assert!(is_valid_id(&slug("  Déjà -- vu! ")));
        assert_eq!(slug("St. Mary's University (TX)"), "st-marys-university-tx");
        assert_eq!(
            slug("Universidad Politécnica de Puerto Rico"),
            "universidad-politecnica-de-puerto-rico"
        );
    }
}
