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
    group.finish();
}

criterion_group!(benches, deserialize);
criterion_main!(benches);
