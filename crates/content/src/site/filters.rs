//! Filter forms over the pre-rendered lists. The form is part of the page (so nothing appears
//! or moves when the app starts); the app wires it up: each control's `name` is its query key,
//! `data-attr` names the item attribute it matches, and `data-ceiling` marks an upper bound.

use maud::{Markup, html};

/// One choice control.
pub struct Choice<'a> {
    /// The query key and control name.
    pub name: &'a str,
    /// The label.
    pub label: &'a str,
    /// The item attribute matched.
    pub attr: &'a str,
    /// The options: (value, label).
    pub options: Vec<(String, String)>,
    /// Whether it is an upper bound on a number rather than a choice.
    pub ceiling: bool,
}

/// A filter form. `items` and `groups` are CSS selectors of the items and of groups to hide when
/// empty; `text` is the query key of the text field; `noun` is (one, many).
pub fn form(
    id: &str,
    name: &str,
    items: &str,
    groups: Option<&str>,
    text: &str,
    noun: (&str, &str),
    total: usize,
    choices: &[Choice<'_>],
) -> Markup {
    html! {
        form.filters.no-print id=(id) role="search" aria-label=(name) method="get" action=""
            data-items=(items) data-groups=[groups] data-noun=(format!("{}|{}", noun.0, noun.1)) data-text=(text) {
            div.field.text {
                label for=(format!("{id}-{text}")) { "Contains" }
                input id=(format!("{id}-{text}")) type="search" name=(text) placeholder="Words or titles";
            }
            @for c in choices {
                div.field {
                    label for=(format!("{id}-{}", c.name)) { (c.label) }
                    select id=(format!("{id}-{}", c.name)) name=(c.name) data-attr=(c.attr) data-ceiling=[c.ceiling.then_some("")] {
                        option value="" { (if c.ceiling { "No limit" } else { "Any" }) }
                        @for (value, label) in &c.options { option value=(value) { (label) } }
                    }
                }
            }
            div.filter-status {
                p role="status" { "Showing all " (total) " " (if total == 1 { noun.0 } else { noun.1 }) }
                button type="reset" { "Clear filters" }
            }
        }
    }
}
