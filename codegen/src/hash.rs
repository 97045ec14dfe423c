//! The hash of the library's lookup tables, and the tables themselves.
//!
//! The generator lays out the library's open-addressing slot tables, so
//! that no build spends time on them in `const` evaluation. The library's
//! `src/index.rs` has the same hash function for its lookups, and a test
//! there rebuilds every table from the generated entries and compares; if
//! the two functions ever differed, that test fails.

/// An empty slot.
pub const EMPTY: u16 = u16::MAX;

/// The hash of `bytes`: its length and its first and last eight bytes,
/// mixed FxHash-style. With `fold_case`, ASCII letters hash as lowercase.
/// Computed in `u64` on every platform, so that tables laid out on the
/// build machine are right on a 32-bit target.
pub fn hash(bytes: &[u8], fold_case: bool) -> u64 {
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

/// The hash of a name within one ecosystem (by discriminant).
pub fn scoped_hash(bare: &[u8], ecosystem: usize) -> u64 {
    hash(bare, false) ^ (ecosystem as u64).wrapping_mul(0x9e37_79b9)
}

/// Up to eight bytes, little-endian, zero-padded.
fn load(bytes: &[u8]) -> u64 {
    let mut chunk = [0u8; 8];
    chunk[..bytes.len()].copy_from_slice(bytes);
    u64::from_le_bytes(chunk)
}

fn mix(h: u64, chunk: u64, fold_case: bool) -> u64 {
    let chunk = if fold_case {
        u64::from_le_bytes(chunk.to_le_bytes().map(|b| b.to_ascii_lowercase()))
    } else {
        chunk
    };
    (h.rotate_left(5) ^ chunk).wrapping_mul(0x517c_c1b7_2722_0a95)
}

/// Lays out slots for `hashes` (one per table entry, `None` for entries
/// that get no slot of their own) by linear probing in a table of twice
/// as many slots as entries, rounded up to a power of two.
pub fn slots(hashes: &[Option<u64>]) -> Vec<u16> {
    let size = (hashes.len() * 2).next_power_of_two().max(2);
    assert!(
        hashes.len() < usize::from(EMPTY),
        "too many entries for u16 slots"
    );
    let mask = size as u64 - 1;
    let mut slots = vec![EMPTY; size];
    for (index, hash) in hashes.iter().enumerate() {
        if let Some(hash) = hash {
            let mut slot = (hash & mask) as usize;
            while slots[slot] != EMPTY {
                slot = (slot + 1) & (size - 1);
            }
            slots[slot] = index as u16;
        }
    }
    slots
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_ascii_case_only() {
        assert_eq!(
            hash(b"Failed Dependency", true),
            hash(b"failed dependency", true)
        );
        assert_ne!(
            hash(b"Failed Dependency", false),
            hash(b"failed dependency", false)
        );
        assert_eq!(hash("É".as_bytes(), true), hash("É".as_bytes(), false));
    }

    #[test]
    fn every_entry_with_a_hash_gets_one_slot() {
        let hashes = [Some(1), Some(1), None, Some(7), Some(3)];
        let slots = slots(&hashes);
        assert_eq!(slots.len(), 16);
        let mut placed: Vec<u16> = slots.iter().copied().filter(|&s| s != EMPTY).collect();
        placed.sort();
        assert_eq!(placed, [0, 1, 3, 4]);
    }
}
