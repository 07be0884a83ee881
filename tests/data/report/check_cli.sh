#!/usr/bin/env bash
# `retain report` on the committed demo workspace: the QBR pack and the team report in HTML and Markdown
# carry the figures `retain metrics` and `retain export` give for the same workspace (NRR, GRR, the
# account's ARR), the HTML is self-contained (no script, nothing loaded from outside), --out writes the
# file, and bad input exits 2 with a message. Usage: check_cli.sh path/to/retain (needs node).
set -uo pipefail
retain="${1:?usage: check_cli.sh path/to/retain}"
demo="$(cd "$(dirname "$0")/../../.." && pwd)/assets/demo-workspace.json"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "check_cli(report): $*" >&2; failures=$((failures + 1)); }
run() { "$retain" "$@" >"$tmp/out" 2>"$tmp/err"; echo $?; }
has() { grep -qF -- "$1" "$2" || fail "$3"; }
# A ratio from the metrics JSON as the reports print it: 0.9734 -> 97.3%.
pct() { node -e "const j = JSON.parse(require('fs').readFileSync('$tmp/metrics.json', 'utf8')); console.log(($1 * 100).toFixed(1) + '%')"; }

[ "$(run metrics "$demo" --json)" -eq 0 ] || fail "metrics --json: $(cat "$tmp/err")"
cp "$tmp/out" "$tmp/metrics.json"
nrr="$(pct j.all.trailing_12.nrr)"
grr="$(pct j.all.trailing_12.grr)"
case "$nrr" in *%) ;; *) fail "could not read NRR from retain metrics --json: $nrr" ;; esac

[ "$(run report team "$demo")" -eq 0 ] || fail "report team: $(cat "$tmp/err")"
cp "$tmp/out" "$tmp/team.html"
has "<!DOCTYPE html>" "$tmp/team.html" "the team report is an HTML document"
has "<dt>NRR</dt><dd>$nrr</dd>" "$tmp/team.html" "the team report's NRR is not retain metrics' $nrr"
has "<dt>GRR</dt><dd>$grr</dd>" "$tmp/team.html" "the team report's GRR is not retain metrics' $grr"
has "Top requests" "$tmp/team.html" "the team report has its top requests"
grep -qF "No feedback recorded" "$tmp/team.html" && fail "the demo has feedback, but the team report says none is recorded"
for bad in "<script" "http:" "https:" "src=" "href="; do
  grep -qF -- "$bad" "$tmp/team.html" && fail "the team report holds \"$bad\""
done

[ "$(run report team "$demo" --format md --out "$tmp/team.md")" -eq 0 ] || fail "report team --format md: $(cat "$tmp/err")"
[ -s "$tmp/out" ] && fail "--out should leave stdout empty"
has "- **NRR:** $nrr" "$tmp/team.md" "the Markdown team report's NRR is not $nrr"
head -1 "$tmp/team.md" | grep -q '^# ' || fail "the Markdown report starts with a title: $(head -1 "$tmp/team.md")"

# The QBR pack of ACC-00001: its name and its ARR as the accounts CSV gives it.
[ "$(run export "$demo" --entity accounts)" -eq 0 ] || fail "export accounts: $(cat "$tmp/err")"
read -r name arr < <(node -e "
  const lines = require('fs').readFileSync('$tmp/out', 'utf8').split('\r\n');
  const h = lines[0].split(','); const row = lines.find((l) => l.startsWith('ACC-00001,')).split(',');
  console.log(row[h.indexOf('name')].replace(/ /g, '_') + ' \$' + String(Math.round(Number(row[h.indexOf('arr')]))).replace(/\B(?=(\d{3})+(?!\d))/g, ','));")
name="${name//_/ }"
[ "$(run report account ACC-00001 "$demo" --format html)" -eq 0 ] || fail "report account: $(cat "$tmp/err")"
has "<h1>$name: account review</h1>" "$tmp/out" "the QBR pack's title names $name"
has "<dt>ARR</dt><dd>$arr</dd>" "$tmp/out" "the QBR pack's ARR is not the accounts CSV's $arr"
has "<h2>Open risks</h2>" "$tmp/out" "the QBR pack has its risks"
grep -qF "<script" "$tmp/out" && fail "the QBR pack holds a script"
[ "$(run report account ACC-00001 "$demo" --format md)" -eq 0 ] || fail "report account --format md: $(cat "$tmp/err")"
has "# $name: account review" "$tmp/out" "the Markdown QBR pack's title names $name"

[ "$(run report account NOPE "$demo")" -eq 2 ] || fail "an unknown account should exit 2"
has 'no account with id "NOPE"' "$tmp/err" "report account NOPE says why: $(cat "$tmp/err")"
[ "$(run report team "$demo" --format pdf)" -eq 2 ] || fail "--format pdf should exit 2"
has "--format: expected html or md" "$tmp/err" "report --format pdf says what to fix: $(cat "$tmp/err")"
[ "$(run report weekly "$demo")" -eq 2 ] || fail "an unknown report should exit 2"
[ "$(run report team "$tmp/missing.json")" -eq 2 ] || fail "a missing file should exit 2"

[ "$failures" -eq 0 ] && echo "check_cli(report): all passed"
exit $((failures > 0))
