#!/usr/bin/env bash
# `retain import` and `retain export` on the fixtures beside this script: exit statuses, the issue lines
# on stderr, and that a failing import writes nothing. Usage: tests/data/import/check_cli.sh path/to/retain.
set -uo pipefail
retain="${1:?usage: check_cli.sh path/to/retain}"
here="$(cd "$(dirname "$0")" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "check_cli(import): $*" >&2; failures=$((failures + 1)); }
run() { "$retain" "$@" >"$tmp/out" 2>"$tmp/err"; echo $?; }
stderr_has() { grep -qF -- "$1" "$tmp/err" || fail "stderr lacks \"$1\"; it was: $(cat "$tmp/err")"; }
stdout_has() { grep -qF -- "$1" "$tmp/out" || fail "stdout lacks \"$1\"; it was: $(cat "$tmp/out")"; }

ws="$tmp/ws.json"
[ "$(run import "$here/hubspot_companies.csv" "$here/stripe_subscriptions.csv" --today 2026-11-15 --out "$ws")" -eq 0 ] ||
  fail "good import: $(cat "$tmp/err")"
stdout_has "accounts: 2 to add"
stdout_has "subscriptions: 2 to add"
[ -s "$ws" ] || fail "good import wrote no workspace"

[ "$(run export "$ws" --entity subscriptions)" -eq 0 ] || fail "export: $(cat "$tmp/err")"
stdout_has "101,sub_1,Pro,2025-01-15,,1200.00,month"
[ "$(run export "$ws" --entity nothing)" -eq 2 ] || fail "export of an unknown entity should exit 2"

bad="$tmp/bad.json"
[ "$(run import "$here/bad_rows.csv" "$here/bad_usage.csv" --out "$bad")" -eq 2 ] || fail "bad import should exit 2"
stderr_has "bad_rows.csv:3:3: error: Seats cannot be negative"
stderr_has "bad_rows.csv:4:4: error: expected a date"
stderr_has "bad_usage.csv:3:1: error: no account with id \"ZZZ\""
[ ! -e "$bad" ] || fail "a failing import wrote $bad"

[ "$(run import "$here/bad_rows.csv" "$here/bad_usage.csv" --out "$bad" --skip-bad-rows)" -eq 0 ] ||
  fail "--skip-bad-rows should commit the good rows: $(cat "$tmp/err")"
[ -s "$bad" ] || fail "--skip-bad-rows wrote nothing"

# merge into an existing workspace, an edited mapping, and option errors
[ "$(run import "$here/bad_usage.csv" --into "$ws" --map account_name=account --out "$tmp/m.json")" -eq 2 ] ||
  fail "usage naming unknown accounts by name should exit 2"
[ "$(run import "$here/hubspot_companies.csv" --map nosuchfield=Region --out "$tmp/m.json")" -eq 2 ] ||
  fail "--map to an unknown field should exit 2"
[ "$(run import "$here/hubspot_companies.csv")" -eq 2 ] || fail "a missing --out should exit 2"
[ "$(run import "$here/hubspot_companies.csv" --entity nothing --out "$tmp/m.json")" -eq 2 ] || fail "--entity nothing should exit 2"
[ "$(run import --help)" -eq 0 ] || fail "import --help should exit 0"

# presets: a built-in one by name; an unknown name is bad input (a preset that fits a file's headers is
# used by itself: tests/unit/io/import_saved_presets_test.cpp)
[ "$(run import "$here/hubspot_companies.csv" --preset "HubSpot companies" --today 2026-11-15 --out "$tmp/p.json")" -eq 0 ] ||
  fail "--preset \"HubSpot companies\": $(cat "$tmp/err")"
stdout_has "accounts: 2 to add"
[ "$(run import "$here/hubspot_companies.csv" --preset "Nope" --out "$tmp/p.json")" -eq 2 ] || fail "--preset Nope should exit 2"
stderr_has "--preset: no preset named \"Nope\""

[ "$failures" -eq 0 ] && echo "check_cli(import): all passed"
[ "$failures" -eq 0 ]
