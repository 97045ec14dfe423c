//! A small std-only tokenizer shared by every extractor.
//!
//! Upstream files are in a dozen languages, but the parts we read are all
//! declarations made of identifiers, numbers, string literals and
//! punctuation. This lexer turns a file into those tokens, keeps comments
//! aside (they carry `@deprecated` and `// Deprecated:` marks), and
//! remembers each token's line and column so extractors can reason about
//! layout where a language needs it (Python's indentation, Go's newlines).
//!
//! It is deliberately forgiving: anything it does not understand becomes a
//! punctuation token, and a string literal that is not closed ends at the
//! end of its line, so one odd construct cannot swallow the rest of a file.

use std::ops::Range;

/// How a language writes comments and quotes.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Syntax {
    /// `# comment` (Python, Ruby, Elixir, PHP).
    pub hash_comments: bool,
    /// `// comment` and `/* comment */` (the C family, PHP, Rust, Go, ...).
    pub slash_comments: bool,
    /// `'x'` is a string (true) or a character literal / lifetime (false).
    pub single_quote_strings: bool,
    /// `` `x` `` is an identifier (Swift) rather than a string (Go, JS).
    pub backtick_idents: bool,
    /// `"""` and `'''` open strings that may span lines.
    pub triple_quotes: bool,
    /// `-- comment` to the end of the line (Haskell).
    pub dash_comments: bool,
}

impl Syntax {
    /// Java, C#, Kotlin, Rust, Go: `//` comments, `'c'` characters.
    pub const C: Syntax = Syntax {
        hash_comments: false,
        slash_comments: true,
        single_quote_strings: false,
        backtick_idents: false,
        triple_quotes: true,
        dash_comments: false,
    };
    /// Swift: like C, with `` `keyword` `` identifiers.
    pub const SWIFT: Syntax = Syntax {
        backtick_idents: true,
        ..Syntax::C
    };
    /// Scala: like C (`'c'` characters, `"""` strings), with `` `name` ``
    /// identifiers.
    pub const SCALA: Syntax = Syntax {
        backtick_idents: true,
        ..Syntax::C
    };
    /// JavaScript, TypeScript, Dart, PHP: `//` comments, `'` strings.
    pub const JS: Syntax = Syntax {
        hash_comments: false,
        slash_comments: true,
        single_quote_strings: true,
        backtick_idents: false,
        triple_quotes: true,
        dash_comments: false,
    };
    /// PHP: like JS, and `#` comments too.
    pub const PHP: Syntax = Syntax {
        hash_comments: true,
        ..Syntax::JS
    };
    /// Python, Ruby, Elixir: `#` comments, `'` strings.
    pub const HASH: Syntax = Syntax {
        hash_comments: true,
        slash_comments: false,
        single_quote_strings: true,
        backtick_idents: false,
        triple_quotes: true,
        dash_comments: false,
    };
    /// Haskell: `--` comments, `'c'` characters, `` `infix` `` identifiers,
    /// no triple quotes.
    pub const HASKELL: Syntax = Syntax {
        hash_comments: false,
        slash_comments: false,
        single_quote_strings: false,
        backtick_idents: true,
        triple_quotes: false,
        dash_comments: true,
    };
}

/// What a token is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Tok {
    /// An identifier or keyword (`$` and `_` included).
    Ident(String),
    /// A run of digits (and letters, for `0x1F` or `100u16`).
    Num(String),
    /// A string literal, escapes decoded.
    Str(String),
    /// Any other character.
    Punct(char),
}

/// A token and where it starts.
#[derive(Debug, Clone)]
pub(crate) struct Token {
    pub tok: Tok,
    /// 1-based line.
    pub line: usize,
    /// 0-based column, in characters.
    pub col: usize,
    /// No other token comes before it on its line.
    pub first: bool,
}

/// A comment and where it starts.
#[derive(Debug, Clone)]
pub(crate) struct Comment {
    pub text: String,
    pub line: usize,
    pub col: usize,
    /// It follows a token on the same line (`x = 1 // note`).
    pub trailing: bool,
}

/// A tokenized file.
#[derive(Debug, Clone, Default)]
pub(crate) struct Lexed {
    pub toks: Vec<Token>,
    pub comments: Vec<Comment>,
}

/// Tokenizes `text`.
pub(crate) fn lex(text: &str, syntax: Syntax) -> Lexed {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Lexed::default();
    let mut i = 0;
    let mut line = 1;
    let mut line_start = 0;
    let mut last_tok_line = 0;
    while i < chars.len() {
        let c = chars[i];
        let col = i - line_start;
        let start_line = line;
        if c == '\n' {
            line += 1;
            i += 1;
            line_start = i;
            continue;
        }
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let next = chars.get(i + 1).copied();
        // Comments.
        let line_comment = (syntax.hash_comments && c == '#' && next != Some('['))
            || (syntax.slash_comments && c == '/' && next == Some('/'))
            || (syntax.dash_comments && c == '-' && next == Some('-'));
        if line_comment {
            let end = chars[i..]
                .iter()
                .position(|&c| c == '\n')
                .map_or(chars.len(), |p| i + p);
            let skip = if c == '#' { 1 } else { 2 };
            out.comments.push(Comment {
                text: chars[i + skip..end].iter().collect(),
                line,
                col,
                trailing: last_tok_line == line,
            });
            i = end;
            continue;
        }
        if syntax.slash_comments && c == '/' && next == Some('*') {
            let mut j = i + 2;
            while j < chars.len() && !(chars[j] == '*' && chars.get(j + 1) == Some(&'/')) {
                j += 1;
            }
            let body: String = chars[i + 2..j.min(chars.len())].iter().collect();
            out.comments.push(Comment {
                text: body,
                line,
                col,
                trailing: last_tok_line == line,
            });
            let end = (j + 2).min(chars.len());
            for &ch in &chars[i..end] {
                if ch == '\n' {
                    line += 1;
                }
            }
            if let Some(p) = chars[i..end].iter().rposition(|&c| c == '\n') {
                line_start = i + p + 1;
            }
            i = end;
            continue;
        }
        let push = |out: &mut Lexed, tok: Tok, last: &mut usize| {
            out.toks.push(Token {
                tok,
                line: start_line,
                col,
                first: *last != start_line,
            });
            *last = start_line;
        };
        // Identifiers.
        if c.is_alphabetic() || c == '_' || c == '$' {
            let mut j = i;
            while j < chars.len()
                && (chars[j].is_alphanumeric() || chars[j] == '_' || chars[j] == '$')
            {
                j += 1;
            }
            let word: String = chars[i..j].iter().collect();
            push(&mut out, Tok::Ident(word), &mut last_tok_line);
            i = j;
            continue;
        }
        if c == '`' && syntax.backtick_idents {
            let close = chars[i + 1..]
                .iter()
                .position(|&c| c == '`' || c == '\n')
                .map(|p| i + 1 + p);
            if let Some(j) = close.filter(|&j| chars[j] == '`') {
                let word: String = chars[i + 1..j].iter().collect();
                push(&mut out, Tok::Ident(word), &mut last_tok_line);
                i = j + 1;
                continue;
            }
        }
        // Numbers.
        if c.is_ascii_digit() {
            let mut j = i;
            while j < chars.len() && (chars[j].is_ascii_alphanumeric() || chars[j] == '_') {
                j += 1;
            }
            let word: String = chars[i..j].iter().filter(|&&c| c != '_').collect();
            push(&mut out, Tok::Num(word), &mut last_tok_line);
            i = j;
            continue;
        }
        // Strings.
        let quote = match c {
            '"' => true,
            '\'' => syntax.single_quote_strings,
            '`' => !syntax.backtick_idents,
            _ => false,
        };
        if quote {
            let triple =
                syntax.triple_quotes && c != '`' && next == Some(c) && chars.get(i + 2) == Some(&c);
            let (value, end) = if triple {
                read_triple(&chars, i, c)
            } else {
                read_string(&chars, i, c, c == '`')
            };
            for &ch in &chars[i..end] {
                if ch == '\n' {
                    line += 1;
                }
            }
            if let Some(p) = chars[i..end].iter().rposition(|&c| c == '\n') {
                line_start = i + p + 1;
            }
            push(&mut out, Tok::Str(value), &mut last_tok_line);
            i = end;
            continue;
        }
        if c == '\'' {
            // A character literal ('a', '\n') is skipped; a lone quote
            // (a Rust lifetime) is punctuation.
            let len = match next {
                Some('\\') => chars[i + 2..]
                    .iter()
                    .take(10)
                    .position(|&c| c == '\'')
                    .map(|p| p + 3),
                Some(_) if chars.get(i + 2) == Some(&'\'') => Some(3),
                _ => None,
            };
            if let Some(len) = len {
                i += len;
                continue;
            }
        }
        push(&mut out, Tok::Punct(c), &mut last_tok_line);
        i += 1;
    }
    out
}

/// Reads a one-line string literal opened by `quote` at `start`; returns
/// its decoded value and the index after it. `raw` strings have no escapes
/// and may span lines.
fn read_string(chars: &[char], start: usize, quote: char, raw: bool) -> (String, usize) {
    let mut value = String::new();
    let mut j = start + 1;
    while j < chars.len() {
        let c = chars[j];
        if c == quote {
            return (value, j + 1);
        }
        if c == '\n' && !raw {
            return (value, j);
        }
        if c == '\\' && !raw && j + 1 < chars.len() {
            let e = chars[j + 1];
            match e {
                'n' => value.push('\n'),
                't' => value.push('\t'),
                '\\' | '\'' | '"' | '`' => value.push(e),
                '\n' => {}
                _ => {
                    value.push('\\');
                    value.push(e);
                }
            }
            j += 2;
            continue;
        }
        value.push(c);
        j += 1;
    }
    (value, j)
}

/// Reads a `"""` or `'''` string; returns its raw value and the index after it.
fn read_triple(chars: &[char], start: usize, quote: char) -> (String, usize) {
    let mut j = start + 3;
    while j + 2 < chars.len() {
        if chars[j] == quote && chars[j + 1] == quote && chars[j + 2] == quote {
            return (chars[start + 3..j].iter().collect(), j + 3);
        }
        if chars[j] == '\\' {
            j += 1;
        }
        j += 1;
    }
    let end = chars.len();
    (chars[(start + 3).min(end)..end].iter().collect(), end)
}

impl Lexed {
    /// The token at `i`, if any.
    pub fn get(&self, i: usize) -> Option<&Tok> {
        self.toks.get(i).map(|t| &t.tok)
    }

    /// The identifier at `i`.
    pub fn ident(&self, i: usize) -> Option<&str> {
        match self.get(i) {
            Some(Tok::Ident(s)) => Some(s),
            _ => None,
        }
    }

    /// Whether `i` is the identifier `word`.
    pub fn is_ident(&self, i: usize, word: &str) -> bool {
        self.ident(i) == Some(word)
    }

    /// Whether `i` is the punctuation `c`.
    pub fn is_punct(&self, i: usize, c: char) -> bool {
        self.get(i) == Some(&Tok::Punct(c))
    }

    /// Whether the tokens from `i` are the punctuation `s`, adjacent.
    pub fn is_puncts(&self, i: usize, s: &str) -> bool {
        s.chars().enumerate().all(|(k, c)| {
            self.is_punct(i + k, c)
                && (k == 0 || {
                    let (a, b) = (&self.toks[i + k - 1], &self.toks[i + k]);
                    a.line == b.line && a.col + 1 == b.col
                })
        })
    }

    /// The status code at `i`: a decimal number from 100 to 999.
    pub fn code(&self, i: usize) -> Option<u16> {
        match self.get(i) {
            Some(Tok::Num(s)) => s
                .parse::<u16>()
                .ok()
                .filter(|c| (100..=999).contains(c) && s.len() == 3),
            _ => None,
        }
    }

    /// A status code written as a string (`'100'` in Ruby).
    pub fn code_str(&self, i: usize) -> Option<u16> {
        match self.get(i) {
            Some(Tok::Str(s)) if s.len() == 3 => {
                s.parse::<u16>().ok().filter(|c| (100..=999).contains(c))
            }
            _ => None,
        }
    }

    /// The string literal at `i`.
    pub fn string(&self, i: usize) -> Option<&str> {
        match self.get(i) {
            Some(Tok::Str(s)) => Some(s),
            _ => None,
        }
    }

    /// The line of token `i` (0 past the end).
    pub fn line(&self, i: usize) -> usize {
        self.toks.get(i).map_or(0, |t| t.line)
    }

    /// Whether token `i` is the first on its line.
    pub fn first(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.first)
    }

    /// Given an opening bracket at `open`, the index of its match.
    pub fn matching(&self, open: usize) -> Option<usize> {
        let (o, c) = match self.get(open)? {
            Tok::Punct('(') => ('(', ')'),
            Tok::Punct('[') => ('[', ']'),
            Tok::Punct('{') => ('{', '}'),
            _ => return None,
        };
        let mut depth = 0usize;
        for j in open..self.toks.len() {
            if self.is_punct(j, o) {
                depth += 1;
            } else if self.is_punct(j, c) {
                depth -= 1;
                if depth == 0 {
                    return Some(j);
                }
            }
        }
        None
    }

    /// Given a closing bracket at `close`, the index of its match.
    pub fn matching_back(&self, close: usize) -> Option<usize> {
        let (o, c) = match self.get(close)? {
            Tok::Punct(')') => ('(', ')'),
            Tok::Punct(']') => ('[', ']'),
            Tok::Punct('}') => ('{', '}'),
            _ => return None,
        };
        let mut depth = 0usize;
        for j in (0..=close).rev() {
            if self.is_punct(j, c) {
                depth += 1;
            } else if self.is_punct(j, o) {
                depth -= 1;
                if depth == 0 {
                    return Some(j);
                }
            }
        }
        None
    }

    /// The tokens inside the first `{`, `[` or `(` block that follows
    /// position `from` (exclusive of the brackets), or `None`.
    pub fn block_after(&self, from: usize) -> Option<Range<usize>> {
        let open = (from..self.toks.len())
            .find(|&j| self.is_punct(j, '{') || self.is_punct(j, '[') || self.is_punct(j, '('))?;
        let close = self.matching(open)?;
        Some(open + 1..close)
    }

    /// The indices of every `word` identifier followed by `next` (another
    /// identifier), e.g. `enum HttpStatusCode`.
    pub fn find_pair(&self, word: &str, next: &str) -> Option<usize> {
        (0..self.toks.len()).find(|&j| self.is_ident(j, word) && self.is_ident(j + 1, next))
    }

    /// The index of the first `name` identifier followed by `=` (and not
    /// `==`), e.g. `STATUS_CODES = {`.
    pub fn find_assignment(&self, name: &str) -> Option<usize> {
        (0..self.toks.len()).find(|&j| {
            self.is_ident(j, name) && self.is_punct(j + 1, '=') && !self.is_punct(j + 2, '=')
        })
    }

    /// Comments between token `a` (exclusive) and token `b`, leaving out a
    /// comment that trails token `a` on its line.
    pub fn comments_between(&self, a: Option<usize>, b: usize) -> impl Iterator<Item = &Comment> {
        let after = a.map(|a| (self.toks[a].line, self.toks[a].col));
        let before = self
            .toks
            .get(b)
            .map_or((usize::MAX, 0), |t| (t.line, t.col));
        self.comments.iter().filter(move |c| {
            let pos = (c.line, c.col);
            pos < before
                && after.is_none_or(|after| pos > after && !(c.trailing && c.line == after.0))
        })
    }

    /// The comment that trails the line of token `i` (`x = 1 // note`).
    pub fn trailing_comment(&self, i: usize) -> Option<&str> {
        let line = self.line(i);
        let col = self.toks.get(i)?.col;
        self.comments
            .iter()
            .find(|c| c.trailing && c.line == line && c.col > col)
            .map(|c| c.text.as_str())
    }

    /// Walks back from the declaration starting at `start` over modifiers
    /// (`public static final`) and returns the index of the first of them.
    pub fn decl_start(&self, mut start: usize) -> usize {
        const MODIFIERS: [&str; 17] = [
            "public",
            "private",
            "protected",
            "internal",
            "static",
            "final",
            "const",
            "readonly",
            "override",
            "open",
            "abstract",
            "sealed",
            "new",
            "declare",
            "export",
            "val",
            "var",
        ];
        while start > 0
            && self
                .ident(start - 1)
                .is_some_and(|w| MODIFIERS.contains(&w))
        {
            start -= 1;
        }
        start
    }

    /// Whether the declaration that starts at token `start` is marked
    /// deprecated by what comes right before it: an annotation or attribute
    /// (`@Deprecated`, `@Deprecated(...)`, `[Obsolete]`, `#[deprecated]`,
    /// `@available(*, deprecated)`) or a comment (`@deprecated` in a doc
    /// comment, Go's `Deprecated:` paragraph).
    pub fn deprecated_before(&self, start: usize) -> bool {
        let mut j = start;
        let mut deprecated = false;
        loop {
            let prev = j.checked_sub(1);
            if self
                .comments_between(prev, j)
                .any(|c| is_deprecation_comment(&c.text))
            {
                deprecated = true;
            }
            let Some(p) = prev else { break };
            let (name, args, new_j) = if self.is_punct(p, ')') {
                let Some(q) = self.matching_back(p) else {
                    break;
                };
                match (q.checked_sub(2), self.ident(q.wrapping_sub(1))) {
                    (Some(at), Some(name)) if self.is_punct(at, '@') => (name, q + 1..p, at),
                    _ => break,
                }
            } else if self.is_punct(p, ']') {
                let Some(q) = self.matching_back(p) else {
                    break;
                };
                // `[Obsolete]`, `#[deprecated]`, PHP's `#[\Deprecated]`.
                let first = if self.is_punct(q + 1, '\\') {
                    q + 2
                } else {
                    q + 1
                };
                let Some(name) = self.ident(first) else { break };
                let at = if q > 0 && self.is_punct(q - 1, '#') {
                    q - 1
                } else {
                    q
                };
                (name, q + 1..p, at)
            } else if let (Some(name), Some(at)) = (self.ident(p), p.checked_sub(1)) {
                if self.is_punct(at, '@') {
                    (name, p..p, at)
                } else {
                    break;
                }
            } else {
                break;
            };
            let marks = matches!(
                name,
                "Deprecated" | "deprecated" | "Obsolete" | "ObsoleteAttribute"
            ) || (name == "available"
                && args.clone().any(|k| self.is_ident(k, "deprecated")));
            if marks {
                deprecated = true;
            }
            j = new_j;
        }
        deprecated
    }
}

/// Whether a comment marks what follows as deprecated.
///
/// The mark must begin a line of the comment (after any `*`): a doc
/// comment's `@deprecated` block tag, or Go's `Deprecated:` paragraph.
pub(crate) fn is_deprecation_comment(text: &str) -> bool {
    text.lines().any(|l| {
        let l = l.trim_start_matches(['*', '/', '!', ' ', '\t']);
        l.starts_with("@deprecated") || l.starts_with("Deprecated:")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_comments_and_positions() {
        let l = lex("a = 'I\\'m' // x\n  b = \"c\"", Syntax::JS);
        assert_eq!(l.toks[2].tok, Tok::Str("I'm".into()));
        assert_eq!(l.comments[0].text, " x");
        assert!(l.comments[0].trailing);
        assert_eq!(
            (l.toks[3].line, l.toks[3].col, l.toks[3].first),
            (2, 2, true)
        );
    }

    #[test]
    fn rust_lifetimes_are_not_strings() {
        let l = lex(
            "fn f(x: &'static str) -> u8 { b'a' } (100, X, \"Y\");",
            Syntax::C,
        );
        assert!(l.toks.iter().any(|t| t.tok == Tok::Str("Y".into())));
    }

    #[test]
    fn annotations_mark_deprecation() {
        let l = lex(
            "A(1),\n@Deprecated(since = \"7.0\")\nB(2),\n/** @deprecated */ C(3),\n[Obsolete(\"x\")] D = 4,\n#[deprecated] E,\n@available(*, deprecated, message: \"m\") case F\n G",
            Syntax::C,
        );
        let at = |w: &str| {
            l.toks
                .iter()
                .position(|t| t.tok == Tok::Ident(w.into()))
                .unwrap()
        };
        assert!(!l.deprecated_before(at("A")));
        assert!(l.deprecated_before(at("B")));
        assert!(l.deprecated_before(at("C")));
        assert!(l.deprecated_before(at("D")));
        assert!(l.deprecated_before(at("E")));
        assert!(l.deprecated_before(at("case")));
        assert!(!l.deprecated_before(at("G")));
    }
}
