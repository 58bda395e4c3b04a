//! The app's pages, one module each, named after what the user sees. Pages import components,
//! the context and the browser services; only [`routes`](crate::routes) imports pages.

pub mod assess;
pub mod content_page;
pub mod editor;
pub mod hire;
pub mod org;
pub mod plan;
pub mod search;

pub use assess::AssessHome;
pub use assess::role::AssessRole;
pub use content_page::ContentPage;
pub use editor::EditorPage;
pub use hire::HirePage;
pub use hire::compare::ComparePage;
pub use org::OrgPlanPage;
pub use plan::PlanPage;
pub use search::SearchPage;
