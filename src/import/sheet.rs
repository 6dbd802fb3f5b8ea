//! XLSX and ODS workbooks (calamine): the first sheet with a header row.

use super::{Cell, Table};
use calamine::{Data, Reader};
use std::path::Path;

pub fn read(path: &Path) -> Result<Table, String> {
    let mut workbook = calamine::open_workbook_auto(path).map_err(|e| e.to_string())?;
    let Some(range) = workbook.worksheet_range_at(0) else {
        return Err("it has no sheets".into());
    };
    let range = range.map_err(|e| format!("its first sheet: {e}"))?;
    let (first_row, _) = range.start().unwrap_or((0, 0));
    let mut table = Table::default();
    for (i, row) in range.rows().enumerate() {
        let cells: Vec<Cell> = row.iter().map(cell).collect();
        if cells.iter().all(Cell::is_empty) {
            continue;
        }
        // 1-based row number as the spreadsheet shows it
        let number = first_row as usize + i + 1;
        if table.headers.is_empty() {
            table.headers = cells.iter().map(Cell::as_text).collect();
        } else {
            table.rows.push((number, None, cells));
        }
    }
    Ok(table)
}

fn cell(d: &Data) -> Cell {
    match d {
        Data::Empty => Cell::Empty,
        Data::String(s) => Cell::text(s),
        Data::Float(f) => Cell::Number(*f),
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Bool(b) => Cell::Text(b.to_string()),
        Data::DateTime(dt) => excel_day(dt.as_f64()).map_or(Cell::Number(dt.as_f64()), Cell::Date),
        Data::DateTimeIso(s) => super::map::date(s).map_or_else(|| Cell::text(s), Cell::Date),
        Data::DurationIso(s) => Cell::text(s),
        Data::Error(e) => Cell::Text(format!("#{e:?}")),
    }
}

/// Excel's day numbers count from 1899-12-30.
fn excel_day(serial: f64) -> Option<crate::dates::Date> {
    let base = jiff::civil::date(1899, 12, 30);
    base.checked_add(jiff::Span::new().days(serial.floor() as i64))
        .ok()
        .map(crate::dates::Date)
}
