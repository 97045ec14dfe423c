//! The look of every table: plain columns under a ruled header, no
//! borders, no colour, no trailing spaces. Plain text keeps tables
//! readable in a terminal and easy to cut with `awk` or `cut`.

use comfy_table::{LineStyle, Table, TableStyle};

/// Two spaces between columns and a rule under the header.
const STYLE: TableStyle = TableStyle::new().header_separator(LineStyle::none().fill('─'));

/// An empty table with this header.
pub fn new(header: &[&str]) -> Table {
    let mut table = Table::new();
    table.load_style(STYLE).set_header(header.to_vec());
    for column in table.column_iter_mut() {
        column.set_padding((0, 2));
    }
    table
}

/// The table as text: each line without trailing spaces, and a final
/// newline.
pub fn render(table: &Table) -> String {
    let mut text = table.trim_fmt();
    text.push('\n');
    text
}
