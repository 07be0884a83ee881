#!/usr/bin/env bash
# `retain capacity` on small_team.json (worked out by hand): Ada carries 2 enterprise and 2 mid-market
# accounts at capacity 3, so the lowest-ARR movable one (Mid Two, $20,004 ARR) is suggested to Cy, who has
# an empty book; Ben's two SMB accounts give him a capacity of 200 from the 1:200 tech-touch ratio.
# Headcount needed = ceil(2/20 + 2/50 + 4/200) = ceil(0.16) = 1. ARR = 12 x MRR summed = $418,812 with 8
# customers: below $1M and 100, so the first-hire signal is not reached. Usage: check_cli.sh path/to/retain.
set -uo pipefail
retain="${1:?usage: check_cli.sh path/to/retain}"
here="$(cd "$(dirname "$0")" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "check_cli(capacity): $*" >&2; failures=$((failures + 1)); }
run() { "$retain" "$@" >"$tmp/out" 2>"$tmp/err"; echo $?; }
has() { grep -qF -- "$1" "$tmp/out" || fail "stdout lacks \"$1\"; it was: $(cat "$tmp/out")"; }

[ "$(run capacity "$here/small_team.json" --json)" -eq 0 ] || fail "capacity --json: $(cat "$tmp/err")"
# One line per key in the indented JSON: each check reads one value.
tr -d '\n ' <"$tmp/out" >"$tmp/flat"
flat_has() { grep -qF -- "$1" "$tmp/flat" || fail "JSON lacks $1; it was: $(cat "$tmp/flat")"; }
flat_has '"headcount":{"comfortable":1,'
flat_has '"needed":1,"team":3'
flat_has '"accounts":4,"arr":41401200'
flat_has '"capacity":3,"capacity_set":true'
flat_has '"over":true'
flat_has '"capacity":200,"capacity_set":false'
flat_has '"moves":[{"account":"m2","arr":2000400,"from":"A","name":"MidTwo","to":"C"}],"overload_after":0,"overload_before":1'
flat_has '"reached":false'
flat_has '"customers":8'
flat_has '"arr":41881200,"arr_threshold":100000000'
flat_has '"unassigned_accounts":1'
flat_has '"accounts_with_unknown_owner":1'
flat_has '"model":"high_touch","ratio":{"high":20,"low":10}'

[ "$(run capacity "$here/small_team.json")" -eq 0 ] || fail "capacity (table): $(cat "$tmp/err")"
has "Headcount needed: 1 (comfortable 1); the team has 3"
has "Mid Two"
has "OVER"
has "First CS hire: Not yet"

[ "$(run capacity)" -eq 2 ] || fail "capacity without a file should exit 2"
[ "$(run capacity "$here/small_team.json" --bogus)" -eq 2 ] || fail "an unknown option should exit 2"
[ "$(run capacity "$here/no_such_file.json")" -eq 2 ] || fail "a missing file should exit 2"

[ "$failures" -eq 0 ] && echo "check_cli(capacity): all passed"
[ "$failures" -eq 0 ]
