//! Which source file uses which: the graph `architecture.rs` checks for cycles. It reads the
//! code the way the compiler resolves paths, closely enough for this crate: `use` trees
//! (braces, globs, `as`), paths in code that start at `crate`, `$crate`, `super`, `self` or a
//! child module, inline modules (`mod tests { .. }`), and names a `mod.rs` re-exports with
//! `pub use`, which lead to the file that defines them. Comments, strings and characters are
//! skipped, so a path in a sentence is not a use.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};

/// One piece of code, as far as paths are concerned.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Token {
    Ident(String),
    PathSep,
    Open,
    Close,
    Semi,
    Comma,
    Star,
    Other,
}

/// The tokens of `text` with their line numbers; comments, strings and characters left out.
fn tokens(text: &str) -> Vec<(Token, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\n' => {
                line += 1;
                i += 1;
            }
            '/' if at(i + 1) == '/' => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            '/' if at(i + 1) == '*' => {
                let mut depth = 0;
                loop {
                    if i >= chars.len() {
                        break;
                    }
                    if chars[i] == '/' && at(i + 1) == '*' {
                        depth += 1;
                        i += 2;
                    } else if chars[i] == '*' && at(i + 1) == '/' {
                        depth -= 1;
                        i += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        if chars[i] == '\n' {
                            line += 1;
                        }
                        i += 1;
                    }
                }
            }
            'r' if at(i + 1) == '#' || (at(i + 1) == '"') => {
                // A raw string: r"..." or r#"..."#.
                let mut hashes = 0;
                let mut j = i + 1;
                while at(j) == '#' {
                    hashes += 1;
                    j += 1;
                }
                if at(j) != '"' {
                    out.push((Token::Ident("r".to_owned()), line));
                    i += 1;
                    continue;
                }
                j += 1;
                loop {
                    if j >= chars.len() {
                        break;
                    }
                    if chars[j] == '\n' {
                        line += 1;
                    }
                    if chars[j] == '"' && (1..=hashes).all(|k| at(j + k) == '#') {
                        j += 1 + hashes;
                        break;
                    }
                    j += 1;
                }
                i = j;
            }
            '"' => {
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' {
                        i += 1;
                    }
                    if at(i) == '\n' {
                        line += 1;
                    }
                    i += 1;
                }
                i += 1;
            }
            '\'' => {
                // A character ('a', '\n', '\u{1F600}') or a lifetime ('a).
                if at(i + 1) == '\\' {
                    i += 2;
                    while i < chars.len() && chars[i] != '\'' {
                        i += 1;
                    }
                    i += 1;
                } else if at(i + 2) == '\'' {
                    i += 3;
                } else {
                    i += 1;
                }
            }
            c if c.is_whitespace() => i += 1,
            ':' if at(i + 1) == ':' => {
                out.push((Token::PathSep, line));
                i += 2;
            }
            '{' => {
                out.push((Token::Open, line));
                i += 1;
            }
            '}' => {
                out.push((Token::Close, line));
                i += 1;
            }
            ';' => {
                out.push((Token::Semi, line));
                i += 1;
            }
            ',' => {
                out.push((Token::Comma, line));
                i += 1;
            }
            '*' => {
                out.push((Token::Star, line));
                i += 1;
            }
            c if c == '$' || c == '_' || c.is_alphanumeric() => {
                let start = i;
                i += 1;
                while i < chars.len() && (chars[i] == '_' || chars[i].is_alphanumeric()) {
                    i += 1;
                }
                out.push((Token::Ident(chars[start..i].iter().collect()), line));
            }
            _ => {
                out.push((Token::Other, line));
                i += 1;
            }
        }
    }
    out
}

/// A path as written, with the module it was written in and its line.
struct Written {
    module: Vec<String>,
    segments: Vec<String>,
    line: usize,
}

/// Expands the use tree starting at `tokens[*i]` under `prefix`, into full paths; stops
/// after the tree (at `,`, `}` or `;`). A glob keeps its prefix; `as` is skipped.
fn use_tree(
    tokens: &[(Token, usize)],
    i: &mut usize,
    prefix: &[String],
    out: &mut Vec<Vec<String>>,
) {
    let mut path = prefix.to_vec();
    loop {
        match tokens.get(*i).map(|(t, _)| t) {
            Some(Token::Ident(name)) if name == "as" => {
                *i += 2;
                out.push(path);
                return;
            }
            Some(Token::Ident(name)) => {
                path.push(name.clone());
                *i += 1;
            }
            Some(Token::PathSep) => *i += 1,
            Some(Token::Star) => {
                *i += 1;
                out.push(path);
                return;
            }
            Some(Token::Open) => {
                *i += 1;
                loop {
                    match tokens.get(*i).map(|(t, _)| t) {
                        Some(Token::Close) => {
                            *i += 1;
                            return;
                        }
                        Some(Token::Comma) => *i += 1,
                        None => return,
                        _ => use_tree(tokens, i, &path, out),
                    }
                }
            }
            _ => {
                out.push(path);
                return;
            }
        }
    }
}

/// What one file says: the paths it writes, the inline modules it holds, and the names it
/// re-exports (`pub use`), each with the path it stands for.
struct FileFacts {
    written: Vec<Written>,
    inline_modules: Vec<Vec<String>>,
    re_exports: BTreeMap<(Vec<String>, String), Vec<String>>,
}

fn read_file(module: &[String], text: &str) -> FileFacts {
    let tokens = tokens(text);
    let mut facts = FileFacts {
        written: Vec::new(),
        inline_modules: Vec::new(),
        re_exports: BTreeMap::new(),
    };
    // The inline modules open at this point, with the brace depth each closes at.
    let mut open: Vec<(String, usize)> = Vec::new();
    let mut depth = 0;
    let mut i = 0;
    let current = |open: &[(String, usize)]| {
        let mut path = module.to_vec();
        path.extend(open.iter().map(|(name, _)| name.clone()));
        path
    };
    while i < tokens.len() {
        let (token, line) = &tokens[i];
        match token {
            Token::Open => depth += 1,
            Token::Close => {
                depth -= 1;
                if open.last().is_some_and(|(_, at)| *at == depth) {
                    open.pop();
                }
            }
            Token::Ident(word) if word == "mod" => {
                if let (Some((Token::Ident(name), _)), Some((Token::Open, _))) =
                    (tokens.get(i + 1), tokens.get(i + 2))
                {
                    open.push((name.clone(), depth));
                    facts.inline_modules.push(current(&open));
                    depth += 1;
                    i += 3;
                    continue;
                }
            }
            Token::Ident(word) if word == "use" => {
                let public = i > 0 && matches!(&tokens[i - 1].0, Token::Ident(w) if w == "pub")
                    || i > 3 && matches!(&tokens[i - 4].0, Token::Ident(w) if w == "pub");
                let mut paths = Vec::new();
                i += 1;
                use_tree(&tokens, &mut i, &[], &mut paths);
                let here = current(&open);
                for segments in paths {
                    if public {
                        if let Some(last) = segments.last() {
                            facts
                                .re_exports
                                .insert((here.clone(), last.clone()), segments.clone());
                        }
                    }
                    facts.written.push(Written {
                        module: here.clone(),
                        segments,
                        line: *line,
                    });
                }
                continue;
            }
            Token::Ident(first) => {
                let after_sep = i > 0 && tokens[i - 1].0 == Token::PathSep;
                if !after_sep && tokens.get(i + 1).map(|(t, _)| t) == Some(&Token::PathSep) {
                    let mut segments = vec![first.clone()];
                    let mut j = i + 1;
                    while tokens.get(j).map(|(t, _)| t) == Some(&Token::PathSep) {
                        match tokens.get(j + 1) {
                            Some((Token::Ident(name), _)) => {
                                segments.push(name.clone());
                                j += 2;
                            }
                            _ => break,
                        }
                    }
                    facts.written.push(Written {
                        module: current(&open),
                        segments,
                        line: *line,
                    });
                    i = j;
                    continue;
                }
            }
            _ => {}
        }
        i += 1;
    }
    facts
}

/// A file's module path: `src/lib.rs` is the crate, `src/a/mod.rs` and `src/a.rs` are `a`.
fn module_of(path: &str) -> Vec<String> {
    let inner = path.strip_prefix("src/").unwrap_or(path);
    let inner = inner.strip_suffix(".rs").unwrap_or(inner);
    let mut parts: Vec<String> = inner.split('/').map(str::to_owned).collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
        parts.pop();
    }
    parts
}

/// The dependency graph of a crate's files: for each file, the files it uses, each with
/// the first line that uses it.
pub struct Graph {
    pub uses: BTreeMap<String, BTreeMap<String, usize>>,
}

impl Graph {
    /// Reads `files` (path under the crate root, text); `src/main.rs` is another crate and
    /// is left out.
    pub fn of(files: &[(String, String)]) -> Graph {
        let mut modules: BTreeMap<Vec<String>, String> = BTreeMap::new();
        let mut facts = Vec::new();
        for (path, text) in files {
            if path == "src/main.rs" {
                continue;
            }
            let module = module_of(path);
            let read = read_file(&module, text);
            modules.insert(module.clone(), path.clone());
            for inline in &read.inline_modules {
                modules.insert(inline.clone(), path.clone());
            }
            facts.push((path.clone(), read));
        }
        let re_exports: BTreeMap<_, _> = facts
            .iter()
            .flat_map(|(_, f)| f.re_exports.iter().map(|(k, v)| (k.clone(), v.clone())))
            .collect();
        let mut uses: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
        for (path, read) in &facts {
            let entry = uses.entry(path.clone()).or_default();
            for written in &read.written {
                let resolver = Resolver {
                    modules: &modules,
                    re_exports: &re_exports,
                };
                if let Some(target) = resolver.resolve(&written.module, &written.segments, 0) {
                    if &target != path {
                        entry.entry(target).or_insert(written.line);
                    }
                }
            }
        }
        Graph { uses }
    }

    /// Every cycle, one per group of files that use each other, each named as a path that
    /// goes round it ("a.rs:3 → b.rs:7 → a.rs"), with the line of each use.
    pub fn cycles(&self) -> Vec<String> {
        let mut found = Vec::new();
        for group in self.strongly_connected() {
            if group.len() < 2 {
                continue;
            }
            found.push(self.name_cycle(&group));
        }
        found
    }

    /// Tarjan's strongly connected components.
    fn strongly_connected(&self) -> Vec<Vec<String>> {
        struct Walk<'a> {
            graph: &'a Graph,
            index: BTreeMap<&'a str, usize>,
            low: BTreeMap<&'a str, usize>,
            stack: Vec<&'a str>,
            on_stack: BTreeSet<&'a str>,
            groups: Vec<Vec<String>>,
        }
        fn visit<'a>(walk: &mut Walk<'a>, node: &'a str) {
            let n = walk.index.len();
            walk.index.insert(node, n);
            walk.low.insert(node, n);
            walk.stack.push(node);
            walk.on_stack.insert(node);
            let graph = walk.graph;
            for next in graph.uses.get(node).into_iter().flat_map(|m| m.keys()) {
                let next = next.as_str();
                if !walk.index.contains_key(next) {
                    visit(walk, next);
                    let low = walk.low[node].min(walk.low[next]);
                    walk.low.insert(node, low);
                } else if walk.on_stack.contains(next) {
                    let low = walk.low[node].min(walk.index[next]);
                    walk.low.insert(node, low);
                }
            }
            if walk.low[node] == walk.index[node] {
                let mut group = Vec::new();
                while let Some(top) = walk.stack.pop() {
                    walk.on_stack.remove(top);
                    group.push(top.to_owned());
                    if top == node {
                        break;
                    }
                }
                group.sort();
                walk.groups.push(group);
            }
        }
        let mut walk = Walk {
            graph: self,
            index: BTreeMap::new(),
            low: BTreeMap::new(),
            stack: Vec::new(),
            on_stack: BTreeSet::new(),
            groups: Vec::new(),
        };
        for node in self.uses.keys() {
            if !walk.index.contains_key(node.as_str()) {
                visit(&mut walk, node);
            }
        }
        walk.groups
    }

    /// The shortest way round from the group's first file back to it, within the group.
    fn name_cycle(&self, group: &[String]) -> String {
        let start = &group[0];
        let inside: BTreeSet<&String> = group.iter().collect();
        let mut came_from: BTreeMap<&String, &String> = BTreeMap::new();
        let mut queue = std::collections::VecDeque::from([start]);
        let mut end = None;
        'search: while let Some(node) = queue.pop_front() {
            for next in self.uses.get(node).into_iter().flat_map(|m| m.keys()) {
                if next == start {
                    end = Some(node);
                    break 'search;
                }
                if inside.contains(next) && !came_from.contains_key(next) {
                    came_from.insert(next, node);
                    queue.push_back(next);
                }
            }
        }
        let mut path = vec![start.clone()];
        if let Some(mut node) = end {
            let mut back = vec![node];
            while let Some(previous) = came_from.get(node) {
                if *previous == start {
                    break;
                }
                back.push(previous);
                node = previous;
            }
            back.reverse();
            path.extend(back.into_iter().cloned());
        }
        let mut named = String::new();
        for (k, file) in path.iter().enumerate() {
            let next = path.get(k + 1).unwrap_or(start);
            let line = self.uses[file][next];
            named.push_str(&format!("{file}:{line} → "));
        }
        named.push_str(start);
        if group.len() > path.len() {
            named.push_str(&format!(" (and, in the same knot: {})", group.join(", ")));
        }
        named
    }
}

/// Resolves written paths to the files that define them.
struct Resolver<'a> {
    modules: &'a BTreeMap<Vec<String>, String>,
    re_exports: &'a BTreeMap<(Vec<String>, String), Vec<String>>,
}

impl Resolver<'_> {
    /// The file that `segments`, written in `module`, names; `None` for another crate's
    /// name or a local one.
    fn resolve(&self, module: &[String], segments: &[String], hops: usize) -> Option<String> {
        if hops > 8 {
            return None;
        }
        let first = segments.first()?;
        let mut at: Vec<String> = match first.as_str() {
            "crate" | "$crate" | "candor" => Vec::new(),
            "self" => module.to_vec(),
            "super" => module[..module.len().saturating_sub(1)].to_vec(),
            name => {
                // A child module of this one (a use path in 2018 starts here too).
                let mut child = module.to_vec();
                child.push(name.to_owned());
                if !self.modules.contains_key(&child) {
                    return None;
                }
                child
            }
        };
        let mut rest = &segments[1..];
        while let Some(next) = rest.first() {
            if next == "super" {
                at.pop();
                rest = &rest[1..];
            } else {
                break;
            }
        }
        for (k, next) in rest.iter().enumerate() {
            let mut deeper = at.clone();
            deeper.push(next.clone());
            if self.modules.contains_key(&deeper) {
                at = deeper;
                continue;
            }
            // A name this module re-exports: its own file defines it.
            if let Some(target) = self.re_exports.get(&(at.clone(), next.clone())) {
                let mut whole = target.clone();
                whole.extend(rest[k + 1..].iter().cloned());
                if let Some(file) = self.resolve(&at, &whole, hops + 1) {
                    return Some(file);
                }
            }
            break;
        }
        self.modules.get(&at).cloned()
    }
}
