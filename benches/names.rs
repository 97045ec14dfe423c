//! Name lookups over every name of every ecosystem, side by side with a
//! linear scan of an `(ecosystem, name, code)` table. The goal is at least
//! 20 times faster than the scan.
//!
//! `cargo bench --bench names`

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use statuscodes::{Ecosystem, Status};

/// The baseline's table: every name, qualified and bare, with its ecosystem
/// and code, in registry order.
fn scan_table() -> Vec<(Ecosystem, &'static str, u16)> {
    let mut table = Vec::new();
    for &status in Status::ALL {
        for name in status.names() {
            table.push((name.ecosystem(), name.text(), status.code()));
            table.push((name.ecosystem(), name.bare(), status.code()));
        }
    }
    table
}

/// Every (ecosystem, name) the registry has, qualified and bare.
fn inputs() -> Vec<(Ecosystem, &'static str)> {
    let mut inputs = Vec::new();
    for &status in Status::ALL {
        for name in status.names() {
            inputs.push((name.ecosystem(), name.text()));
            inputs.push((name.ecosystem(), name.bare()));
        }
    }
    let n = inputs.len();
    (0..n).map(|i| inputs[(i * 97) % n]).collect()
}

fn scan_from_name_in(
    table: &[(Ecosystem, &str, u16)],
    ecosystem: Ecosystem,
    name: &str,
) -> Option<u16> {
    table
        .iter()
        .find(|(e, n, _)| *e == ecosystem && *n == name)
        .map(|(_, _, code)| *code)
}

fn from_name_in(c: &mut Criterion) {
    let table = scan_table();
    let inputs = inputs();
    for &(ecosystem, name) in &inputs {
        assert_eq!(
            Status::from_name_in(ecosystem, name).map(Status::code),
            scan_from_name_in(&table, ecosystem, name)
        );
    }
    let mut group = c.benchmark_group("from_name_in, every name");
    group.throughput(Throughput::Elements(inputs.len() as u64));
    group.bench_function("statuscodes Status::from_name_in", |b| {
        b.iter(|| {
            black_box(&inputs)
                .iter()
                .filter(|(e, n)| Status::from_name_in(*e, n).is_some())
                .count()
        })
    });
    group.bench_function("linear scan", |b| {
        b.iter(|| {
            black_box(&inputs)
                .iter()
                .filter(|(e, n)| scan_from_name_in(&table, *e, n).is_some())
                .count()
        })
    });
    group.finish();
}

fn lookup(c: &mut Criterion) {
    let table = scan_table();
    let inputs: Vec<&str> = inputs().into_iter().map(|(_, name)| name).collect();
    let mut group = c.benchmark_group("lookup, every name");
    group.throughput(Throughput::Elements(inputs.len() as u64));
    group.bench_function("statuscodes Status::lookup", |b| {
        b.iter(|| {
            black_box(&inputs)
                .iter()
                .map(|n| Status::lookup(n).count())
                .sum::<usize>()
        })
    });
    group.bench_function("linear scan", |b| {
        b.iter(|| {
            black_box(&inputs)
                .iter()
                .map(|n| table.iter().filter(|(_, name, _)| name == n).count())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, from_name_in, lookup);
criterion_main!(benches);
