//! `aikosite import jobs`: job postings from a spreadsheet (CSV, XLSX, ODS) or schema.org
//! `JobPosting` JSON-LD, written as job files of one town.
//!
//! Reading gives [`Record`]s (a row, or a posting) of field values; [`job`] checks each
//! against the site (company, sector, dates, how to apply) and plans its files. A record that
//! cannot be imported is a diagnostic naming its row and column; the others still import.

mod csv;
mod job;
mod jsonld;
pub mod map;
mod plan;
mod sheet;

pub use plan::plan;

use crate::dates::Date;
use crate::diagnostics::{Pos, UsageError};
use crate::messages::Msg;
use crate::t;
use map::Field;
use std::path::Path;

/// One cell of a sheet, or one property of a posting.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    Date(Date),
}

impl Cell {
    pub fn text(s: &str) -> Cell {
        let t = s.trim();
        if t.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(t.to_string())
        }
    }

    pub fn is_empty(&self) -> bool {
        matches!(self, Cell::Empty)
    }

    /// As the person would read it in the sheet.
    pub fn as_text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(s) => s.clone(),
            Cell::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", *n as i64),
            Cell::Number(n) => n.to_string().replace('.', ","),
            Cell::Date(d) => d.finnish(),
        }
    }
}

/// A sheet: the header row and the data rows with their row numbers.
#[derive(Debug, Default)]
pub struct Table {
    pub headers: Vec<String>,
    /// The header's line in a text file (CSV).
    pub header_line: Option<usize>,
    /// (row number as a spreadsheet shows it, line in a text file, cells)
    pub rows: Vec<(usize, Option<usize>, Vec<Cell>)>,
}

/// One value of a record: which field, in which language (text fields), from which column.
#[derive(Debug, Clone)]
pub struct Value {
    pub field: Field,
    pub lang: Option<String>,
    /// How to point at it: `C “Hakuaika päättyy”` or `validThrough`.
    pub column: String,
    pub cell: Cell,
}

/// One job as read: a sheet row or a JobPosting.
#[derive(Debug, Clone)]
pub struct Record {
    /// `row 4` or `JobPosting 2 (“Hitsaaja”)`.
    pub label: Msg,
    /// Where in a text file (CSV): line and column 1.
    pub pos: Option<Pos>,
    pub values: Vec<Value>,
}

/// A problem with the file as a whole: an unknown column, a missing title column, a block
/// that is not JSON.
#[derive(Debug, Clone)]
pub struct Problem {
    pub message: Msg,
    /// Where in a text file, when aikosite knows.
    pub pos: Option<Pos>,
    /// An error (the file's rows are not imported, or some are lost), else a warning.
    pub error: bool,
}

impl Problem {
    pub fn error(message: Msg, pos: Option<Pos>) -> Problem {
        Problem {
            message,
            pos,
            error: true,
        }
    }
}

/// What was read: the records, and problems with the file as a whole.
#[derive(Debug, Default)]
pub struct Input {
    pub records: Vec<Record>,
    pub problems: Vec<Problem>,
}

/// Reads FILE by its extension. `Err` when it cannot be read at all (a usage error: the
/// command has nothing to work on).
pub fn read(path: &Path) -> Result<Input, UsageError> {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let bytes = || {
        std::fs::read(path).map_err(|e| {
            UsageError::new(
                t!("import-cannot-read", file = path, reason = e.to_string()),
                Some(t!("import-cannot-read-help")),
            )
        })
    };
    let unreadable = |what: &str, e: String| {
        UsageError::new(
            t!("import-unreadable", file = path, kind = what, reason = e),
            Some(t!("import-unreadable-help")),
        )
    };
    match ext.as_str() {
        "csv" | "txt" | "tsv" => {
            let table = csv::read(&bytes()?).map_err(|e| unreadable("csv", e))?;
            Ok(from_table(table))
        }
        "xlsx" | "xlsm" | "xls" | "ods" => {
            let table = sheet::read(path).map_err(|e| unreadable("sheet", e))?;
            Ok(from_table(table))
        }
        "json" | "jsonld" | "html" | "htm" => {
            let text = csv::decode(&bytes()?);
            let (records, problems) = if ext.starts_with("htm") {
                jsonld::from_html(&text)
            } else {
                jsonld::from_json(&text)
            };
            let mut i = Input { records, problems };
            if i.records.is_empty() && i.problems.is_empty() {
                i.problems
                    .push(Problem::error(t!("import-no-postings"), None));
            }
            Ok(i)
        }
        _ => Err(UsageError::new(
            t!("import-unknown-extension", ext = ext),
            Some(t!("import-unknown-extension-help")),
        )),
    }
}

/// Maps the header row to fields; unknown columns are reported once and left out.
fn from_table(table: Table) -> Input {
    let mut problems = Vec::new();
    let columns: Vec<Option<(Field, Option<&str>)>> = table
        .headers
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let known = map::header(h);
            if known.is_none() && !h.trim().is_empty() {
                let message =
                    match crate::diagnostics::did_you_mean(&h.to_lowercase(), map::known_headers())
                    {
                        Some(s) => t!(
                            "import-unknown-column-hint",
                            column = map::column_letter(i),
                            header = h.as_str(),
                            word = s
                        ),
                        None => t!(
                            "import-unknown-column",
                            column = map::column_letter(i),
                            header = h.as_str()
                        ),
                    };
                problems.push(Problem {
                    message,
                    pos: table.header_line.map(|l| Pos::new(l, 1)),
                    error: false,
                });
            }
            known
        })
        .collect();
    if !columns.iter().any(|c| matches!(c, Some((Field::Title, _)))) {
        // Without titles no row can be imported: one message, not one per row.
        problems.push(Problem::error(
            t!("import-no-title-column", headers = table.headers.join(", ")),
            table.header_line.map(|l| Pos::new(l, 1)),
        ));
        return Input {
            records: Vec::new(),
            problems,
        };
    }
    let records = table
        .rows
        .into_iter()
        .map(|(row, line, cells)| {
            let values = cells
                .into_iter()
                .enumerate()
                .filter_map(|(i, cell)| {
                    let (field, lang) = columns.get(i).copied().flatten()?;
                    (!cell.is_empty()).then(|| Value {
                        field,
                        lang: lang.map(str::to_string),
                        column: format!(
                            "{} “{}”",
                            map::column_letter(i),
                            table.headers.get(i).map_or("", |h| h.trim())
                        ),
                        cell,
                    })
                })
                .collect();
            Record {
                label: t!("import-row", row = row),

                pos: line.map(|l| Pos::new(l, 1)),
                values,
            }
        })
        .collect();
    Input { records, problems }
}
