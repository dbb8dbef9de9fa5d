//! Where the user is, and how that is written in the URL fragment.
//!
//! The fragment (`#/items/4`) is the only routing the app uses: it needs no server support,
//! so the built files work from any sub-path of any static host, and every item has a link
//! that survives a reload. Pure: never imports yew, web_sys, gloo or wasm_bindgen.

/// A screen of the app.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Route {
    /// What this is, and where to begin (`#/` or no fragment).
    #[default]
    Start,
    /// All items by section, with progress (`#/items`).
    Overview,
    /// One item by IPA's number (`#/items/4`).
    Item(u8),
    /// Scores, chart, action plan and the printable report (`#/results`).
    Results,
    /// Every assessment on this device; export, import, stored data (`#/checks`).
    Assessments,
    /// Two assessments side by side (`#/compare`).
    Compare,
    /// A trainer's overview of many participants' files (`#/class`).
    Class,
    /// The cloud service rules draft made from the answers (`#/rules`).
    Rules,
}

/// The screens a fragment names by one word (`#/results`). Also read by the release
/// page's boot script (see [`crate::boot`]).
pub const NAMED: [(&str, Route); 6] = [
    ("items", Route::Overview),
    ("results", Route::Results),
    ("checks", Route::Assessments),
    ("compare", Route::Compare),
    ("class", Route::Class),
    ("rules", Route::Rules),
];

/// The word before an item's number (`#/items/4`); any second part after it leads to an
/// item or, if it is not one, to the overview.
pub const NUMBERED: &str = "items";

/// The word before a result code in a link (`#/code/CCHK1-…`), which opens the import
/// preview of "My checks" with that code. A fragment never reaches a server.
pub const CODE: &str = "code";

/// The result code a fragment carries (`#/code/CCHK1-…`), if any.
pub fn code_in(fragment: &str) -> Option<&str> {
    let path = fragment.trim_start_matches('#').trim_matches('/');
    let code = path.strip_prefix(CODE)?.strip_prefix('/')?;
    (!code.is_empty()).then_some(code)
}

impl Route {
    /// Reads a fragment such as `location.hash` gives it (with or without the `#`).
    /// Item numbers outside `1..=item_count` lead to the overview; anything else unknown
    /// leads to the start screen, so no link can ever show a blank page.
    pub fn from_fragment(fragment: &str, item_count: u8) -> Route {
        let path = fragment.trim_start_matches('#').trim_matches('/');
        let mut parts = path.split('/');
        match (parts.next(), parts.next(), parts.next()) {
            (Some(word), None, None) => NAMED
                .iter()
                .find(|(w, _)| *w == word)
                .map_or(Route::Start, |(_, route)| *route),
            (Some(NUMBERED), Some(n), None) => match n.parse::<u8>() {
                Ok(n) if (1..=item_count).contains(&n) => Route::Item(n),
                _ => Route::Overview,
            },
            _ => Route::Start,
        }
    }

    /// The link fragment that opens `code` in the import preview.
    pub fn code_fragment(code: &str) -> String {
        format!("#/{CODE}/{code}")
    }

    /// The fragment for this route, including the `#`.
    pub fn to_fragment(self) -> String {
        match self {
            Route::Start => "#/".to_owned(),
            Route::Overview => "#/items".to_owned(),
            Route::Item(n) => format!("#/items/{n}"),
            Route::Results => "#/results".to_owned(),
            Route::Assessments => "#/checks".to_owned(),
            Route::Compare => "#/compare".to_owned(),
            Route::Class => "#/class".to_owned(),
            Route::Rules => "#/rules".to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_round_trips_through_its_fragment() {
        for route in [
            Route::Start,
            Route::Overview,
            Route::Item(1),
            Route::Item(15),
            Route::Results,
            Route::Rules,
            Route::Assessments,
            Route::Compare,
            Route::Class,
        ] {
            assert_eq!(Route::from_fragment(&route.to_fragment(), 15), route);
        }
    }

    #[test]
    fn odd_fragments_never_lead_nowhere() {
        assert_eq!(Route::from_fragment("", 15), Route::Start);
        assert_eq!(Route::from_fragment("#", 15), Route::Start);
        assert_eq!(Route::from_fragment("#/items/", 15), Route::Overview);
        assert_eq!(Route::from_fragment("#/items/0", 15), Route::Overview);
        assert_eq!(Route::from_fragment("#/items/16", 15), Route::Overview);
        assert_eq!(Route::from_fragment("#/items/abc", 15), Route::Overview);
        assert_eq!(Route::from_fragment("#/nothing/here", 15), Route::Start);
        assert_eq!(Route::from_fragment("items/7", 15), Route::Item(7));
    }

    #[test]
    fn a_code_link_carries_its_code() {
        let fragment = Route::code_fragment("CCHK1-ABC");
        assert_eq!(code_in(&fragment), Some("CCHK1-ABC"));
        assert_eq!(code_in("#/code/"), None);
        assert_eq!(code_in("#/codes/x"), None);
        assert_eq!(code_in("#/items/3"), None);
    }
}
