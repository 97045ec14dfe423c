//! strum's traits, generated rather than derived.
#![cfg(feature = "strum")]

use statuscodes::{Ecosystem, Status};
use strum::{EnumCount, IntoEnumIterator, VariantArray, VariantNames};

#[test]
fn status_traits_agree_with_all() {
    assert_eq!(Status::iter().collect::<Vec<_>>(), Status::ALL);
    assert_eq!(Status::COUNT, Status::ALL.len());
    assert_eq!(<Status as VariantArray>::VARIANTS, Status::ALL);
    let names: Vec<&str> = Status::ALL.iter().map(|s| s.variant_name()).collect();
    assert_eq!(<Status as VariantNames>::VARIANTS, names);
    assert_eq!(Status::iter().next_back(), Status::ALL.last().copied());
}

#[test]
fn ecosystem_traits_agree_with_all() {
    assert_eq!(Ecosystem::iter().collect::<Vec<_>>(), Ecosystem::ALL);
    assert_eq!(Ecosystem::COUNT, Ecosystem::ALL.len());
    assert_eq!(<Ecosystem as VariantArray>::VARIANTS, Ecosystem::ALL);
    let names: Vec<String> = Ecosystem::ALL.iter().map(|e| format!("{e:?}")).collect();
    assert_eq!(<Ecosystem as VariantNames>::VARIANTS, names);
}
