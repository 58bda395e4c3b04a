//! Pieces shared by several pages: the share-link box, the notice about saved data, the
//! list of things saved in this browser, the not-found page. Components import the context and the browser services, never a page.

pub mod not_found;
pub mod saved_list;
pub mod share_box;
pub mod storage_problem;

pub use not_found::NotFound;
pub use saved_list::SavedList;
pub use share_box::ShareBox;
pub use storage_problem::StorageProblem;
