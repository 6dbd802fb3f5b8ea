//! Every message exists in every language, with the same arguments; every id the code uses
//! exists; the environment picks the right language.

use super::*;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};

/// Message id (and `id.attribute`) → the variables its text uses.
fn catalogue(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        Err((_, errors)) => panic!("syntax errors: {errors:?}"),
    };
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(m) = entry {
            let id = m.id.name.to_string();
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern_vars(p, &mut vars);
            }
            for a in &m.attributes {
                let mut avars = BTreeSet::new();
                pattern_vars(&a.value, &mut avars);
                out.insert(format!("{id}.{}", a.id.name), avars);
            }
            out.insert(id, vars);
        }
    }
    out
}

fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, vars),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

/// Every group's files in one text per language, in the order of [`Locale::ALL`].
fn all_sources() -> Vec<String> {
    Locale::ALL
        .iter()
        .map(|l| sources(*l).collect::<Vec<_>>().join("\n"))
        .collect()
}

#[test]
fn every_ftl_file_parses() {
    for (g, group) in GROUPS.iter().enumerate() {
        for (locale, source) in Locale::ALL.iter().zip(group) {
            if let Err((_, errors)) = fluent_syntax::parser::parse(*source) {
                panic!("group {g}, {}.ftl: {errors:?}", locale.code());
            }
        }
    }
}

#[test]
fn every_group_has_the_same_ids_in_every_language_and_no_id_is_in_two_groups() {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for (g, group) in GROUPS.iter().enumerate() {
        let ids: Vec<BTreeSet<String>> = group
            .iter()
            .map(|s| catalogue(s).into_keys().collect())
            .collect();
        for (i, l) in Locale::ALL.iter().enumerate() {
            assert_eq!(
                ids[0],
                ids[i],
                "group {g}: en.ftl and {}.ftl have different ids",
                l.code()
            );
        }
        for id in &ids[0] {
            if let Some(other) = seen.insert(id.clone(), g) {
                panic!("`{id}` is in group {other} and group {g}");
            }
        }
    }
}

#[test]
fn every_message_exists_in_every_language_with_the_same_arguments() {
    let all: Vec<_> = all_sources().iter().map(|s| catalogue(s)).collect();
    let mut problems = Vec::new();
    for (i, a) in all.iter().enumerate() {
        for (j, b) in all.iter().enumerate() {
            if i == j {
                continue;
            }
            for (id, vars) in a {
                match b.get(id) {
                    None => problems.push(format!(
                        "`{id}` is in {}.ftl but not in {}.ftl",
                        Locale::ALL[i].code(),
                        Locale::ALL[j].code()
                    )),
                    Some(other) if other != vars && i < j => problems.push(format!(
                        "`{id}` uses {vars:?} in {}.ftl but {other:?} in {}.ftl",
                        Locale::ALL[i].code(),
                        Locale::ALL[j].code()
                    )),
                    Some(_) => {}
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The ids (and the argument names) of every `t!(…)` in the source tree.
fn uses_in_code() -> Vec<(String, String, BTreeSet<String>)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = Vec::new();
    for entry in walkdir::WalkDir::new(&root).sort_by_file_name() {
        let Ok(entry) = entry else { continue };
        if entry.path().extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(entry.path()) else {
            continue;
        };
        let file = entry.path().display().to_string();
        let mut rest = text.as_str();
        while let Some(i) = rest.find("t!(") {
            let preceded = rest[..i].chars().last();
            rest = &rest[i + 3..];
            if preceded.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let Some((id, args)) = parse_call(rest) else {
                continue;
            };
            out.push((file.clone(), id, args));
        }
    }
    out
}

/// `"id", a = x, b = f(y, z))` → ("id", {a, b}).
fn parse_call(text: &str) -> Option<(String, BTreeSet<String>)> {
    let text = text.trim_start();
    let text = text.strip_prefix('"')?;
    let end = text.find('"')?;
    let id = text[..end].to_string();
    if id.is_empty()
        || !id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        return None;
    }
    let mut depth = 0;
    let mut in_str = false;
    let mut parts = vec![String::new()];
    for c in text[end + 1..].chars() {
        if in_str {
            if c == '"' {
                in_str = false;
            }
            parts.last_mut()?.push(c);
            continue;
        }
        match c {
            '"' => in_str = true,
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth == 0 => break,
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(String::new());
                continue;
            }
            _ => {}
        }
        parts.last_mut()?.push(c);
    }
    let args = parts
        .iter()
        .filter_map(|p| p.split_once('=').map(|(k, _)| k.trim().to_string()))
        .filter(|k| !k.is_empty())
        .collect();
    Some((id, args))
}

#[test]
fn every_message_the_code_uses_exists_with_its_arguments() {
    let en = catalogue(&all_sources()[0]);
    let uses = uses_in_code();
    assert!(uses.len() > 10, "the scan found too few messages: {uses:?}");
    let mut problems = Vec::new();
    for (file, id, args) in &uses {
        match en.get(id) {
            None => problems.push(format!("{file}: `{id}` is not in en.ftl")),
            Some(vars) if vars.is_subset(args) => {}
            Some(vars) => problems.push(format!(
                "{file}: `{id}` needs {vars:?} but the code passes {args:?}"
            )),
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_message_renders_in_every_language_without_errors() {
    for locale in Locale::ALL {
        let b = &bundles()[locale.index()];
        for (id, vars) in catalogue(&all_sources()[locale.index()]) {
            if id.contains('.') {
                continue;
            }
            let mut args = FluentArgs::new();
            for v in &vars {
                args.set(v.clone(), FluentValue::from(2));
            }
            let Some(msg) = b.get_message(&id) else {
                panic!("{id} not loaded in {}", locale.code());
            };
            let Some(pattern) = msg.value() else { continue };
            let mut errors = Vec::new();
            let text = b.format_pattern(pattern, Some(&args), &mut errors);
            assert!(errors.is_empty(), "{id} in {}: {errors:?}", locale.code());
            assert!(
                !text.trim().is_empty(),
                "{id} in {} is empty",
                locale.code()
            );
        }
    }
}

#[test]
fn the_environment_picks_the_language() {
    let pick = |all, msgs, lang| Locale::from_env_values(all, msgs, lang);
    assert_eq!(pick(None, None, Some("fi_FI.UTF-8")), Locale::Fi);
    assert_eq!(pick(None, None, Some("sv_FI.UTF-8")), Locale::Sv);
    assert_eq!(pick(None, None, Some("sv_SE")), Locale::Sv);
    assert_eq!(pick(None, None, Some("C.UTF-8")), Locale::En);
    assert_eq!(pick(None, None, None), Locale::En);
    assert_eq!(pick(None, Some("sv_FI"), Some("fi_FI")), Locale::Sv);
    assert_eq!(pick(Some("fi_FI"), Some("sv_FI"), None), Locale::Fi);
    assert_eq!(pick(Some(""), None, Some("fi")), Locale::Fi);
}

#[test]
fn messages_render_in_each_language_and_read_as_english() {
    let m = crate::t!("did-you-mean", word = "deadline");
    assert_eq!(m, "did you mean `deadline`?");
    assert_eq!(m.render(Locale::Fi), "tarkoititko `deadline`?");
    assert_eq!(m.render(Locale::Sv), "menade du `deadline`?");
    let plain = Msg::plain("as written");
    assert_eq!(plain.render(Locale::Fi), "as written");
    let counts = crate::t!("summary-counts", errors = 1usize, warnings = 2usize);
    assert_eq!(counts.render(Locale::Fi), "1 virhe, 2 varoitusta");
}
