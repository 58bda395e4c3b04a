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

/// A filter form over a list.
pub struct Form<'a> {
    /// The form's id.
    pub id: &'a str,
    /// Its accessible name.
    pub name: &'a str,
    /// The CSS selector of the items.
    pub items: &'a str,
    /// The CSS selector of groups to hide when none of their items is shown.
    pub groups: Option<&'a str>,
    /// The query key of the text field.
    pub text: &'a str,
    /// The noun for counts: (one, many).
    pub noun: (&'a str, &'a str),
    /// How many items the list holds.
    pub total: usize,
    /// The choice controls.
    pub choices: Vec<Choice<'a>>,
}

/// Renders a filter form.
pub fn form(f: &Form<'_>) -> Markup {
    let Form {
        id,
        name,
        items,
        groups,
        text,
        noun,
        total,
        choices,
    } = f;
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
                p role="status" { "Showing all " (total) " " (if *total == 1 { noun.0 } else { noun.1 }) }
                button type="reset" { "Clear filters" }
            }
        }
    }
}
