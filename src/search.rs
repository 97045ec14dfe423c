//! [`Status::search`]: statuses by keyword, ranked, without allocation.

use core::iter::FusedIterator;

use crate::generated::ALL;
use crate::Status;

/// How many statuses there are: the size of a search's score table.
const COUNT: usize = ALL.len();

/// Query words shorter than this are ignored (`a`, `to`, `of`).
const MIN_WORD: usize = 3;

/// The statuses whose phrase, description or ecosystem phrases match a
/// keyword query, best first; see [`Status::search`].
#[derive(Debug, Clone)]
pub struct Search {
    ranked: [(u32, Status); COUNT],
    next: usize,
}

impl Status {
    /// The statuses a keyword query is about, best match first: each word
    /// of `query` (ignoring ASCII case and hyphens, so `timeout` finds
    /// "Time-out"; words shorter than three letters are skipped) scores
    /// when it begins a word of the status's reason phrase (most), of an
    /// ecosystem's own phrase for it, or of its description (least).
    /// Statuses that match no word are left out; ties go by code.
    ///
    /// ```
    /// use statuscodes::Status;
    ///
    /// let hits: Vec<u16> = Status::search("timeout").map(|(status, _)| status.code()).collect();
    /// // Phrases with the word come first, by code: "Login Time-out" is one.
    /// assert_eq!(hits[..6], [408, 440, 504, 524, 598, 599]);
    /// assert_eq!(Status::search("zzz").count(), 0);
    /// ```
    pub fn search(query: &str) -> Search {
        let mut ranked = [(0u32, Status::Continue); COUNT];
        for (slot, &status) in ranked.iter_mut().zip(ALL) {
            *slot = (score(status, query), status);
        }
        // Best score first, then by code (ALL is ascending).
        ranked.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        Search { ranked, next: 0 }
    }
}

impl Iterator for Search {
    /// A status and its score: higher is a better match.
    type Item = (Status, u32);

    fn next(&mut self) -> Option<(Status, u32)> {
        let &(score, status) = self.ranked.get(self.next)?;
        if score == 0 {
            return None;
        }
        self.next += 1;
        Some((status, score))
    }
}

impl FusedIterator for Search {}

/// The score of `status` for `query`.
fn score(status: Status, query: &str) -> u32 {
    let mut total = 0;
    for word in words(query).filter(|w| letters(w) >= MIN_WORD) {
        let mut best = 0;
        if words(status.reason_phrase()).any(|w| begins(w, word)) {
            best = 10;
        } else if crate::tables::Phrase::of(status.index())
            .iter()
            .any(|phrase| words(phrase.text()).any(|w| begins(w, word)))
        {
            best = 6;
        } else if words(status.description()).any(|w| begins(w, word)) {
            best = 2;
        }
        total += best;
    }
    total
}

/// The words of `text`: runs of ASCII letters, digits and hyphens.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
}

/// How many letters and digits `word` has, hyphens aside.
fn letters(word: &str) -> usize {
    word.bytes().filter(|&b| b != b'-').count()
}

/// Whether `word` begins with `query`, ignoring ASCII case and hyphens.
fn begins(word: &str, query: &str) -> bool {
    let mut word = word.bytes().filter(|&b| b != b'-');
    query
        .bytes()
        .filter(|&b| b != b'-')
        .all(|q| word.next().is_some_and(|w| w.eq_ignore_ascii_case(&q)))
}
