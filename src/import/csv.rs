//! CSV as Excel saves it in Finland: semicolons (or commas, or tabs), UTF-8 or Windows-1252.

use super::{Cell, Table};

/// Decodes the bytes (UTF-8, with or without BOM, else Windows-1252), sniffs the delimiter
/// and reads every record; the first non-empty record is the header.
pub fn read(bytes: &[u8]) -> Result<Table, String> {
    let text = decode(bytes);
    let delimiter = sniff(&text);
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut table = Table::default();
    let mut number = 0;
    for record in reader.records() {
        let record = record.map_err(|e| e.to_string())?;
        let line = record.position().map_or(0, |p| p.line() as usize);
        let cells: Vec<Cell> = record.iter().map(Cell::text).collect();
        // the row number a spreadsheet shows (a cell may span lines)
        number += 1;
        if cells.iter().all(Cell::is_empty) {
            continue;
        }
        if table.headers.is_empty() {
            table.headers = record.iter().map(|h| h.trim().to_string()).collect();
            table.header_line = Some(line);
        } else {
            table.rows.push((number, Some(line), cells));
        }
    }
    Ok(table)
}

/// UTF-8 when it is valid UTF-8, else Windows-1252 (what Excel writes for "CSV (semicolon
/// delimited)" on a Finnish Windows).
pub fn decode(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => encoding_rs::WINDOWS_1252.decode(bytes).0.into_owned(),
    }
}

/// The delimiter that splits the header line into the most fields (outside quotes).
fn sniff(text: &str) -> u8 {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let count = |d: char| {
        let mut quoted = false;
        first
            .chars()
            .filter(|c| {
                if *c == '"' {
                    quoted = !quoted;
                }
                !quoted && *c == d
            })
            .count()
    };
    [';', ',', '\t']
        .into_iter()
        .max_by_key(|d| (count(*d), *d == ';'))
        .map_or(b';', |d| d as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_and_semicolons() {
        let bytes = b"Otsikko;Hakuaika p\xe4\xe4ttyy\nS\xe4rm\xe4\xe4j\xe4;5.12.2026\n";
        let t = read(bytes).unwrap();
        assert_eq!(t.headers, ["Otsikko", "Hakuaika päättyy"]);
        assert_eq!((t.rows[0].0, t.rows[0].1), (2, Some(2)));
        assert_eq!(t.rows[0].2[0], Cell::Text("Särmääjä".into()));
    }

    #[test]
    fn commas_with_quoted_commas() {
        let t = read("\u{feff}title,company\n\"Welder, nights\",acme\n".as_bytes()).unwrap();
        assert_eq!(t.headers, ["title", "company"]);
        assert_eq!(t.rows[0].2[0], Cell::Text("Welder, nights".into()));
    }
}
