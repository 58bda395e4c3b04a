//! The profile in the browser's local storage, on this device only.
//!
//! A record that cannot be read (damaged, hand-edited, from a newer version) is never dropped:
//! it is copied to a backup key and reported, and the person can download it. This is why the
//! storage is a few explicit functions rather than `leptos_use::use_local_storage`, whose codec
//! falls back to the default value when a record does not decode.

use leptos::prelude::*;
use pathways_core::planner::{Constraints, SavedPlans};
use pathways_core::profile::{Profile, ProfileError};

/// The key of the current profile.
pub const PROFILE_KEY: &str = "hcp.profile";
/// The prefix of backup keys of records that could not be read.
pub const BACKUP_PREFIX: &str = "hcp.profile.backup.";

/// What the store needs of the browser's `localStorage`: the seam that lets the rules below
/// (backups, blocking, reporting) run natively in tests against [`Memory`].
pub trait KeyValue {
    /// The value under `key`, if any.
    fn get(&self, key: &str) -> Option<String>;
    /// Writes `value` under `key`; fails when the storage is full or disabled.
    fn set(&self, key: &str, value: &str) -> Result<(), Full>;
    /// Removes `key`.
    fn remove(&self, key: &str);
    /// Every key.
    fn keys(&self) -> Vec<String>;
}

/// A write the storage refused (full, or disabled by the browser).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Full;

/// The browser's `localStorage`.
struct Browser(web_sys::Storage);

impl KeyValue for Browser {
    fn get(&self, key: &str) -> Option<String> {
        self.0.get_item(key).ok().flatten()
    }
    fn set(&self, key: &str, value: &str) -> Result<(), Full> {
        self.0.set_item(key, value).map_err(|_| Full)
    }
    fn remove(&self, key: &str) {
        let _ = self.0.remove_item(key);
    }
    fn keys(&self) -> Vec<String> {
        let len = self.0.length().unwrap_or(0);
        (0..len)
            .filter_map(|i| self.0.key(i).ok().flatten())
            .collect()
    }
}

/// An in-memory storage, for tests; `full` makes every write fail.
#[derive(Default)]
pub struct Memory {
    /// The records.
    pub map: std::cell::RefCell<std::collections::BTreeMap<String, String>>,
    /// Whether writes fail as if the storage were full.
    pub full: std::cell::Cell<bool>,
}

impl KeyValue for Memory {
    fn get(&self, key: &str) -> Option<String> {
        self.map.borrow().get(key).cloned()
    }
    fn set(&self, key: &str, value: &str) -> Result<(), Full> {
        if self.full.get() {
            return Err(Full);
        }
        self.map
            .borrow_mut()
            .insert(key.to_owned(), value.to_owned());
        Ok(())
    }
    fn remove(&self, key: &str) {
        self.map.borrow_mut().remove(key);
    }
    fn keys(&self) -> Vec<String> {
        self.map.borrow().keys().cloned().collect()
    }
}

fn local_storage() -> Option<Browser> {
    web_sys::window()?
        .local_storage()
        .ok()
        .flatten()
        .map(Browser)
}

/// Milliseconds since 1970, for backup keys.
fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// The profile and what happened to a record that could not be read.
pub struct Loaded {
    /// The profile to use.
    pub profile: Profile,
    /// Why the saved record was set aside, if it was.
    pub problem: Option<String>,
    /// Whether saving must not happen (an unreadable record could not be backed up).
    pub blocked: bool,
}

/// Reads the saved profile. A record that cannot be read is moved to a backup key.
pub fn load_profile() -> Loaded {
    load_profile_from(
        local_storage().as_ref().map(|s| s as &dyn KeyValue),
        now_ms(),
    )
}

/// [`load_profile`] from any storage (`None`: the browser allows none), stamping a backup
/// with `now_ms`.
pub fn load_profile_from(storage: Option<&dyn KeyValue>, now_ms: u64) -> Loaded {
    let Some(storage) = storage else {
        return Loaded {
            profile: Profile::default(),
            problem: Some("This browser does not allow the portal to save anything, so your answers will be lost when you close the page. Export them to keep them.".into()),
            blocked: true,
        };
    };
    let Some(text) = storage.get(PROFILE_KEY) else {
        return Loaded {
            profile: Profile::default(),
            problem: None,
            blocked: false,
        };
    };
    match Profile::from_json(&text) {
        Ok(profile) => Loaded {
            profile,
            problem: None,
            blocked: false,
        },
        // A tab left open across a deploy: the record is the newer version's, and fine. Leave it
        // where it is, save nothing over it, and ask for a reload.
        Err(ProfileError::FromTheFuture(_)) => Loaded {
            profile: Profile::default(),
            problem: Some("Your profile was saved by a newer version of the portal than this page. Reload the page to use it; until then this page saves nothing, so the saved profile stays exactly as it is.".into()),
            blocked: true,
        },
        Err(error) => {
            let key = format!("{BACKUP_PREFIX}{now_ms}");
            let kept = storage.set(&key, &text).is_ok();
            if kept {
                storage.remove(PROFILE_KEY);
            }
            let problem = if kept {
                format!(
                    "Your saved profile could not be read: {error}. It has been kept as a backup — download it below — and you are starting with an empty profile."
                )
            } else {
                format!(
                    "Your saved profile could not be read: {error}. It was left where it is and nothing will be saved over it."
                )
            };
            Loaded {
                profile: Profile::default(),
                problem: Some(problem),
                blocked: !kept,
            }
        }
    }
}

/// Saves the profile. Returns why it could not be saved (storage full or disabled).
pub fn save_profile(profile: &Profile) -> Result<(), String> {
    let storage = local_storage().ok_or_else(|| "this browser does not allow saving".to_owned())?;
    save_profile_to(&storage, profile)
}

/// [`save_profile`] into any storage. An empty profile where none is saved writes nothing (so
/// clearing the data leaves nothing behind).
pub fn save_profile_to(storage: &dyn KeyValue, profile: &Profile) -> Result<(), String> {
    if *profile == Profile::default() && storage.get(PROFILE_KEY).is_none() {
        return Ok(());
    }
    storage
        .set(PROFILE_KEY, &profile.to_json())
        .map_err(|Full| "the browser's storage for this site is full or disabled".to_owned())
}

/// Every backup of a record that could not be read: (key, text).
pub fn backups() -> Vec<(String, String)> {
    local_storage().map_or_else(Vec::new, |s| backups_in(&s))
}

/// [`backups`] in any storage, oldest first.
pub fn backups_in(storage: &dyn KeyValue) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = storage
        .keys()
        .into_iter()
        .filter(|k| k.starts_with(BACKUP_PREFIX))
        .filter_map(|k| storage.get(&k).map(|v| (k, v)))
        .collect();
    out.sort();
    out
}

/// Deletes a backup.
pub fn remove(key: &str) {
    if let Some(storage) = local_storage() {
        storage.remove(key);
    }
}

/// The key of the curriculum editor's draft.
pub const EDITOR_KEY: &str = "hcp.editor";

/// The curriculum editor's draft kept in this browser; one that cannot be read is kept as a
/// backup and reported (`problem`), and `None` is returned.
pub fn load_draft(
    problem: &mut Option<String>,
    blocked: &mut bool,
) -> Option<pathways_content::authoring::Draft> {
    load_record(EDITOR_KEY, "editor", "curriculum draft", problem, blocked)
}

/// Keeps the curriculum editor's draft in this browser; says why when it cannot.
pub fn save_draft(draft: &pathways_content::authoring::Draft) -> Result<(), String> {
    save_record(EDITOR_KEY, draft)
}

/// The key of the planner's settings.
pub const PLAN_KEY: &str = "hcp.plan";

/// The key of the planner's saved plans and last target role.
pub const PLANS_KEY: &str = "hcp.plans";

/// Reads a planner record; one that cannot be read is kept as a backup (`backup` names it in
/// the key) and reported, like the profile, and the default is used.
fn load_record<T: serde::de::DeserializeOwned>(
    key: &str,
    backup: &str,
    what: &str,
    problem: &mut Option<String>,
    blocked: &mut bool,
) -> Option<T> {
    let storage = local_storage()?;
    load_record_from(&storage, now_ms(), key, backup, what, problem, blocked)
}

/// [`load_record`] from any storage, stamping a backup with `now_ms`. When the backup cannot be
/// written the record stays where it is and `blocked` is set: nothing may be saved over it.
#[allow(clippy::too_many_arguments)]
pub fn load_record_from<T: serde::de::DeserializeOwned>(
    storage: &dyn KeyValue,
    now_ms: u64,
    key: &str,
    backup: &str,
    what: &str,
    problem: &mut Option<String>,
    blocked: &mut bool,
) -> Option<T> {
    let text = storage.get(key)?;
    match serde_json::from_str::<T>(&text) {
        Ok(value) => Some(value),
        Err(e) => {
            let e = pathways_core::text::bounded(&e.to_string(), 200);
            let backup_key = format!("{BACKUP_PREFIX}{backup}.{now_ms}");
            let message = if storage.set(&backup_key, &text).is_ok() {
                storage.remove(key);
                format!(
                    "Your saved {what} could not be read ({e}); they have been kept as a backup and the defaults are used."
                )
            } else {
                *blocked = true;
                format!(
                    "Your saved {what} could not be read ({e}), and there is no room to back them up: they were left where they are, and this page will not save {what} over them."
                )
            };
            *problem = Some(match problem.take() {
                Some(before) => format!("{before} {message}"),
                None => message,
            });
            None
        }
    }
}

/// Saves a planner record; says why when it cannot.
fn save_record<T: serde::Serialize>(key: &str, value: &T) -> Result<(), String> {
    let storage = local_storage().ok_or_else(|| "this browser does not allow saving".to_owned())?;
    save_record_to(&storage, key, value)
}

/// [`save_record`] into any storage.
pub fn save_record_to<T: serde::Serialize>(
    storage: &dyn KeyValue,
    key: &str,
    value: &T,
) -> Result<(), String> {
    let text = serde_json::to_string(value).map_err(|e| e.to_string())?;
    storage
        .set(key, &text)
        .map_err(|Full| "the browser's storage for this site is full or disabled".to_owned())
}

/// Removes everything the job seeker's tools keep in this browser: the profile, its backups,
/// the planner's settings and saved plans. The role builder's roles (a hiring manager's, not a
/// job seeker's) stay.
pub fn clear_job_seeker_data() {
    if let Some(storage) = local_storage() {
        clear_job_seeker_data_in(&storage);
    }
}

/// [`clear_job_seeker_data`] in any storage.
pub fn clear_job_seeker_data_in(storage: &dyn KeyValue) {
    for key in storage.keys() {
        if key == PROFILE_KEY
            || key == PLAN_KEY
            || key == PLANS_KEY
            || key.starts_with(BACKUP_PREFIX)
        {
            storage.remove(&key);
        }
    }
}

/// The key of the role builder's record (the role on screen and the saved roles).
pub const HIRE_KEY: &str = "hcp.hire";

/// The role builder's record, saved whenever it changes; kept apart from the profile (a
/// hiring manager's roles are not a job seeker's data).
#[derive(Clone, Copy)]
pub struct HireStore {
    /// The role on screen and the saved roles.
    pub roles: RwSignal<pathways_core::hire::saved::SavedRoles>,
    /// A problem to show (a record set aside, or saving failed).
    pub problem: RwSignal<Option<String>>,
}

impl HireStore {
    /// Loads the record and starts saving changes.
    pub fn provide() -> HireStore {
        let mut problem = None;
        let storage = local_storage();
        if storage.is_none() {
            problem = Some("This browser does not let the portal keep data, so roles cannot be saved here. Download the job description or copy the role's link to keep your work.".to_owned());
        }
        let mut blocked = storage.is_none();
        let roles =
            load_record(HIRE_KEY, "hire", "roles", &mut problem, &mut blocked).unwrap_or_default();
        let store = HireStore {
            roles: RwSignal::new(roles),
            problem: RwSignal::new(problem),
        };
        Effect::watch(
            move || store.roles.get(),
            move |roles, _, _| {
                if !blocked && save_record(HIRE_KEY, roles).is_err() {
                    store.problem.set(Some("Your roles could not be saved: this browser's storage is full or disabled. Copy the role's link or download the job description to keep your work.".to_owned()));
                }
            },
            false,
        );
        provide_context(store);
        store
    }
}

/// The role builder's store.
pub fn use_hire() -> HireStore {
    expect_context::<HireStore>()
}

/// The key of the organization planner's record (the input on screen and the saved plans).
pub const ORG_KEY: &str = "hcp.org";

/// The organization planner's record, saved whenever it changes; kept apart from the job
/// seeker's profile and the hiring manager's roles.
#[derive(Clone, Copy)]
pub struct OrgStore {
    /// The input on screen and the saved plans.
    pub orgs: RwSignal<pathways_core::org::saved::SavedOrgs>,
    /// A problem to show (a record set aside, or saving failed).
    pub problem: RwSignal<Option<String>>,
}

impl OrgStore {
    /// Loads the record and starts saving changes.
    pub fn provide() -> OrgStore {
        let mut problem = None;
        let storage = local_storage();
        if storage.is_none() {
            problem = Some("This browser does not let the portal keep data, so plans cannot be saved here. Copy the plan's link to keep your work.".to_owned());
        }
        let mut blocked = storage.is_none();
        let orgs = load_record(
            ORG_KEY,
            "org",
            "workforce plans",
            &mut problem,
            &mut blocked,
        )
        .unwrap_or_default();
        let store = OrgStore {
            orgs: RwSignal::new(orgs),
            problem: RwSignal::new(problem),
        };
        Effect::watch(
            move || store.orgs.get(),
            move |orgs, _, _| {
                if !blocked && save_record(ORG_KEY, orgs).is_err() {
                    store.problem.set(Some("Your plan could not be saved: this browser's storage is full or disabled. Copy the plan's link to keep your work.".to_owned()));
                }
            },
            false,
        );
        provide_context(store);
        store
    }
}

/// The organization planner's store.
pub fn use_org() -> OrgStore {
    expect_context::<OrgStore>()
}

/// The profile shared by every page, saved whenever it changes.
#[derive(Clone, Copy)]
pub struct ProfileStore {
    /// The profile.
    pub profile: RwSignal<Profile>,
    /// A problem to show (a record set aside, or saving failed).
    pub problem: RwSignal<Option<String>>,
    /// Bumped when backups change, so lists of them refresh.
    pub backups_changed: RwSignal<u32>,
    /// The planner's settings.
    pub plan: RwSignal<Option<Constraints>>,
    /// The planner's last target role and saved plans.
    pub plans: RwSignal<SavedPlans>,
}

impl ProfileStore {
    /// Loads the saved profile and starts saving changes; follows changes made in other tabs.
    pub fn provide() -> ProfileStore {
        let loaded = load_profile();
        let blocked = loaded.blocked;
        let mut problem = loaded.problem;
        let (mut plan_blocked, mut plans_blocked) = (blocked, blocked);
        let plan = load_record::<Constraints>(
            PLAN_KEY,
            "plan",
            "plan settings",
            &mut problem,
            &mut plan_blocked,
        );
        let plans = load_record::<SavedPlans>(
            PLANS_KEY,
            "plans",
            "plans",
            &mut problem,
            &mut plans_blocked,
        )
        .unwrap_or_default();
        let store = ProfileStore {
            profile: RwSignal::new(loaded.profile),
            problem: RwSignal::new(problem),
            backups_changed: RwSignal::new(0),
            plan: RwSignal::new(plan),
            plans: RwSignal::new(plans),
        };
        let failed = move |what: &str, why: String| {
            store.problem.set(Some(format!(
                "Your {what} could not be saved: {why}. Export your data to keep it."
            )));
        };
        // Each record is saved when it changes (not when it is loaded), and a write the browser
        // refuses (storage full) is reported with the way out.
        Effect::watch(
            move || store.plan.get(),
            move |plan, _, _| {
                if !plan_blocked
                    && let Some(plan) = plan
                    && let Err(why) = save_record(PLAN_KEY, plan)
                {
                    failed("plan settings", why);
                }
            },
            false,
        );
        Effect::watch(
            move || store.plans.get(),
            move |plans, _, _| {
                let nothing = *plans == SavedPlans::default()
                    && local_storage().is_some_and(|s| s.get(PLANS_KEY).is_none());
                if !plans_blocked
                    && !nothing
                    && let Err(why) = save_record(PLANS_KEY, plans)
                {
                    failed("plans", why);
                }
            },
            false,
        );
        Effect::watch(
            move || store.profile.get(),
            move |profile, _, _| {
                if !blocked && let Err(why) = save_profile(profile) {
                    failed("changes", why);
                }
            },
            false,
        );
        // Another tab saved: take its records, so the next save here does not overwrite what was
        // answered there (each tab saves every change at once, so the newest record holds both
        // tabs' answers). The browser sends no event for a write that changes nothing, so two
        // tabs never echo each other.
        let listener = leptos::prelude::window_event_listener(leptos::ev::storage, move |ev| {
            let Some(key) = ev.key() else {
                // `localStorage.clear()` in another tab.
                return;
            };
            let value = ev.new_value();
            match key.as_str() {
                PROFILE_KEY if !blocked => match value.as_deref().map(Profile::from_json) {
                    Some(Ok(profile)) => {
                        if store.profile.with_untracked(|p| *p != profile) {
                            store.profile.set(profile);
                        }
                    }
                    None => store.profile.set(Profile::default()),
                    // A newer version wrote it: stop saving over it.
                    Some(Err(_)) => store.problem.set(Some("Your profile was changed in another tab by a newer version of the portal. Reload this page; changes made here are not saved until then.".into())),
                },
                PLANS_KEY if !plans_blocked => {
                    let plans: SavedPlans = value
                        .as_deref()
                        .and_then(|v| serde_json::from_str(v).ok())
                        .unwrap_or_default();
                    if store.plans.with_untracked(|p| *p != plans) {
                        store.plans.set(plans);
                    }
                }
                k if k.starts_with(BACKUP_PREFIX) => {
                    store.backups_changed.update(|n| *n = n.wrapping_add(1));
                }
                _ => {}
            }
        });
        on_cleanup(move || listener.remove());
        provide_context(store);
        store
    }
}

/// The shared profile store.
pub fn use_profile() -> ProfileStore {
    expect_context::<ProfileStore>()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store_with(records: &[(&str, &str)]) -> Memory {
        let memory = Memory::default();
        for (k, v) in records {
            memory
                .map
                .borrow_mut()
                .insert((*k).to_owned(), (*v).to_owned());
        }
        memory
    }

    #[test]
    fn no_saved_profile_starts_empty_and_saves() {
        let memory = Memory::default();
        let loaded = load_profile_from(Some(&memory), 1);
        assert_eq!(loaded.profile, Profile::default());
        assert!(loaded.problem.is_none());
        assert!(!loaded.blocked);
    }

    #[test]
    fn a_saved_profile_is_read_back() {
        let memory = Memory::default();
        let mut profile = Profile::default();
        profile.experience.total_years = 4.0;
        save_profile_to(&memory, &profile).expect("saved");
        let loaded = load_profile_from(Some(&memory), 1);
        assert_eq!(loaded.profile, profile);
        assert!(loaded.problem.is_none());
    }

    #[test]
    fn an_unreadable_profile_moves_to_a_backup_and_is_reported() {
        let memory = store_with(&[(PROFILE_KEY, "{not json")]);
        let loaded = load_profile_from(Some(&memory), 1_700_000_000_000);
        assert_eq!(loaded.profile, Profile::default());
        assert!(
            !loaded.blocked,
            "saving continues: the damaged record is safe"
        );
        let problem = loaded.problem.expect("reported");
        assert!(problem.contains("kept as a backup"), "{problem}");
        assert_eq!(memory.get(PROFILE_KEY), None);
        assert_eq!(
            backups_in(&memory),
            vec![(
                format!("{BACKUP_PREFIX}1700000000000"),
                "{not json".to_owned()
            )]
        );
    }

    #[test]
    fn an_unreadable_profile_that_cannot_be_backed_up_stays_and_blocks_saving() {
        let memory = store_with(&[(PROFILE_KEY, "{not json")]);
        memory.full.set(true);
        let loaded = load_profile_from(Some(&memory), 5);
        assert!(loaded.blocked, "nothing may be saved over the only copy");
        assert!(
            loaded
                .problem
                .expect("reported")
                .contains("left where it is")
        );
        assert_eq!(memory.get(PROFILE_KEY).as_deref(), Some("{not json"));
        assert!(backups_in(&memory).is_empty());
    }

    #[test]
    fn a_browser_without_storage_blocks_saving_and_says_so() {
        let loaded = load_profile_from(None, 1);
        assert!(loaded.blocked);
        assert!(loaded.problem.expect("reported").contains("does not allow"));
    }

    #[test]
    fn a_full_storage_refuses_to_save_with_a_reason() {
        let memory = Memory::default();
        memory.full.set(true);
        let mut profile = Profile::default();
        profile.experience.total_years = 2.0;
        let why = save_profile_to(&memory, &profile).expect_err("refused");
        assert!(why.contains("full or disabled"), "{why}");
    }

    #[test]
    fn an_unreadable_planner_record_is_backed_up_and_both_problems_are_reported() {
        let memory = store_with(&[(PLAN_KEY, "[1,2"), (PLANS_KEY, "{\"saved\": 3}")]);
        let mut problem = Some("Earlier problem.".to_owned());
        let mut blocked = false;
        let plan: Option<Constraints> = load_record_from(
            &memory,
            9,
            PLAN_KEY,
            "plan",
            "plan settings",
            &mut problem,
            &mut blocked,
        );
        let plans: Option<SavedPlans> = load_record_from(
            &memory,
            9,
            PLANS_KEY,
            "plans",
            "plans",
            &mut problem,
            &mut blocked,
        );
        assert!(plan.is_none() && plans.is_none());
        assert!(!blocked, "both are backed up, so saving goes on");
        let problem = problem.expect("reported");
        assert!(
            problem.starts_with("Earlier problem. Your saved plan settings"),
            "{problem}"
        );
        assert!(
            problem.contains("Your saved plans could not be read"),
            "{problem}"
        );
        let keys: Vec<String> = backups_in(&memory).into_iter().map(|(k, _)| k).collect();
        assert_eq!(
            keys,
            vec![
                format!("{BACKUP_PREFIX}plan.9"),
                format!("{BACKUP_PREFIX}plans.9")
            ]
        );
        assert_eq!(memory.get(PLAN_KEY), None);
    }

    #[test]
    fn backups_list_only_backup_keys_oldest_first() {
        let memory = store_with(&[
            (PROFILE_KEY, "{}"),
            (&format!("{BACKUP_PREFIX}2"), "b"),
            (&format!("{BACKUP_PREFIX}1"), "a"),
            ("other.key", "x"),
        ]);
        let keys: Vec<String> = backups_in(&memory).into_iter().map(|(k, _)| k).collect();
        assert_eq!(
            keys,
            vec![format!("{BACKUP_PREFIX}1"), format!("{BACKUP_PREFIX}2")]
        );
    }

    #[test]
    fn a_profile_from_a_newer_version_stays_in_place_and_nothing_is_saved_over_it() {
        let newer = r#"{"version":99,"profile":{"experience":{"total_years":7}}}"#;
        let memory = store_with(&[(PROFILE_KEY, newer)]);
        let loaded = load_profile_from(Some(&memory), 3);
        assert!(
            loaded.blocked,
            "this page must not save over the newer record"
        );
        assert!(
            loaded
                .problem
                .expect("reported")
                .contains("Reload the page")
        );
        assert_eq!(
            memory.get(PROFILE_KEY).as_deref(),
            Some(newer),
            "kept where it is"
        );
        assert!(backups_in(&memory).is_empty(), "not moved to a backup");
    }

    #[test]
    fn an_unreadable_planner_record_that_cannot_be_backed_up_stays_and_blocks_its_saving() {
        let memory = store_with(&[(PLANS_KEY, "{broken")]);
        memory.full.set(true);
        let (mut problem, mut blocked) = (None, false);
        let plans: Option<SavedPlans> = load_record_from(
            &memory,
            4,
            PLANS_KEY,
            "plans",
            "plans",
            &mut problem,
            &mut blocked,
        );
        assert!(plans.is_none());
        assert!(blocked);
        let problem = problem.expect("reported");
        assert!(problem.contains("left where they are"), "{problem}");
        assert!(!problem.contains("kept as a backup"), "{problem}");
        assert_eq!(memory.get(PLANS_KEY).as_deref(), Some("{broken"));
    }

    #[test]
    fn a_full_storage_refuses_a_planner_record_with_a_reason() {
        let memory = Memory::default();
        memory.full.set(true);
        let why = save_record_to(&memory, PLANS_KEY, &SavedPlans::default()).expect_err("refused");
        assert!(why.contains("full or disabled"), "{why}");
    }

    #[test]
    fn clearing_removes_the_profile_its_backups_and_the_planner_data_and_keeps_the_roles() {
        let memory = store_with(&[
            (PROFILE_KEY, "{}"),
            (&format!("{BACKUP_PREFIX}1"), "a"),
            (&format!("{BACKUP_PREFIX}plans.2"), "b"),
            (PLAN_KEY, "{}"),
            (PLANS_KEY, "{}"),
            (HIRE_KEY, "{}"),
            ("other.site", "x"),
        ]);
        clear_job_seeker_data_in(&memory);
        assert_eq!(
            memory.keys(),
            [HIRE_KEY.to_owned(), "other.site".to_owned()]
        );
        // An empty profile is not written back where none is saved.
        save_profile_to(&memory, &Profile::default()).expect("nothing to do");
        assert_eq!(memory.get(PROFILE_KEY), None);
    }
}
