#!/usr/bin/env bash
# Measures what statuscodes adds to a release binary (LTO, one codegen unit,
# stripped), side by side with the `http` crate doing the same job.
#
#   scripts/binary-size.sh [PROGRAM...]     (default: all of them)
#
# Each program reads a code from its first argument (so nothing is
# computed at compile time) and prints what it looked up. The baseline
# prints the number alone; every other row is reported as bytes over it.
#
#   baseline        parse the argument, print it
#   http            StatusCode::from_u16 + canonical_reason
#   phrase          Status::from_u16 + reason_phrase
#   description     ... + description
#   name-in         ... + name_in(Ecosystem::Go)
#   from-name       Status::from_name_in(Ecosystem::Go, argument)
#   lookup          Status::lookup(argument), every ecosystem
#   parse           argument.parse::<Status>() (code, variant or phrase)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# name, dependency line, body of main (has `arg: String`)
make_program() {
    mkdir -p "$work/$1/src"
    cat >"$work/$1/Cargo.toml" <<EOF
[package]
name = "size-$1"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
$2

[profile.release]
lto = true
codegen-units = 1
strip = true

[workspace]
EOF
    cat >"$work/$1/src/main.rs" <<EOF
fn main() {
    let arg = std::env::args().nth(1).unwrap_or_default();
    $3
}
EOF
}

ours="statuscodes = { path = \"$root\" }"
code='let code: u16 = arg.parse().unwrap_or(0);'

make_program baseline "" "$code println!(\"{code}\");"
make_program http 'http = "1"' "$code
    if let Ok(s) = http::StatusCode::from_u16(code) {
        println!(\"{}\", s.canonical_reason().unwrap_or(\"\"));
    }"
make_program phrase "$ours" "$code
    if let Some(s) = statuscodes::Status::from_u16(code) {
        println!(\"{}\", s.reason_phrase());
    }"
make_program description "$ours" "$code
    if let Some(s) = statuscodes::Status::from_u16(code) {
        println!(\"{} {}\", s.reason_phrase(), s.description());
    }"
make_program name-in "$ours" "$code
    if let Some(s) = statuscodes::Status::from_u16(code) {
        println!(\"{} {:?}\", s.reason_phrase(), s.name_in(statuscodes::Ecosystem::Go));
    }"
make_program from-name "$ours" "println!(\"{:?}\", statuscodes::Status::from_name_in(statuscodes::Ecosystem::Go, &arg).map(|s| s.code()));"
make_program lookup "$ours" "println!(\"{:?}\", statuscodes::Status::lookup(&arg).next().map(|n| n.status().code()));"
make_program parse "$ours" "println!(\"{:?}\", arg.parse::<statuscodes::Status>().map(|s| s.code()).ok());"

all="baseline http phrase description name-in from-name lookup parse"
programs="baseline http ${*:-${all#baseline http }}"
declare -A size
for p in $programs; do
    (cd "$work/$p" && cargo build --quiet --release 2>&1)
    size[$p]=$(stat -c %s "$work/$p/target/release/size-$p")
done

base=${size[baseline]}
printf '%-12s %10s %12s\n' program bytes 'over baseline'
for p in $programs; do
    printf '%-12s %10d %12d\n' "$p" "${size[$p]}" $((size[$p] - base))
done
http=$((size[http] - base))
phrase=$((size[phrase] - base))
echo
echo "from_u16 + reason_phrase adds $phrase bytes; http's from_u16 + canonical_reason adds $http bytes"
if [ "$http" -gt 0 ]; then
    echo "ratio: $(echo "scale=2; $phrase / $http" | bc)  (goal: at most 2)"
fi
