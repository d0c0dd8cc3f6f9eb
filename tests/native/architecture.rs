//! The layers stay apart, so that every rule can be tested without a browser and every file
//! keeps one job: the domain uses neither the browser, the UI framework nor the app's own
//! modules; components never reach into screens; a screen never imports another screen (what
//! several share lives in `pages/frames.rs`); and only `storage.rs` touches local storage.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

use super::import_graph::Graph;

const FORBIDDEN: [&str; 6] = [
    "leptos",
    "web_sys",
    "js_sys",
    "gloo",
    "wasm_bindgen",
    "reactive_",
];

fn rust_files(dir: &Path, found: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            found.push(path);
        }
    }
}

#[test]
fn the_domain_imports_nothing_from_the_browser_or_the_ui() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain"),
        &mut files,
    );
    assert!(
        files.len() >= 4,
        "expected the domain modules, found {files:?}"
    );
    let mut offences = Vec::new();
    for file in &files {
        let text = fs::read_to_string(file).unwrap();
        for (number, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for name in FORBIDDEN {
                if code.contains(name) {
                    offences.push(format!(
                        "{}:{}: {}",
                        file.display(),
                        number + 1,
                        line.trim()
                    ));
                }
            }
        }
    }
    assert!(
        offences.is_empty(),
        "browser or UI code in the domain:\n{}",
        offences.join("\n")
    );
}

/// Every line of code (comments left out) in the Rust files under `dir`, with where it is.
fn code_lines(dir: &str) -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    let path = root.join(dir);
    if path.is_dir() {
        rust_files(&path, &mut files);
    } else {
        files.push(path);
    }
    assert!(!files.is_empty(), "no Rust files under {dir}");
    let mut lines = Vec::new();
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        let name = file.strip_prefix(root).unwrap().display().to_string();
        for (number, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("").to_owned();
            lines.push((format!("{name}:{}", number + 1), code));
        }
    }
    lines
}

/// The lines of `lines` that break a rule, for the failure message.
fn offending(lines: &[(String, String)], breaks: impl Fn(&str) -> bool) -> Vec<String> {
    lines
        .iter()
        .filter(|(_, code)| breaks(code))
        .map(|(at, code)| format!("{at}: {}", code.trim()))
        .collect()
}

/// The screens: every file of src/pages but the router and the shared frames.
fn screens() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/pages");
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
        .map(|path| path.file_stem().unwrap().to_string_lossy().into_owned())
        .filter(|name| name != "mod" && name != "frames")
        .collect();
    names.sort();
    names
}

#[test]
fn the_domain_uses_none_of_the_apps_own_modules() {
    let lines = code_lines("src/domain");
    let app = [
        "crate::app",
        "crate::browser",
        "crate::components",
        "crate::crypto",
        "crate::pages",
        "crate::runtime",
        "crate::storage",
    ];
    let found = offending(&lines, |code| {
        app.iter().any(|module| code.contains(module))
    });
    assert!(
        found.is_empty(),
        "the domain uses app modules:\n{}",
        found.join("\n")
    );
}

#[test]
fn components_never_reach_into_screens() {
    let lines = code_lines("src/components");
    let found = offending(&lines, |code| {
        code.contains("crate::pages") || code.contains("super::super")
    });
    assert!(
        found.is_empty(),
        "a component uses a screen:\n{}",
        found.join("\n")
    );
}

#[test]
fn a_screen_never_imports_another_screen() {
    let screens = screens();
    assert!(
        screens.len() >= 10,
        "expected the screens, found {screens:?}"
    );
    let mut found = Vec::new();
    for file in screens
        .iter()
        .map(|s| format!("src/pages/{s}.rs"))
        .chain(["src/pages/frames.rs".to_owned()])
    {
        let lines = code_lines(&file);
        found.extend(offending(&lines, |code| {
            screens.iter().any(|other| {
                code.contains(&format!("crate::pages::{other}"))
                    || code.contains(&format!("super::{other}::"))
                    || code.contains(&format!("super::{other}::{{"))
            })
        }));
    }
    assert!(
        found.is_empty(),
        "a screen imports another:\n{}",
        found.join("\n")
    );
}

#[test]
fn only_the_storage_module_touches_local_storage() {
    let lines: Vec<_> = code_lines("src")
        .into_iter()
        .filter(|(at, _)| !at.starts_with("src/storage.rs"))
        .collect();
    let found = offending(&lines, |code| {
        [
            "LocalStorage",
            "local_storage",
            "localStorage",
            "gloo_storage",
        ]
        .iter()
        .any(|name| code.contains(name))
    });
    assert!(
        found.is_empty(),
        "local storage used outside storage.rs:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_readme_map_names_every_source_file_and_domain_module() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = fs::read_to_string(root.join("README.md")).unwrap();
    let map = readme
        .split("## How it is built")
        .nth(1)
        .and_then(|rest| rest.split("```").nth(1))
        .expect("the README has a map of the code");
    let mut missing = Vec::new();
    for dir in ["src", "src/domain", "src/runtime"] {
        for entry in fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if name == "mod.rs" {
                continue;
            }
            let named = if path.is_dir() {
                format!("{name}/")
            } else {
                name.clone()
            };
            let as_path = format!("{dir}/{named}");
            if !map.contains(&format!(" {named} "))
                && !map.contains(&format!("  {named}"))
                && !map.contains(&as_path)
            {
                missing.push(as_path);
            }
        }
    }
    assert!(
        missing.is_empty(),
        "the README's map leaves out: {missing:?}"
    );
}

/// The longest a function may be, in lines: a view or a rule that reads on one screen.
const LONGEST_FUNCTION: usize = 120;

/// Functions allowed to be longer: the built-in playbook is data, one item after another.
const LONG_ON_PURPOSE: [(&str, &str); 1] = [("src/domain/playbook.rs", "built_in")];

/// The functions in `text` with their length in lines, from `fn` to the closing brace at
/// the same indentation.
fn function_lengths(text: &str) -> Vec<(String, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    for (start, line) in lines.iter().enumerate() {
        let code = line.trim_start();
        let indent = line.len() - code.len();
        let signature = [
            "pub(crate) fn ",
            "pub(super) fn ",
            "pub fn ",
            "async fn ",
            "fn ",
        ]
        .iter()
        .find_map(|lead| code.strip_prefix(lead));
        let Some(rest) = signature else { continue };
        let name: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let closing = format!("{}}}", " ".repeat(indent));
        let end = lines[start..]
            .iter()
            .position(|l| l.trim_end() == closing)
            .map_or(lines.len(), |n| start + n);
        // `fn $name` in a macro's template is not a function of its own.
        if !name.is_empty() {
            found.push((name, end - start + 1));
        }
    }
    found
}

#[test]
fn no_function_is_longer_than_a_screen() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    let mut long = Vec::new();
    for file in files {
        let name = file.strip_prefix(root).unwrap().display().to_string();
        let text = fs::read_to_string(&file).unwrap();
        for (function, length) in function_lengths(&text) {
            let allowed = LONG_ON_PURPOSE.contains(&(name.as_str(), function.as_str()));
            if length > LONGEST_FUNCTION && !allowed {
                long.push(format!("{name}: {function} has {length} lines"));
            }
        }
    }
    assert!(
        long.is_empty(),
        "longer than {LONGEST_FUNCTION} lines:\n{}",
        long.join("\n")
    );
    // The measure itself: a function of three lines is three lines long.
    assert_eq!(
        function_lengths("fn a() {\n    1\n}\n    pub fn b() {\n    }\n"),
        [("a".to_owned(), 3), ("b".to_owned(), 2)]
    );
}

/// Every Rust file under `src/`, as (path from the crate root, text).
fn source_files() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    files.sort();
    files
        .into_iter()
        .map(|file| {
            let name = file.strip_prefix(root).unwrap().display().to_string();
            (name, fs::read_to_string(&file).unwrap())
        })
        .collect()
}

#[test]
fn no_file_uses_a_file_that_uses_it_back() {
    let graph = Graph::of(&source_files());
    let used: usize = graph.uses.values().map(|m| m.len()).sum();
    assert!(used > 100, "expected the files' uses, found {used}");
    let cycles = graph.cycles();
    assert!(
        cycles.is_empty(),
        "files that use each other, directly or through others:\n{}",
        cycles.join("\n")
    );
}

/// The cycle finder itself: it follows `use` trees, paths in code, `super`, re-exports
/// and inline modules, ignores comments and strings, and names the way round.
#[test]
fn the_cycle_finder_names_the_way_round() {
    let file = |path: &str, text: &str| (path.to_owned(), text.to_owned());
    let layered = [
        file("src/lib.rs", "pub mod a;\npub mod b;\npub mod c;\n"),
        file("src/a.rs", "use crate::b::{self, Thing as Other};\n"),
        file(
            "src/b.rs",
            "// crate::a::x is only a comment\nfn f() -> &'static str { \"crate::a\" }\npub fn g() { crate::c::h() }\n",
        ),
        file("src/c.rs", "#[cfg(test)]\nmod tests {\n    use super::*;\n}\n"),
    ];
    let graph = Graph::of(&layered);
    assert_eq!(graph.cycles(), Vec::<String>::new());
    assert_eq!(
        graph.uses["src/a.rs"].keys().collect::<Vec<_>>(),
        ["src/b.rs"]
    );
    assert_eq!(
        graph.uses["src/b.rs"].keys().collect::<Vec<_>>(),
        ["src/c.rs"]
    );

    let mut knotted = layered.to_vec();
    knotted[3] = file("src/c.rs", "pub fn h() {\n    super::a::go();\n}\n");
    assert_eq!(
        Graph::of(&knotted).cycles(),
        ["src/a.rs:1 → src/b.rs:3 → src/c.rs:2 → src/a.rs"]
    );

    // A name re-exported by a module's `mod.rs` leads to the file that defines it.
    let re_exported = [
        file("src/lib.rs", "pub mod d;\npub mod e;\n"),
        file("src/d/mod.rs", "mod inner;\npub use inner::Thing;\n"),
        file("src/d/inner.rs", "pub struct Thing(crate::e::Other);\n"),
        file("src/e.rs", "use crate::d::Thing;\npub struct Other;\n"),
    ];
    assert_eq!(
        Graph::of(&re_exported).cycles(),
        ["src/d/inner.rs:1 → src/e.rs:1 → src/d/inner.rs"]
    );
}

/// The domain's floors, bottom up: a file uses only files of its own floor or below (and,
/// on its own floor, never one that uses it back: `no_file_uses_a_file_that_uses_it_back`).
const DOMAIN_LAYERS: [(&str, &[&str]); 5] = [
    (
        "values: ids, time, text, link envelopes",
        &[
            "id",
            "zone",
            "time_text",
            "mailto",
            "qr",
            "link",
            "lock",
            "locked_file",
            "fold",
            "content_line",
            "vcard",
        ],
    ),
    (
        "records, and a record's own formats",
        &[
            "contact",
            "elsewhere",
            "promise",
            "round",
            "note",
            "playbook",
            "playbook_update",
            "pitch",
            "board_card",
            "opportunity",
            "route",
            "share",
        ],
    ),
    ("the model: the records together", &["model"]),
    (
        "rules that read the model",
        &[
            "due",
            "today",
            "steps",
            "progress",
            "snapshot",
            "board",
            "space",
            "export",
            "ics",
            "sync",
            "persist",
            "transfer",
            "copies",
            "recruiters",
            "search",
        ],
    ),
    ("messages and update", &["msg", "apply", "taps", "compose"]),
];

/// The floor of a domain file (`src/domain/persist/read.rs` is on `persist`'s floor).
fn domain_layer(path: &str) -> Option<usize> {
    let inner = path.strip_prefix("src/domain/")?;
    let name = inner.split('/').next()?.trim_end_matches(".rs");
    DOMAIN_LAYERS
        .iter()
        .position(|(_, names)| names.contains(&name))
}

#[test]
fn the_domain_stands_in_layers_bottom_up() {
    let graph = Graph::of(&source_files());
    let mut unplaced = Vec::new();
    let mut upward = Vec::new();
    for (file, uses) in &graph.uses {
        if !file.starts_with("src/domain/") || file == "src/domain/mod.rs" {
            continue;
        }
        let Some(floor) = domain_layer(file) else {
            unplaced.push(file.clone());
            continue;
        };
        for (used, line) in uses {
            if let Some(above) = domain_layer(used).filter(|&l| l > floor) {
                upward.push(format!(
                    "{file}:{line} ({}) uses {used} ({})",
                    DOMAIN_LAYERS[floor].0, DOMAIN_LAYERS[above].0
                ));
            }
        }
    }
    assert!(
        unplaced.is_empty(),
        "give these files a floor in DOMAIN_LAYERS: {unplaced:?}"
    );
    assert!(
        upward.is_empty(),
        "a lower floor uses a higher one:\n{}",
        upward.join("\n")
    );
}

/// The runtime core, one way down: screens → state → saving → storage. The engine's code
/// (`engine`, `tab_sync`) reaches `saving` only through the tables `app.rs` hands over.
#[test]
fn the_runtime_flows_one_way() {
    let graph = Graph::of(&source_files());
    let uses = |from: &str, to: &str| graph.uses.get(from).is_some_and(|m| m.contains_key(to));
    let never = [
        ("src/storage.rs", "src/runtime/saving.rs"),
        ("src/runtime/saving.rs", "src/runtime/state.rs"),
        ("src/runtime/saving.rs", "src/runtime/engine.rs"),
        ("src/runtime/saving.rs", "src/runtime/tab_sync.rs"),
        ("src/runtime/state.rs", "src/runtime/engine.rs"),
        ("src/runtime/state.rs", "src/runtime/tab_sync.rs"),
        ("src/runtime/chunks.rs", "src/runtime/state.rs"),
    ];
    let wrong: Vec<String> = never
        .iter()
        .filter(|(from, to)| uses(from, to))
        .map(|(from, to)| format!("{from} uses {to}"))
        .collect();
    assert!(wrong.is_empty(), "against the flow:\n{}", wrong.join("\n"));
    for (from, to) in [
        ("src/runtime/state.rs", "src/runtime/saving.rs"),
        ("src/runtime/saving.rs", "src/storage.rs"),
        ("src/app.rs", "src/runtime/engine.rs"),
    ] {
        assert!(uses(from, to), "expected {from} to use {to}");
    }
    // Nothing but the app's start names the engine's code.
    let engine_users: Vec<&String> = graph
        .uses
        .iter()
        .filter(|(_, m)| m.contains_key("src/runtime/engine.rs"))
        .map(|(file, _)| file)
        .collect();
    assert_eq!(engine_users, ["src/app.rs"]);
}
