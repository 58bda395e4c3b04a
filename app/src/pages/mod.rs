//! The app's pages. Each is a component named after what the user sees.

pub mod content_page;
pub mod not_found;

pub use content_page::ContentPage;
pub use not_found::NotFound;
pub mod search;
pub use search::SearchPage;
