#!/usr/bin/env bash
# `retain playbooks run` on a generated demo workspace: the first run prints the tasks it creates (as JSON
# with --json) and writes them with --out; a second run on that file creates none; bad input exits 2.
# Usage: tests/data/playbooks/check_cli.sh path/to/retain.
set -uo pipefail
retain="${1:?usage: check_cli.sh path/to/retain}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "check_cli(playbooks): $*" >&2; failures=$((failures + 1)); }
run() { "$retain" "$@" >"$tmp/out" 2>"$tmp/err"; echo $?; }
created() { grep -o '"created": [0-9]*' "$tmp/out" | head -1 | grep -o '[0-9]*$'; }

ws="$tmp/ws.json"
[ "$(run demo --accounts 80 --out "$ws")" -eq 0 ] || fail "demo: $(cat "$tmp/err")"

[ "$(run playbooks run "$ws" --json --out "$tmp/ws2.json")" -eq 0 ] || fail "first run: $(cat "$tmp/err")"
first="$(created)"
[ -n "$first" ] && [ "$first" -gt 0 ] || fail "the first run on the demo should create tasks, created: '$first'"
grep -qF '"playbook": "pb-' "$tmp/out" || fail "the printed tasks name their playbook"
grep -qF '"as_of": "2026-11-15"' "$tmp/out" || fail "the run reads the workspace's as-of date"
grep -qF '"tasks":[' "$tmp/ws2.json" || fail "--out wrote no tasks"

[ "$(run playbooks run "$tmp/ws2.json" --json --out "$tmp/ws3.json")" -eq 0 ] || fail "second run: $(cat "$tmp/err")"
[ "$(created)" = "0" ] || fail "a second run should create no task, created: $(created)"
cmp -s "$tmp/ws2.json" "$tmp/ws3.json" || fail "a run that creates nothing should write the same workspace"

# A later date may find new matches, never the ones already open.
[ "$(run playbooks run "$tmp/ws2.json" --as-of 2026-11-16)" -eq 0 ] || fail "--as-of run: $(cat "$tmp/err")"
grep -qF "as of 2026-11-16" "$tmp/out" || fail "text output names the date: $(head -1 "$tmp/out")"

[ "$(run playbooks run "$ws" --as-of 2026-02-30)" -eq 2 ] || fail "an impossible --as-of should exit 2"
grep -qF -- "--as-of: expected YYYY-MM-DD" "$tmp/err" || fail "stderr should say what to fix: $(cat "$tmp/err")"
[ "$(run playbooks run "$tmp/missing.json")" -eq 2 ] || fail "a missing file should exit 2"
[ "$(run playbooks walk "$ws")" -eq 2 ] || fail "an unknown subcommand should exit 2"

[ "$failures" -eq 0 ] && echo "check_cli(playbooks): all passed"
exit $((failures > 0))
