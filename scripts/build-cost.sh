#!/usr/bin/env bash
# Measures what depending on statuscodes costs a clean debug build, side by
# side with depending on the `http` crate, alternating the two for several
# rounds so that machine noise hits both alike. Prints every round, the
# medians, the ratio, and the crates in each build graph.
#
#   scripts/build-cost.sh [ROUNDS]        (default 5)
#
# Each build is `cargo build` of a throwaway package whose only dependency is
# the crate under test, in its own target directory, after `cargo clean`.
# Incremental compilation is off, as it is for a dependency from the crates
# registry: Cargo turns it on for path dependencies only, and it would make
# the path dependency on statuscodes pay a cost that users never pay.
set -euo pipefail

rounds=${1:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# name, dependency line
make_package() {
    mkdir -p "$work/$1/src"
    printf '[package]\nname = "cost-%s"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n[dependencies]\n%s\n\n[workspace]\n' "$1" "$2" >"$work/$1/Cargo.toml"
    echo 'fn main() {}' >"$work/$1/src/main.rs"
}

make_package statuscodes "statuscodes = { path = \"$root\" }"
make_package statuscodes-all "statuscodes = { path = \"$root\", features = [\"std\", \"serde\", \"http\", \"http02\", \"strum\"] }"
make_package http 'http = "1"'

for p in statuscodes statuscodes-all http; do
    (cd "$work/$p" && cargo fetch --quiet)
done

# Wall-clock seconds of one clean build.
build_seconds() {
    (
        cd "$work/$1"
        cargo clean --quiet
        start=$(date +%s.%N)
        CARGO_INCREMENTAL=0 cargo build --quiet --offline
        end=$(date +%s.%N)
        echo "$end - $start" | bc
    )
}

median() {
    sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

declare -A times
echo "round  statuscodes  http  statuscodes(all features)"
for round in $(seq 1 "$rounds"); do
    s=$(build_seconds statuscodes)
    h=$(build_seconds http)
    a=$(build_seconds statuscodes-all)
    times[statuscodes]+="$s "
    times[http]+="$h "
    times[statuscodes-all]+="$a "
    printf '%5d  %11.2f  %4.2f  %25.2f\n' "$round" "$s" "$h" "$a"
done

ms=$(echo "${times[statuscodes]}" | tr ' ' '\n' | grep . | median)
mh=$(echo "${times[http]}" | tr ' ' '\n' | grep . | median)
ma=$(echo "${times[statuscodes-all]}" | tr ' ' '\n' | grep . | median)
echo
echo "median clean debug build: statuscodes ${ms}s, http ${mh}s, statuscodes with all features ${ma}s"
echo "ratio statuscodes / http (default features): $(echo "scale=2; $ms / $mh" | bc)  (goal: at most 1.5)"
echo "ratio statuscodes / http (all features):     $(echo "scale=2; $ma / $mh" | bc)"
echo
for p in statuscodes http statuscodes-all; do
    echo "crates built for $p:"
    (cd "$work/$p" && cargo tree --offline --edges normal,build --prefix none --format '  {p}' | sort -u | grep -v "cost-")
done
