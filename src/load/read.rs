//! Reading one file: front matter split from the body, typed by the kind of content, and its
//! mistakes; a file with mistakes in some keys is still read without them ([`Parsed::Partial`]).

use super::*;

/// A file read: its value with the mistakes found in it (maybe none), or only mistakes.
pub(super) type Read<T> = Result<(T, Vec<Diagnostic>), Vec<Diagnostic>>;

pub(super) fn finish<T>(rel: &Path, read: Read<T>, make: impl FnOnce(T) -> Parsed) -> Parsed {
    match read {
        Ok((v, errs)) if errs.is_empty() => make(v),
        Ok((v, errs)) => Parsed::Partial(Box::new(make(v)), errs),
        Err(errs) => failed(rel, errs),
    }
}

pub(super) fn failed(rel: &Path, ds: Vec<Diagnostic>) -> Parsed {
    Parsed::Failed(rel.to_path_buf(), ds)
}

pub(super) fn misplaced(rel: &Path) -> Parsed {
    Parsed::Failed(
        rel.to_path_buf(),
        vec![Diagnostic::error(rel, t!("load-misplaced")).help(t!("load-misplaced-help"))],
    )
}

pub(super) fn data_file<T: serde::de::DeserializeOwned>(
    rel: &Path,
    text: String,
) -> Read<DataFile<T>> {
    let (data, errors, broken_keys) = recover(Source::new(rel, &text, 1).parse_recovering::<T>())?;
    Ok((
        DataFile {
            file: rel.to_path_buf(),
            data,
            text,
            broken_keys,
        },
        errors,
    ))
}

/// The value (maybe read without its wrong keys), the mistakes and the wrong keys.
pub(super) fn recover<T>(
    r: Result<T, crate::yaml::Partial<T>>,
) -> Result<(T, Vec<Diagnostic>, Vec<String>), Vec<Diagnostic>> {
    match r {
        Ok(v) => Ok((v, Vec::new(), Vec::new())),
        Err(crate::yaml::Partial {
            value: Some(v),
            errors,
            broken,
        }) => Ok((v, errors, broken)),
        Err(p) => Err(p.errors),
    }
}

/// Splits `---\nYAML\n---\nbody`; returns (matter, matter's first line, body, body's first line).
pub fn split_front_matter(text: &str) -> Option<(&str, usize, &str, usize)> {
    let rest = text.strip_prefix("---")?;
    let rest = rest
        .strip_prefix('\n')
        .or_else(|| rest.trim_start_matches([' ', '\t']).strip_prefix('\n'))?;
    let matter_start = text.len() - rest.len();
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        let trimmed = line.trim_end();
        if trimmed == "---" || trimmed == "..." {
            let matter = &rest[..offset];
            let body = &rest[offset + line.len()..];
            let matter_line = text[..matter_start].matches('\n').count() + 1;
            let body_line = matter_line + matter.matches('\n').count() + 1;
            return Some((matter, matter_line, body, body_line));
        }
        offset += line.len();
    }
    None
}

pub(super) fn doc<M: Matter>(rel: &Path, text: &str, lang: Lang, base: &str) -> Read<Document<M>> {
    let Some((matter_text, matter_line, body, body_line)) = split_front_matter(text) else {
        let d = if text.starts_with("---") {
            Diagnostic::error(rel, t!("load-matter-unclosed"))
                .at(Pos::new(1, 1))
                .help(t!("load-matter-unclosed-help"))
        } else {
            Diagnostic::error(rel, t!("load-no-matter", kind = M::KIND))
                .at(Pos::new(1, 1))
                .help(t!("load-no-matter-help"))
        };
        return Err(vec![d]);
    };
    let (matter, errors, broken_keys) =
        recover(Source::new(rel, matter_text, matter_line).parse_recovering::<M>())?;
    let doc = Document {
        file: rel.to_path_buf(),
        base: base.to_string(),
        lang,
        matter,
        matter_text: matter_text.to_string(),
        matter_line,
        body: body.to_string(),
        refs: markdown::references(body, body_line),
        summary: markdown::summary(body, markdown::SUMMARY_CHARS),
        broken_keys,
    };
    Ok((doc, errors))
}

pub(super) fn doc_without_matter(
    rel: &Path,
    text: &str,
    lang: Lang,
    base: &str,
) -> Read<Document<NoMatter>> {
    Ok((
        Document {
            file: rel.to_path_buf(),
            base: base.to_string(),
            lang,
            matter: NoMatter {},
            matter_text: String::new(),
            matter_line: 1,
            body: text.to_string(),
            refs: markdown::references(text, 1),
            summary: markdown::summary(text, markdown::SUMMARY_CHARS),
            broken_keys: Vec::new(),
        },
        Vec::new(),
    ))
}
