//! [`Release`]: a release of an ecosystem, as dotted numbers.

use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::str::FromStr;

use crate::ParseReleaseError;

/// A release of an ecosystem, written as dotted numbers: `6.2`, `3.13`,
/// `1.4.0`.
///
/// Releases compare part by part as numbers, so `6.2` < `6.10` < `7.0`, and
/// a missing part counts as zero, so `6.2` and `6.2.0` are the same release
/// (they compare equal, although each displays as it was written).
///
/// Parsing takes one to four parts of up to five digits each, with an
/// optional leading `v` (`v1.4.0`, as Git tags write it). Other schemes are
/// refused with a [`ParseReleaseError`] rather than guessed at: pre-release
/// and build suffixes (`7.0.0-M3`, `1.0+build`, `2.0.Final`) because the
/// registry records final releases only, so name the final release before
/// or after instead; and names such as `go1.22` or `net8.0`, which are
/// written `1.22` and `8.0`. Every ecosystem's releases are numbered this
/// way in the registry: .NET as `8.0`, Go as `1.22`, Python as `3.13`.
///
/// ```
/// use statuscodes::Release;
///
/// let spring_boot_3: Release = "6.2".parse().unwrap();
/// let spring_7: Release = "7.0".parse().unwrap();
/// assert!(spring_boot_3 < spring_7);
/// assert!("6.10".parse::<Release>().unwrap() > spring_boot_3);
/// assert_eq!("6.2.0".parse::<Release>().unwrap(), spring_boot_3);
/// assert_eq!(Release::new([1, 4, 0, 0], 3).to_string(), "1.4.0");
/// assert_eq!(
///     "7.0.0-M3".parse::<Release>().unwrap_err().to_string(),
///     "\"7.0.0-M3\" is not a release: write one to four dot-separated numbers, such as 6.2 or 1.4.0 (pre-release and build suffixes are not recorded)"
/// );
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Release {
    parts: [u16; 4],
    len: u8,
}

impl Release {
    /// The release with these parts, of which the first `len` are written
    /// when it is displayed. `len` is clamped to 1–4.
    ///
    /// ```
    /// use statuscodes::Release;
    ///
    /// assert_eq!(Release::new([3, 13, 0, 0], 2).to_string(), "3.13");
    /// ```
    pub const fn new(parts: [u16; 4], len: u8) -> Release {
        let len = if len == 0 {
            1
        } else if len > 4 {
            4
        } else {
            len
        };
        Release { parts, len }
    }

    /// The parts, zero-padded to four: `[6, 2, 0, 0]` for `6.2`.
    ///
    /// ```
    /// use statuscodes::Release;
    ///
    /// assert_eq!("6.2".parse::<Release>().unwrap().parts(), [6, 2, 0, 0]);
    /// ```
    pub const fn parts(self) -> [u16; 4] {
        self.parts
    }

    /// The parts as one number that orders like the release.
    const fn packed(self) -> u64 {
        let [a, b, c, d] = self.parts;
        (a as u64) << 48 | (b as u64) << 32 | (c as u64) << 16 | d as u64
    }

    /// Parses `text` as a release; see the type's documentation for what is
    /// accepted. [`FromStr`] does the same.
    ///
    /// ```
    /// use statuscodes::Release;
    ///
    /// assert_eq!(Release::parse("v1.4.0").unwrap().to_string(), "1.4.0");
    /// assert!(Release::parse("1..2").is_err());
    /// ```
    pub fn parse(text: &str) -> Result<Release, ParseReleaseError> {
        let error = || ParseReleaseError::new(text);
        let digits = text.strip_prefix('v').unwrap_or(text);
        // At most four parts of five digits and three dots: refuse longer
        // input before looking at it.
        if digits.is_empty() || digits.len() > 23 {
            return Err(error());
        }
        let mut parts = [0u16; 4];
        let mut len = 0;
        for part in digits.split('.') {
            let slot = parts.get_mut(len).ok_or_else(error)?;
            if part.is_empty() || part.len() > 5 || !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(error());
            }
            *slot = part.parse().map_err(|_| error())?;
            len += 1;
        }
        Ok(Release {
            parts,
            len: len as u8,
        })
    }
}

impl PartialEq for Release {
    fn eq(&self, other: &Release) -> bool {
        self.packed() == other.packed()
    }
}

impl Eq for Release {}

impl PartialOrd for Release {
    fn partial_cmp(&self, other: &Release) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Part by part, as numbers.
impl Ord for Release {
    fn cmp(&self, other: &Release) -> Ordering {
        self.packed().cmp(&other.packed())
    }
}

/// Consistent with `Eq`: `6.2` and `6.2.0` hash alike.
impl Hash for Release {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.packed().hash(state);
    }
}

/// The parts as written: `6.2`, `1.4.0`.
impl fmt::Display for Release {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Four five-digit parts and three dots fit in 23 bytes.
        let mut buf = [0u8; 23];
        let mut at = 0;
        for (i, part) in self.parts[..usize::from(self.len)].iter().enumerate() {
            if i > 0 {
                buf[at] = b'.';
                at += 1;
            }
            let mut digits = [0u8; 5];
            let mut n = *part;
            let mut count = 0;
            loop {
                digits[count] = b'0' + (n % 10) as u8;
                count += 1;
                n /= 10;
                if n == 0 {
                    break;
                }
            }
            for digit in digits[..count].iter().rev() {
                buf[at] = *digit;
                at += 1;
            }
        }
        // Only ASCII digits and dots were written.
        f.pad(core::str::from_utf8(&buf[..at]).unwrap_or_default())
    }
}

impl FromStr for Release {
    type Err = ParseReleaseError;

    fn from_str(text: &str) -> Result<Release, ParseReleaseError> {
        Release::parse(text)
    }
}
