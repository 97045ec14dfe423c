//! Hash indexes over the generated string tables, built at compile time.
//!
//! The generator writes the tables sorted; this module builds, in `const`
//! context, an open-addressing table of slots for each, so a lookup hashes
//! its input once and compares one or two strings. Nothing here allocates,
//! and nothing runs at start-up.

use crate::generated::{BARE_NAMES, ECOSYSTEMS, KEYS};
use crate::Ecosystem;

/// A slot that holds no entry.
const EMPTY: u16 = u16::MAX;

/// A hash of `bytes` from its length and its first and last eight bytes
/// (overlapping for short strings), mixed FxHash-style: two multiplies
/// whatever the length. The names in the tables differ early or late, so
/// the middle is not worth hashing; a collision would only lengthen a
/// probe. With `fold_case`, ASCII letters hash as their lowercase, so that
/// keys stored in lowercase are found from input in any case.
const fn hash(bytes: &[u8], fold_case: bool) -> usize {
    let len = bytes.len();
    let h = len as u64;
    let h = if len >= 8 {
        let h = mix(h, load(bytes, 0), fold_case);
        mix(h, load(bytes, len - 8), fold_case)
    } else {
        let mut tail = [0u8; 8];
        let mut i = 0;
        while i < len {
            tail[i] = bytes[i];
            i += 1;
        }
        mix(h, u64::from_le_bytes(tail), fold_case)
    };
    (h ^ (h >> 29)) as usize
}

/// Eight bytes of `bytes` from `at`, little-endian.
const fn load(bytes: &[u8], at: usize) -> u64 {
    u64::from_le_bytes([
        bytes[at],
        bytes[at + 1],
        bytes[at + 2],
        bytes[at + 3],
        bytes[at + 4],
        bytes[at + 5],
        bytes[at + 6],
        bytes[at + 7],
    ])
}

/// One step of the hash, lowercasing the eight bytes of `chunk` first when
/// asked.
const fn mix(h: u64, chunk: u64, fold_case: bool) -> u64 {
    let chunk = if fold_case {
        ascii_lowercase(chunk)
    } else {
        chunk
    };
    (h.rotate_left(5) ^ chunk).wrapping_mul(0x517c_c1b7_2722_0a95)
}

/// Lowercases the ASCII letters among eight bytes at once. For each byte,
/// adding to its low seven bits sets the top bit exactly when it is at
/// least `A` (or past `Z`), with no carry into the next byte; bytes with
/// the top bit already set are not ASCII and stay as they are.
const fn ascii_lowercase(chunk: u64) -> u64 {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const TOP: u64 = 0x8080_8080_8080_8080;
    let low = chunk & LOW7;
    let at_least_a = low + 0x3f3f_3f3f_3f3f_3f3f;
    let past_z = low + 0x2525_2525_2525_2525;
    let upper = at_least_a & !past_z & !chunk & TOP;
    chunk | (upper >> 2)
}

/// Whether two strings are equal, in `const` context.
const fn const_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Builds the slots for `keys`: each distinct key's first index, placed by
/// linear probing. Equal keys must be adjacent (the tables are sorted);
/// only the first of a run gets a slot.
const fn build<const N: usize>(keys: &[&str], fold_case: bool) -> [u16; N] {
    assert!(N.is_power_of_two() && keys.len() * 2 <= N && keys.len() < EMPTY as usize);
    let mut slots = [EMPTY; N];
    let mut i = 0;
    while i < keys.len() {
        let key = keys[i].as_bytes();
        if i == 0 || !const_eq(keys[i - 1].as_bytes(), key) {
            let mut slot = hash(key, fold_case) & (N - 1);
            while slots[slot] != EMPTY {
                slot = (slot + 1) & (N - 1);
            }
            slots[slot] = i as u16;
        }
        i += 1;
    }
    slots
}

/// The index of the first entry whose key `matches` the input, probing
/// from the input's hash until a match or an empty slot.
#[inline]
fn probe<const N: usize>(
    slots: &[u16; N],
    hash: usize,
    matches: impl Fn(usize) -> bool,
) -> Option<usize> {
    let mut slot = hash & (N - 1);
    loop {
        match slots[slot] {
            EMPTY => return None,
            index if matches(usize::from(index)) => return Some(usize::from(index)),
            _ => slot = (slot + 1) & (N - 1),
        }
    }
}

// Read only while the slots are built, at compile time.
#[allow(clippy::large_const_arrays)]
const BARE_KEYS: [&str; BARE_NAMES.len()] = {
    let mut keys = [""; BARE_NAMES.len()];
    let mut i = 0;
    while i < keys.len() {
        keys[i] = BARE_NAMES[i].bare;
        i += 1;
    }
    keys
};

static BARE_SLOTS: [u16; (BARE_NAMES.len() * 2).next_power_of_two()] = build(&BARE_KEYS, false);

/// The same names keyed by ecosystem too, for lookups in one ecosystem:
/// the ecosystem's index is appended to the hashed bytes.
static SCOPED_SLOTS: [u16; (BARE_NAMES.len() * 2).next_power_of_two()] = {
    let n = (BARE_NAMES.len() * 2).next_power_of_two();
    let mut slots = [EMPTY; (BARE_NAMES.len() * 2).next_power_of_two()];
    let mut i = 0;
    while i < BARE_NAMES.len() {
        let entry = &BARE_NAMES[i];
        let mut slot = scoped_hash(entry.bare.as_bytes(), entry.ecosystem) & (n - 1);
        while slots[slot] != EMPTY {
            slot = (slot + 1) & (n - 1);
        }
        slots[slot] = i as u16;
        i += 1;
    }
    slots
};

const fn scoped_hash(bare: &[u8], ecosystem: Ecosystem) -> usize {
    hash(bare, false) ^ (ecosystem as usize).wrapping_mul(0x9e37_79b9)
}

/// The status `ecosystem` names by the bare identifier `bare`.
pub(crate) fn scoped(ecosystem: Ecosystem, bare: &str) -> Option<crate::Status> {
    probe(
        &SCOPED_SLOTS,
        scoped_hash(bare.as_bytes(), ecosystem),
        |i| BARE_NAMES[i].ecosystem == ecosystem && BARE_NAMES[i].bare == bare,
    )
    .map(|i| BARE_NAMES[i].status)
}

/// The run of `BARE_NAMES` entries whose bare name is `bare`, in any
/// ecosystem; empty if there is none.
pub(crate) fn bare_names(bare: &str) -> &'static [crate::tables::BareName] {
    let found = probe(&BARE_SLOTS, hash(bare.as_bytes(), false), |i| {
        BARE_NAMES[i].bare == bare
    });
    match found {
        Some(start) => &BARE_NAMES[start..usize::from(RUN_END[start])],
        None => &[],
    }
}

/// For each entry of `BARE_NAMES`, the end of the run of entries that share
/// its bare name, so that a lookup compares the name once.
static RUN_END: [u16; BARE_NAMES.len()] = {
    let mut ends = [0u16; BARE_NAMES.len()];
    let mut i = BARE_NAMES.len();
    while i > 0 {
        i -= 1;
        let next = i + 1;
        ends[i] = if next < BARE_NAMES.len()
            && const_eq(
                BARE_NAMES[i].bare.as_bytes(),
                BARE_NAMES[next].bare.as_bytes(),
            ) {
            ends[next]
        } else {
            next as u16
        };
    }
    ends
};

// Read only while the slots are built, at compile time.
#[allow(clippy::large_const_arrays)]
const KEY_KEYS: [&str; KEYS.len()] = {
    let mut keys = [""; KEYS.len()];
    let mut i = 0;
    while i < keys.len() {
        keys[i] = KEYS[i].key;
        i += 1;
    }
    keys
};

static KEY_SLOTS: [u16; (KEYS.len() * 2).next_power_of_two()] = build(&KEY_KEYS, true);

/// The status whose variant name or reason phrase is `input`, ignoring
/// ASCII case.
pub(crate) fn status_by_key(input: &str) -> Option<crate::Status> {
    probe(&KEY_SLOTS, hash(input.as_bytes(), true), |i| {
        KEYS[i].key.eq_ignore_ascii_case(input)
    })
    .map(|i| KEYS[i].status)
}

/// The distinct qualifiers of all ecosystems: several ecosystems write
/// `HttpStatusCode.` or `status.`.
const QUALIFIER_GROUP_COUNT: usize = {
    let mut count = 0;
    let mut i = 0;
    while i < ECOSYSTEMS.len() {
        let mut j = 0;
        while j < ECOSYSTEMS[i].qualifiers.len() {
            if first_owner(i, j) == i {
                count += 1;
            }
            j += 1;
        }
        i += 1;
    }
    count
};

/// The first ecosystem (by index) that has qualifier `j` of ecosystem `i`.
const fn first_owner(i: usize, j: usize) -> usize {
    let text = ECOSYSTEMS[i].qualifiers[j].as_bytes();
    let mut k = 0;
    while k <= i {
        let mut m = 0;
        while m < ECOSYSTEMS[k].qualifiers.len() {
            if const_eq(ECOSYSTEMS[k].qualifiers[m].as_bytes(), text) {
                return k;
            }
            m += 1;
        }
        k += 1;
    }
    i
}

/// A set of ecosystems, one bit each by discriminant.
pub(crate) type EcosystemSet = u64;

/// The set holding `ecosystem` only.
pub(crate) const fn bit(ecosystem: Ecosystem) -> EcosystemSet {
    1 << (ecosystem as usize)
}

/// Every ecosystem.
pub(crate) const ALL_ECOSYSTEMS: EcosystemSet = {
    assert!(ECOSYSTEMS.len() <= 64, "EcosystemSet holds 64 ecosystems");
    let mut set = 0;
    let mut i = 0;
    while i < ECOSYSTEMS.len() {
        set |= bit(ECOSYSTEMS[i].ecosystem);
        i += 1;
    }
    set
};

/// A qualifier, with its first byte (compared before the rest, without a
/// pointer chase) and the ecosystems that write it.
#[derive(Debug)]
pub(crate) struct QualifierGroup {
    pub(crate) first: u8,
    pub(crate) text: &'static str,
    pub(crate) ecosystems: EcosystemSet,
}

impl QualifierGroup {
    /// `name` without this qualifier, if it starts with it.
    #[inline]
    pub(crate) fn strip<'a>(&self, name: &'a str) -> Option<&'a str> {
        if name.as_bytes().first() == Some(&self.first) {
            name.strip_prefix(self.text)
        } else {
            None
        }
    }
}

/// Every distinct qualifier, with the ecosystems that write it, so that a
/// lookup in every ecosystem strips each qualifier and hashes the rest once.
pub(crate) static QUALIFIER_GROUPS: [QualifierGroup; QUALIFIER_GROUP_COUNT] = {
    let mut groups = [const {
        QualifierGroup {
            first: 0,
            text: "",
            ecosystems: 0,
        }
    }; QUALIFIER_GROUP_COUNT];
    let mut n = 0;
    let mut i = 0;
    while i < ECOSYSTEMS.len() {
        let mut j = 0;
        while j < ECOSYSTEMS[i].qualifiers.len() {
            let owner = first_owner(i, j);
            let text = ECOSYSTEMS[i].qualifiers[j];
            if owner == i {
                groups[n] = QualifierGroup {
                    first: text.as_bytes()[0],
                    text,
                    ecosystems: bit(ECOSYSTEMS[i].ecosystem),
                };
                n += 1;
            } else {
                let mut g = 0;
                while !const_eq(groups[g].text.as_bytes(), text.as_bytes()) {
                    g += 1;
                }
                groups[g].ecosystems |= bit(ECOSYSTEMS[i].ecosystem);
            }
            j += 1;
        }
        i += 1;
    }
    groups
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swar_lowercase_matches_byte_by_byte() {
        for b in 0..=255u8 {
            let chunk = u64::from_le_bytes([b, b'A', b'z', b'@', b'[', b'Z', 0x80 | b'A', b]);
            let expected = u64::from_le_bytes(chunk.to_le_bytes().map(|c| c.to_ascii_lowercase()));
            assert_eq!(ascii_lowercase(chunk), expected, "byte {b:#x}");
        }
    }

    #[test]
    fn folded_hash_ignores_ascii_case_only() {
        assert_eq!(
            hash(b"Failed Dependency", true),
            hash(b"failed dependency", true)
        );
        assert_eq!(hash(b"\xc3\x89", true), hash(b"\xc3\x89", false));
        assert_ne!(
            hash(b"Failed Dependency", false),
            hash(b"failed dependency", false)
        );
    }
}
