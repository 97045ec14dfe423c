//! Hash indexes over the generated string tables.
//!
//! The generator writes each string table sorted, and beside it an
//! open-addressing table of slots laid out with the hash below, so a
//! lookup hashes its input once and compares one or two strings. Nothing
//! here allocates, and nothing is built at start-up or in `const`
//! evaluation (which would slow every build of the crate).

use crate::generated::{
    BARE_KEYS, BARE_RUN_ENDS, BARE_SLOTS, BARE_TEXTS, ECOSYSTEMS, KEYS, KEY_SLOTS, NAME_COUNT,
    SCOPED_SLOTS,
};
use crate::tables::{every_handle, BareName};
use crate::{Ecosystem, Name, Status};

/// A slot that holds no entry.
const EMPTY: u16 = u16::MAX;

/// A hash of `bytes` from its length and its first and last eight bytes
/// (overlapping for short strings), mixed FxHash-style: two multiplies
/// whatever the length. The names in the tables differ early or late, so
/// the middle is not worth hashing; a collision would only lengthen a
/// probe. With `fold_case`, ASCII letters hash as their lowercase, so that
/// keys stored in lowercase are found from input in any case.
///
/// The generator lays the slot tables out with the same function
/// (`codegen/src/hash.rs`); the tests below rebuild every table with this
/// one and compare.
#[inline]
fn hash(bytes: &[u8], fold_case: bool) -> u64 {
    let len = bytes.len();
    let h = len as u64;
    let h = if len >= 8 {
        let h = mix(h, load(&bytes[..8]), fold_case);
        mix(h, load(&bytes[len - 8..]), fold_case)
    } else {
        mix(h, load(bytes), fold_case)
    };
    h ^ (h >> 29)
}

/// The hash of a name within one ecosystem.
#[inline]
fn scoped_hash(bare: &[u8], ecosystem: Ecosystem) -> u64 {
    hash(bare, false) ^ (ecosystem as u64).wrapping_mul(0x9e37_79b9)
}

/// Up to eight bytes, little-endian, zero-padded.
#[inline]
fn load(bytes: &[u8]) -> u64 {
    let mut chunk = [0u8; 8];
    chunk[..bytes.len()].copy_from_slice(bytes);
    u64::from_le_bytes(chunk)
}

/// One step of the hash, lowercasing the eight bytes of `chunk` first when
/// asked.
#[inline]
fn mix(h: u64, chunk: u64, fold_case: bool) -> u64 {
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

/// The index of the first entry whose key `matches` the input, probing
/// from the input's hash until a match or an empty slot. The generator
/// leaves at least half the slots empty, so a probe always ends.
#[inline]
fn probe<const N: usize>(
    slots: &[u16; N],
    hash: u64,
    matches: impl Fn(usize) -> bool,
) -> Option<usize> {
    let mask = N - 1;
    // Masked in u64, as the generator does, so 32-bit targets agree.
    let mut slot = (hash & mask as u64) as usize;
    loop {
        match slots[slot] {
            EMPTY => return None,
            index if matches(usize::from(index)) => return Some(usize::from(index)),
            _ => slot = (slot + 1) & mask,
        }
    }
}

/// Every entry of `BARE_TEXTS` (one per name), in order, so that a run is
/// a slice.
const BARE: &[BareName] = every_handle!(BareName, NAME_COUNT);

/// The run of `BARE_TEXTS` entries whose bare name is `bare`, in any
/// ecosystem; empty if there is none.
pub(crate) fn bare_names(bare: &str) -> &'static [BareName] {
    let found = probe(&BARE_SLOTS, hash(bare.as_bytes(), false), |i| {
        BARE_TEXTS[i] == bare
    });
    match found {
        Some(start) => &BARE[start..usize::from(BARE_RUN_ENDS[start])],
        None => &[],
    }
}

/// The entry of `ecosystem`'s name whose bare identifier is `bare`.
pub(crate) fn scoped(ecosystem: Ecosystem, bare: &str) -> Option<BareName> {
    probe(
        &SCOPED_SLOTS,
        scoped_hash(bare.as_bytes(), ecosystem),
        |i| BARE[i].ecosystem() == ecosystem && BARE_TEXTS[i] == bare,
    )
    .map(|i| BARE[i])
}

impl BareName {
    /// The entry's packed key: name index, ecosystem and status.
    #[inline]
    fn key(self) -> u32 {
        BARE_KEYS[usize::from(self.index)]
    }

    /// The [`Name`] this entry indexes.
    #[inline]
    pub(crate) fn name(self) -> Name {
        Name::at((self.key() & 0xffff) as usize)
    }

    /// The name without its qualifier.
    pub(crate) fn bare(self) -> &'static str {
        BARE_TEXTS[usize::from(self.index)]
    }

    /// The ecosystem whose name it is.
    #[inline]
    pub(crate) fn ecosystem(self) -> Ecosystem {
        Ecosystem::ALL[((self.key() >> 16) & 0xff) as usize]
    }

    /// The status the name stands for.
    #[inline]
    pub(crate) fn status(self) -> Status {
        Status::ALL[(self.key() >> 24) as usize]
    }
}

/// The status whose variant name or reason phrase is `input`, ignoring
/// ASCII case.
pub(crate) fn status_by_key(input: &str) -> Option<Status> {
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
    use std::vec;
    use std::vec::Vec;

    /// Lays slots out as the generator does, with this module's hash.
    fn layout(hashes: &[Option<u64>]) -> Vec<u16> {
        let size = (hashes.len() * 2).next_power_of_two().max(2);
        let mut slots = vec![EMPTY; size];
        for (index, hash) in hashes.iter().enumerate() {
            if let Some(hash) = hash {
                let mut slot = (hash & (size as u64 - 1)) as usize;
                while slots[slot] != EMPTY {
                    slot = (slot + 1) & (size - 1);
                }
                slots[slot] = index as u16;
            }
        }
        slots
    }

    #[test]
    fn generated_slots_match_this_hash() {
        let bare: Vec<Option<u64>> = (0..BARE_TEXTS.len())
            .map(|i| {
                let first = i == 0 || BARE_TEXTS[i - 1] != BARE_TEXTS[i];
                first.then(|| hash(BARE_TEXTS[i].as_bytes(), false))
            })
            .collect();
        assert_eq!(layout(&bare), BARE_SLOTS);
        let scoped: Vec<Option<u64>> = BARE
            .iter()
            .map(|e| Some(scoped_hash(e.bare().as_bytes(), e.ecosystem())))
            .collect();
        assert_eq!(layout(&scoped), SCOPED_SLOTS);
        let keys: Vec<Option<u64>> = KEYS
            .iter()
            .map(|k| Some(hash(k.key.as_bytes(), true)))
            .collect();
        assert_eq!(layout(&keys), KEY_SLOTS);
        for (i, &end) in BARE_RUN_ENDS.iter().enumerate() {
            let end = usize::from(end);
            assert!(BARE_TEXTS[i..end].iter().all(|b| *b == BARE_TEXTS[i]));
            assert!(end == BARE_TEXTS.len() || BARE_TEXTS[end] != BARE_TEXTS[i]);
        }
    }

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
        assert_eq!(
            hash("\u{c9}".as_bytes(), true),
            hash("\u{c9}".as_bytes(), false)
        );
        assert_ne!(
            hash(b"Failed Dependency", false),
            hash(b"failed dependency", false)
        );
    }
}
