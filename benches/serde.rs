//! serde_json: an array of 10,000 codes into `Vec<Status>`, side by side
//! with `Vec<u16>`. The goal is within 1.2 times.
//!
//! `cargo bench --bench serde --features serde`

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use statuscodes::Status;

fn json() -> String {
    let codes: Vec<u16> = Status::ALL
        .iter()
        .map(|s| s.code())
        .cycle()
        .take(10_000)
        .collect();
    serde_json::to_string(&codes).unwrap()
}

/// A `u16` read through `deserialize_any`, as `Status` must be to accept
/// strings as well as integers: this isolates what `deserialize_any` costs
/// in serde_json from what `Status` adds.
struct AnyU16(#[allow(dead_code)] u16);

impl<'de> serde::Deserialize<'de> for AnyU16 {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<AnyU16, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = AnyU16;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a u16")
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<AnyU16, E> {
                u16::try_from(v).map(AnyU16).map_err(E::custom)
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

fn deserialize(c: &mut Criterion) {
    let json = json();
    let mut group = c.benchmark_group("serde_json, 10000 codes");
    group.throughput(Throughput::Elements(10_000));
    group.bench_function("Vec<Status>", |b| {
        b.iter(|| serde_json::from_str::<Vec<Status>>(black_box(&json)).unwrap())
    });
    group.bench_function("Vec<u16>", |b| {
        b.iter(|| serde_json::from_str::<Vec<u16>>(black_box(&json)).unwrap())
    });
    group.bench_function("Vec<u16> through deserialize_any", |b| {
        b.iter(|| serde_json::from_str::<Vec<AnyU16>>(black_box(&json)).unwrap())
    });
    group.finish();
}

criterion_group!(benches, deserialize);
criterion_main!(benches);
