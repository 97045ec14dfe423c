//! Code → status → reason phrase, over a log-like mix of codes, side by
//! side with the `http` crate's `StatusCode::from_u16` + `canonical_reason`.
//!
//! `cargo bench --bench codes`

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use statuscodes::Status;

/// A mix like a server log's: mostly a few common codes, every known code
/// now and then, and some numbers nobody defines.
fn log_mix() -> Vec<u16> {
    let common = [
        200, 200, 200, 200, 304, 301, 302, 404, 404, 500, 201, 204, 400, 401, 403, 503,
    ];
    let mut codes = Vec::new();
    for round in 0..64 {
        codes.extend_from_slice(&common);
        codes.push(Status::ALL[round % Status::ALL.len()].code());
        codes.push([299, 600, 999, 0, 42][round % 5]);
    }
    codes
}

fn code_to_phrase(c: &mut Criterion) {
    let codes = log_mix();
    let mut group = c.benchmark_group("code to reason phrase");
    group.throughput(Throughput::Elements(codes.len() as u64));
    group.bench_function("statuscodes from_u16 + reason_phrase", |b| {
        b.iter(|| {
            let mut bytes = 0;
            for &code in black_box(&codes) {
                if let Some(status) = Status::from_u16(code) {
                    bytes += status.reason_phrase().len();
                }
            }
            bytes
        })
    });
    group.bench_function("http StatusCode::from_u16 + canonical_reason", |b| {
        b.iter(|| {
            let mut bytes = 0;
            for &code in black_box(&codes) {
                if let Ok(status) = http::StatusCode::from_u16(code) {
                    bytes += status.canonical_reason().map_or(0, str::len);
                }
            }
            bytes
        })
    });
    group.finish();
}

fn class(c: &mut Criterion) {
    let codes = log_mix();
    let mut group = c.benchmark_group("code to class check");
    group.throughput(Throughput::Elements(codes.len() as u64));
    group.bench_function("statuscodes is_client_error", |b| {
        b.iter(|| {
            black_box(&codes)
                .iter()
                .filter_map(|&code| Status::from_u16(code))
                .filter(|s| s.is_client_error())
                .count()
        })
    });
    group.bench_function("http is_client_error", |b| {
        b.iter(|| {
            black_box(&codes)
                .iter()
                .filter_map(|&code| http::StatusCode::from_u16(code).ok())
                .filter(|s| s.is_client_error())
                .count()
        })
    });
    group.finish();
}

criterion_group!(benches, code_to_phrase, class);
criterion_main!(benches);
