//! The layers stay apart, so that every rule can be tested without a browser and every file
//! keeps one job: the domain uses neither the browser, the UI framework nor the app's own
//! modules; components never reach into screens; a screen never imports another screen (what
//! several share lives in `pages/frames.rs`); and only `storage.rs` touches local storage.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

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
        "crate::engine",
        "crate::on_demand",
        "crate::pages",
        "crate::state",
        "crate::storage",
        "crate::tab_sync",
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
    for dir in ["src", "src/domain"] {
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
