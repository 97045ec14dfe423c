//! `statuscodes list` and `statuscodes ecosystems`: tables of statuses and
//! of ecosystems.

use statuscodes::{Ecosystem, Status, StatusClass};

use crate::style::{self, paint};
use crate::{card, table};

/// Which statuses `list` shows, and which name columns it adds.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Only this class.
    pub class: Option<StatusClass>,
    /// Only codes outside the IANA registry.
    pub unofficial: bool,
    /// A name column for each; only statuses at least one of them names.
    pub ecosystems: Vec<Ecosystem>,
}

impl Filter {
    /// The statuses that pass, ascending by code.
    pub fn statuses(&self) -> Vec<Status> {
        Status::ALL
            .iter()
            .copied()
            .filter(|status| self.class.is_none_or(|class| status.class() == class))
            .filter(|status| !self.unofficial || !status.is_registered())
            .filter(|status| {
                self.ecosystems.is_empty()
                    || self
                        .ecosystems
                        .iter()
                        .any(|&ecosystem| status.name_in(ecosystem).is_some())
            })
            .collect()
    }
}

/// The table of `statuses`: code, phrase, class, standing, and one column
/// per ecosystem in `ecosystems` with its canonical name (`—` for none).
pub fn statuses_table(statuses: &[Status], ecosystems: &[Ecosystem]) -> String {
    let mut header = vec!["code", "phrase", "class", "standing"];
    header.extend(ecosystems.iter().map(|ecosystem| ecosystem.id()));
    let mut table = table::new(&header);
    for &status in statuses {
        let standing = match status.origin() {
            Some(origin) => format!("{} ({origin})", status.standing()),
            None => status.standing().to_string(),
        };
        let mut row = vec![
            status.code().to_string(),
            status.reason_phrase().to_owned(),
            status.class().to_string(),
            standing,
        ];
        row.extend(
            ecosystems
                .iter()
                .map(|&ecosystem| status.name_in(ecosystem).unwrap_or("—").to_owned()),
        );
        table.add_row(row);
    }
    table::render(&table)
}

/// Every ecosystem as a block: its id and name, then its language, the
/// release whose source was read, the date it was checked, and the source.
/// Releases and sources are sentences, too long for table cells, so each
/// gets its own wrapped line.
pub fn ecosystems_blocks() -> String {
    let mut text = String::new();
    let width = crate::layout::width();
    for (i, &ecosystem) in Ecosystem::ALL.iter().enumerate() {
        if i > 0 {
            text.push('\n');
        }
        text.push_str(&paint(style::HEADING, ecosystem.id()));
        text.push_str(&format!("  {}\n", ecosystem.name()));
        card::field(&mut text, width, "language", ecosystem.language());
        card::field(&mut text, width, "release", ecosystem.release());
        card::field(&mut text, width, "checked", ecosystem.checked());
        card::field(&mut text, width, "source", ecosystem.source());
    }
    text
}
