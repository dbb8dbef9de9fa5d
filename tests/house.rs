//! The shape of the code: which top-level module of `src/` uses which, read from the source
//! itself. The arrows run one way (no circle), only the components (`ui`, `trainer`) and
//! `platform` touch the browser, nothing of the participants' page uses the trainer's, the
//! browser code imports nothing above `persist`, and the README's module picture lists
//! exactly the arrows there are, so it cannot go stale.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

type Graph = BTreeMap<String, BTreeSet<String>>;

/// Every `.rs` file under `dir`, with the top-level module it belongs to.
fn files(dir: &Path, top: Option<&str>, out: &mut Vec<(String, String)>) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .expect("src/ is readable")
        .flatten()
        .collect();
    entries.sort_by_key(|e| e.path());
    for entry in entries {
        let path = entry.path();
        let name = path
            .file_stem()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        if path.is_dir() {
            if name != "bin" {
                files(&path, Some(top.unwrap_or(&name)), out);
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            let module = top.map_or(name, str::to_owned);
            out.push((module, fs::read_to_string(&path).expect("a source file")));
        }
    }
}

/// The code of `source` without comments (a line's `//` part; doc comments included).
fn code(source: &str) -> String {
    source
        .lines()
        .map(|line| match line.find("//") {
            // A `//` inside a string on the same line is rare here and harmless: it only
            // hides the rest of that line.
            Some(at) => &line[..at],
            None => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// `code` without its unit tests (`#[cfg(test)] mod … { … }`): what they import is no arrow
/// of the module.
fn without_unit_tests(code: &str) -> String {
    let mut out = String::new();
    let mut rest = code;
    while let Some(at) = rest.find("#[cfg(test)]") {
        out.push_str(&rest[..at]);
        let after = &rest[at + "#[cfg(test)]".len()..];
        let is_module = after.trim_start().starts_with("mod ");
        match (is_module, after.find('{')) {
            (true, Some(open)) => {
                let mut depth = 0;
                let end = after[open..]
                    .char_indices()
                    .find_map(|(i, c)| {
                        depth += match c {
                            '{' => 1,
                            '}' => -1,
                            _ => 0,
                        };
                        (depth == 0).then_some(open + i + 1)
                    })
                    .unwrap_or(after.len());
                rest = &after[end..];
            }
            _ => rest = after,
        }
    }
    out.push_str(rest);
    out
}

/// The top-level modules a piece of code names through `crate::`, grouped imports
/// (`use crate::{a, b::C}`) included.
fn named_modules(code: &str) -> BTreeSet<String> {
    let ident = |s: &str| -> String {
        s.trim_start()
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    let mut names = BTreeSet::new();
    for (at, _) in code.match_indices("crate::") {
        let after = &code[at + "crate::".len()..];
        let firsts: Vec<String> = match after.strip_prefix('{') {
            Some(group) => {
                // The group's paths at its own level: each one's first segment.
                let mut depth = 0;
                let mut parts = vec![String::new()];
                for c in group.chars() {
                    match c {
                        '{' => depth += 1,
                        '}' if depth == 0 => break,
                        '}' => depth -= 1,
                        ',' if depth == 0 => {
                            parts.push(String::new());
                            continue;
                        }
                        _ => {}
                    }
                    if let Some(last) = parts.last_mut() {
                        last.push(c);
                    }
                }
                parts.iter().map(|p| ident(p)).collect()
            }
            None => vec![ident(after)],
        };
        // Modules only: `crate::VERSION` is a constant of the crate's root.
        names.extend(
            firsts
                .into_iter()
                .filter(|n| n.starts_with(|c: char| c.is_ascii_lowercase())),
        );
    }
    names
}

/// Top-level module → the top-level modules it names through `crate::` (its unit tests
/// left out).
fn graph() -> Graph {
    let mut all = Vec::new();
    files(Path::new("src"), None, &mut all);
    let mut graph = Graph::new();
    for (module, source) in &all {
        if ["lib", "main"].contains(&module.as_str()) {
            continue;
        }
        let uses = graph.entry(module.clone()).or_default();
        for name in named_modules(&without_unit_tests(&code(source))) {
            if name != *module {
                uses.insert(name);
            }
        }
    }
    graph
}

#[test]
fn the_reader_sees_grouped_imports_and_leaves_unit_tests_out() {
    let source = "use crate::{domain::Lang, i18n, persist::{self, Area}};\nuse crate::VERSION;\nfn f() { crate::route::x(); }\n#[cfg(test)]\nmod tests {\n    use crate::state::AppState;\n    fn g() { if true { crate::platform::y(); } }\n}\nfn h() { crate::names::z(); }\n";
    let names: Vec<String> = named_modules(&without_unit_tests(source))
        .into_iter()
        .collect();
    assert_eq!(names, ["domain", "i18n", "names", "persist", "route"]);
}

/// A circle in `graph`, if there is one.
fn circle(graph: &Graph) -> Option<Vec<String>> {
    fn visit(
        graph: &Graph,
        node: &str,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut found = path[at..].to_vec();
            found.push(node.to_owned());
            return Some(found);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(found) = visit(graph, next, path, done) {
                return Some(found);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|n| visit(graph, n, &mut Vec::new(), &mut done))
}

/// The picture as README.md draws it: lines `module → a, b, c` between the markers.
fn picture() -> Graph {
    let readme = fs::read_to_string("README.md").expect("README.md");
    let start = readme
        .find("<!-- module picture -->")
        .expect("the picture's start marker");
    let end = readme
        .find("<!-- end of module picture -->")
        .expect("its end marker");
    readme[start..end]
        .lines()
        .filter_map(|line| line.split_once('→'))
        .map(|(from, to)| {
            let to = to
                .split(',')
                .map(|m| m.trim().trim_matches('`').to_owned())
                .filter(|m| !m.is_empty() && m != "nothing")
                .collect();
            (from.trim().trim_matches('`').to_owned(), to)
        })
        .collect()
}

#[test]
fn the_modules_form_no_circle() {
    let graph = graph();
    assert!(graph.len() >= 12, "{graph:?}");
    assert_eq!(circle(&graph), None);
    // The check itself can fail: one arrow back up makes a circle.
    let mut bent = graph.clone();
    bent.entry("domain".into()).or_default().insert("ui".into());
    assert!(circle(&bent).is_some());
}

#[test]
fn only_the_components_and_platform_touch_the_browser_and_platform_stays_low() {
    let mut all = Vec::new();
    files(Path::new("src"), None, &mut all);
    for (module, source) in &all {
        if ["ui", "kit", "trainer", "platform", "main"].contains(&module.as_str()) {
            continue;
        }
        let code = code(source);
        for browser in ["yew::", "web_sys", "gloo", "wasm_bindgen", "js_sys"] {
            assert!(!code.contains(browser), "{module} uses {browser}");
        }
    }
    let graph = graph();
    assert!(
        graph
            .iter()
            .all(|(m, uses)| m == "trainer" || !uses.contains("trainer")),
        "only the trainer's page uses its own components"
    );
    let platform = &graph["platform"];
    let allowed: BTreeSet<String> = ["persist", "names", "domain"].map(String::from).into();
    assert!(platform.is_subset(&allowed), "platform uses {platform:?}");
}

#[test]
fn the_readmes_module_picture_draws_exactly_the_arrows_there_are() {
    let graph = graph();
    let drawn = picture();
    let lines: Vec<String> = graph
        .iter()
        .map(|(m, uses)| {
            let to: Vec<&str> = uses.iter().map(String::as_str).collect();
            let to = if to.is_empty() {
                "nothing".to_owned()
            } else {
                to.join(", ")
            };
            format!("{m} → {to}")
        })
        .collect();
    assert_eq!(
        drawn,
        graph,
        "README's picture should read:\n{}",
        lines.join("\n")
    );
}
