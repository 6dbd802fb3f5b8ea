//! Messages in the editor's language: Finnish, Swedish or English.
//!
//! Every text aikosite says to a person (diagnostics, progress lines, `--help`, serve's
//! overlay) is a [`Msg`]: a Fluent message id and its typed arguments, turned into words only
//! when it is shown, in the language the person chose ([`Locale`]). The words live in
//! `src/messages/{en,fi,sv}.ftl` ([Project Fluent](https://projectfluent.org) syntax), compiled
//! into the binary. A unit test fails when a message lacks a language or uses an argument
//! another language does not pass.
//!
//! Old call sites that still build a message with `format!` keep working: a `String` turns
//! into a plain [`Msg`] that reads the same in every language.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::borrow::Cow;
use std::fmt;
use std::sync::OnceLock;

#[cfg(test)]
mod tests;

/// The language aikosite talks in (not the site's content languages).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, clap::ValueEnum)]
pub enum Locale {
    #[default]
    En,
    Fi,
    Sv,
}

impl Locale {
    pub const ALL: [Locale; 3] = [Locale::En, Locale::Fi, Locale::Sv];

    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Fi => "fi",
            Locale::Sv => "sv",
        }
    }

    /// The language of a POSIX locale name: `fi_FI.UTF-8` → fi, `sv_FI`/`sv_SE` → sv, anything
    /// else (or nothing) → en.
    pub fn from_posix(name: &str) -> Option<Locale> {
        let name = name.trim();
        if name.is_empty() {
            return None;
        }
        let lang = name
            .split(['_', '.', '@', '-'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Some(match lang.as_str() {
            "fi" => Locale::Fi,
            "sv" => Locale::Sv,
            _ => Locale::En,
        })
    }

    /// From the environment as POSIX orders it: `LC_ALL`, then `LC_MESSAGES`, then `LANG`.
    pub fn from_env_values(
        lc_all: Option<&str>,
        lc_messages: Option<&str>,
        lang: Option<&str>,
    ) -> Locale {
        [lc_all, lc_messages, lang]
            .into_iter()
            .flatten()
            .find_map(Locale::from_posix)
            .unwrap_or_default()
    }

    /// `--messages` when given, else the environment, else English.
    pub fn resolve(flag: Option<Locale>) -> Locale {
        flag.unwrap_or_else(|| {
            let var = |n: &str| std::env::var(n).ok();
            Locale::from_env_values(
                var("LC_ALL").as_deref(),
                var("LC_MESSAGES").as_deref(),
                var("LANG").as_deref(),
            )
        })
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// One argument of a message: text or a number (numbers choose plural forms).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Arg {
    Str(String),
    Int(i64),
    /// A message inside a message, shown in the same language.
    Msg(Box<Msg>),
    /// Messages shown in the same language, separated by commas.
    List(Vec<Msg>),
}

impl From<Vec<Msg>> for Arg {
    fn from(ms: Vec<Msg>) -> Self {
        Arg::List(ms)
    }
}

impl From<Msg> for Arg {
    fn from(m: Msg) -> Self {
        Arg::Msg(Box::new(m))
    }
}
impl From<&Msg> for Arg {
    fn from(m: &Msg) -> Self {
        Arg::Msg(Box::new(m.clone()))
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Str(s.clone())
    }
}
impl From<&std::path::Path> for Arg {
    fn from(p: &std::path::Path) -> Self {
        Arg::Str(p.display().to_string().replace('\\', "/"))
    }
}
impl From<&&std::path::Path> for Arg {
    fn from(p: &&std::path::Path) -> Self {
        Arg::from(*p)
    }
}
impl From<&std::path::PathBuf> for Arg {
    fn from(p: &std::path::PathBuf) -> Self {
        Arg::from(p.as_path())
    }
}
macro_rules! int_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Int(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
int_arg!(usize, u8, u16, u32, u64, i32, i64);

/// A message: an id in the `.ftl` files and its arguments; or, for call sites not converted
/// yet, a plain text that reads the same in every language.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Msg {
    id: Option<&'static str>,
    args: Vec<(&'static str, Arg)>,
    /// The English text, kept so the message reads as a `&str` (sorting, tests, logs).
    english: String,
}

impl Msg {
    /// A message by id with its arguments. Prefer the [`t!`](crate::t) macro.
    pub fn new(id: &'static str, args: Vec<(&'static str, Arg)>) -> Msg {
        let mut m = Msg {
            id: Some(id),
            args,
            english: String::new(),
        };
        m.english = m.render(Locale::En);
        m
    }

    /// A text that is not translated (a file name, an error from the operating system).
    pub fn plain(text: impl Into<String>) -> Msg {
        Msg {
            id: None,
            args: Vec::new(),
            english: text.into(),
        }
    }

    /// The English words (what the message reads as in logs and tests).
    #[cfg(test)]
    pub fn as_str(&self) -> &str {
        &self.english
    }

    pub fn id(&self) -> Option<&'static str> {
        self.id
    }

    /// The words in `locale`.
    pub fn render(&self, locale: Locale) -> String {
        let Some(id) = self.id else {
            return self.english.clone();
        };
        let mut args = FluentArgs::new();
        for (k, v) in &self.args {
            match v {
                Arg::Str(s) => args.set(*k, FluentValue::from(s.as_str())),
                Arg::Int(n) => args.set(*k, FluentValue::from(*n)),
                Arg::Msg(m) => args.set(*k, FluentValue::from(m.render(locale))),
                Arg::List(ms) => {
                    let words: Vec<String> = ms.iter().map(|m| m.render(locale)).collect();
                    args.set(*k, FluentValue::from(words.join(", ")))
                }
            }
        }
        format(locale, id, Some(&args))
            .or_else(|| format(Locale::En, id, Some(&args)))
            .unwrap_or_else(|| id.to_string())
    }
}

impl std::ops::Deref for Msg {
    type Target = str;
    fn deref(&self) -> &str {
        &self.english
    }
}

impl fmt::Display for Msg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.english)
    }
}

impl PartialOrd for Msg {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Msg {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (&self.english, self.id, &self.args).cmp(&(&other.english, other.id, &other.args))
    }
}

impl PartialEq<&str> for Msg {
    fn eq(&self, other: &&str) -> bool {
        self.english == *other
    }
}

impl PartialEq<str> for Msg {
    fn eq(&self, other: &str) -> bool {
        self.english == other
    }
}

impl Default for Msg {
    fn default() -> Self {
        Msg::plain(String::new())
    }
}

/// A message by id: `t!("did-you-mean", word = "deadline")`.
#[macro_export]
macro_rules! t {
    ($id:literal $(, $k:ident = $v:expr)* $(,)?) => {
        $crate::messages::Msg::new(
            $id,
            vec![$((stringify!($k), $crate::messages::Arg::from($v))),*],
        )
    };
}

/// Whether message `id` has words in `locale` itself (not only in English).
#[cfg(test)]
pub fn exists(locale: Locale, id: &str) -> bool {
    bundles()[locale.index()].has_message(id)
}

/// The words of message `id` in `locale`, without arguments (headings, labels).
pub fn text(locale: Locale, id: &str) -> String {
    format(locale, id, None)
        .or_else(|| format(Locale::En, id, None))
        .unwrap_or_else(|| id.to_string())
}

/// The `.ftl` files, one group per area, each group in en, fi, sv (the order of
/// [`Locale::ALL`]): diagnostics and the build commands; the editors' commands (`new`,
/// `import`, `status`); `serve`'s terminal lines and browser overlay; what content may hold
/// (links, raw HTML, SVG: `safety/`); values, limits and output folders (`values/`).
const GROUPS: [[&str; 3]; 5] = [
    [
        include_str!("en.ftl"),
        include_str!("fi.ftl"),
        include_str!("sv.ftl"),
    ],
    [
        include_str!("editors/en.ftl"),
        include_str!("editors/fi.ftl"),
        include_str!("editors/sv.ftl"),
    ],
    [
        include_str!("serve/en.ftl"),
        include_str!("serve/fi.ftl"),
        include_str!("serve/sv.ftl"),
    ],
    [
        include_str!("safety/en.ftl"),
        include_str!("safety/fi.ftl"),
        include_str!("safety/sv.ftl"),
    ],
    [
        include_str!("values/en.ftl"),
        include_str!("values/fi.ftl"),
        include_str!("values/sv.ftl"),
    ],
];

/// Every group's text in `locale`.
fn sources(locale: Locale) -> impl Iterator<Item = &'static str> {
    GROUPS.iter().map(move |g| g[locale.index()])
}

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [Bundle; 3] {
    static BUNDLES: OnceLock<[Bundle; 3]> = OnceLock::new();
    BUNDLES.get_or_init(|| Locale::ALL.map(bundle))
}

fn bundle(locale: Locale) -> Bundle {
    let lang: unic_langid::LanguageIdentifier = locale.code().parse().unwrap_or_default();
    let mut b = FluentBundle::new_concurrent(vec![lang]);
    // Terminals and CI logs show Unicode isolation marks as garbage.
    b.set_use_isolating(false);
    // The test `every_ftl_file_parses` reports syntax errors; here a broken entry is skipped.
    for source in sources(locale) {
        let resource =
            FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _)| partial);
        let _ = b.add_resource(resource);
    }
    b
}

fn format(locale: Locale, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let b = &bundles()[locale.index()];
    let pattern = b.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text: Cow<str> = b.format_pattern(pattern, args, &mut errors);
    Some(text.into_owned())
}
