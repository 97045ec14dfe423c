//! What a developer needs when a status turns up: what a client does next,
//! the usual causes, the fixes on each side, and an example exchange.

use core::fmt;

use crate::generated::GUIDANCE;
use crate::Status;

/// The practical side of a status, in our words: what a client does next,
/// typical causes, fixes on the client and on the server, and an example
/// exchange. Claims that come from a spec cite its section.
///
/// ```
/// use statuscodes::Status;
///
/// let guidance = Status::MethodNotAllowed.guidance();
/// assert!(guidance.next_step().contains("Allow"));
/// assert!(!guidance.causes().is_empty());
/// assert_eq!(guidance.example().response()[0], "HTTP/1.1 405 Method Not Allowed");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Guidance {
    pub(crate) next: &'static str,
    pub(crate) causes: &'static [&'static str],
    pub(crate) client_fixes: &'static [&'static str],
    pub(crate) server_fixes: &'static [&'static str],
    pub(crate) example: Example,
}

impl Guidance {
    /// What a client does next, in a sentence.
    pub const fn next_step(&self) -> &'static str {
        self.next
    }

    /// Typical causes a developer sees in practice, one sentence each; for
    /// a success or interim status, when servers send it.
    pub const fn causes(&self) -> &'static [&'static str] {
        self.causes
    }

    /// How to fix it, or what to make sure of, on the client side.
    pub const fn client_fixes(&self) -> &'static [&'static str] {
        self.client_fixes
    }

    /// How to fix it, or what to make sure of, on the server side.
    pub const fn server_fixes(&self) -> &'static [&'static str] {
        self.server_fixes
    }

    /// An example exchange.
    pub const fn example(&self) -> Example {
        self.example
    }
}

/// An example exchange: a request and the response with the status, each
/// line at most 72 characters.
///
/// Its `Display` writes the request, a blank line, its content if any, then
/// the response the same way:
///
/// ```
/// use statuscodes::Status;
///
/// let example = Status::MethodNotAllowed.guidance().example();
/// let text = example.to_string();
/// assert!(text.starts_with(example.request()[0]));
/// assert!(text.contains("\n\nHTTP/1.1 405 Method Not Allowed\n"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Example {
    pub(crate) request: &'static [&'static str],
    pub(crate) request_body: &'static [&'static str],
    pub(crate) response: &'static [&'static str],
    pub(crate) response_body: &'static [&'static str],
}

impl Example {
    /// The request line and header fields.
    pub const fn request(&self) -> &'static [&'static str] {
        self.request
    }

    /// The request content, line by line; empty when there is none.
    pub const fn request_body(&self) -> &'static [&'static str] {
        self.request_body
    }

    /// The status line and header fields (an interim response's lines
    /// first, where the example has one). Where a status is never sent on
    /// the wire, as with nginx's 444, the first line says so in parentheses.
    pub const fn response(&self) -> &'static [&'static str] {
        self.response
    }

    /// The response content, line by line; empty when there is none.
    pub const fn response_body(&self) -> &'static [&'static str] {
        self.response_body
    }
}

impl fmt::Display for Example {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first = true;
        for (head, body) in [
            (self.request, self.request_body),
            (self.response, self.response_body),
        ] {
            if !first {
                f.write_str("\n")?;
            }
            first = false;
            for line in head {
                writeln!(f, "{line}")?;
            }
            if !body.is_empty() {
                f.write_str("\n")?;
                for line in body {
                    writeln!(f, "{line}")?;
                }
            }
        }
        Ok(())
    }
}

impl Status {
    /// What a client does next, the usual causes, the fixes on each side,
    /// and an example exchange.
    ///
    /// ```
    /// use statuscodes::Status;
    ///
    /// for &status in Status::ALL {
    ///     let guidance = status.guidance();
    ///     assert!(guidance.next_step().ends_with('.'));
    ///     assert!(!guidance.example().request().is_empty(), "{status}");
    /// }
    /// ```
    pub fn guidance(self) -> &'static Guidance {
        &GUIDANCE[self.index()]
    }
}
