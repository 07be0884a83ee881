#!/usr/bin/env bash
# `retain score`, `retain backtest` and `retain metrics` on the demo workspace: the JSON agrees with itself
# the way docs/metrics.md says it must (colors add up to the mix, contributions add up to the score, the
# backtest's colors add up to its samples, segments' MRR adds up to the whole), the tables print, and bad
# input exits 2 with a message. Usage: check_cli.sh path/to/retain (needs node for the JSON checks).
set -uo pipefail
retain="${1:?usage: check_cli.sh path/to/retain}"
demo="$(cd "$(dirname "$0")/../../.." && pwd)/assets/demo-workspace.json"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "check_cli(analytics): $*" >&2; failures=$((failures + 1)); }
run() { "$retain" "$@" >"$tmp/out" 2>"$tmp/err"; echo $?; }
# Runs a node expression over the last stdout as `j`; it must print "ok".
json_ok() {
  local what="$1" expr="$2" got
  got=$(node -e "const j = JSON.parse(require('fs').readFileSync('$tmp/out', 'utf8')); console.log(($expr) ? 'ok' : 'no')" 2>&1)
  [ "$got" = ok ] || fail "$what ($got)"
}

[ "$(run score "$demo" --json)" -eq 0 ] || fail "score --json: $(cat "$tmp/err")"
json_ok "score: the mix counts each color of the accounts" \
  "['red','yellow','green'].every(c => j.mix[c] === j.accounts.filter(a => a.color === c).length) && j.mix.red > 0"
json_ok "score: each scored account's contributions add up to its score" \
  "j.accounts.filter(a => a.score !== null).every(a => Math.abs(a.measures.reduce((s, m) => s + m.contribution, 0) - a.score) < 0.01)"
json_ok "score: not-scored accounts have a reason" "j.accounts.filter(a => a.score === null).every(a => a.why.length > 0)"

[ "$(run score "$demo" --account ACC-00001)" -eq 0 ] || fail "score --account: $(cat "$tmp/err")"
grep -q "Active users / seats" "$tmp/out" || fail "score --account lists no measures: $(cat "$tmp/out")"
[ "$(run score "$demo" --account NOPE)" -eq 2 ] || fail "score --account NOPE should exit 2"
grep -q 'no account with id "NOPE"' "$tmp/err" || fail "score --account NOPE: $(cat "$tmp/err")"

[ "$(run backtest "$demo" --horizon 90 --json)" -eq 0 ] || fail "backtest --json: $(cat "$tmp/err")"
json_ok "backtest: the demo's usage drops precede churn, so AUC is well above 0.5" "j.auc > 0.6 && j.auc <= 1"
json_ok "backtest: samples by color add up to the scored samples" \
  "['red','yellow','green'].reduce((s, c) => s + j.by_color[c].samples, 0) === j.scored"
json_ok "backtest: a proposal with its AUCs" "j.proposal.ok && j.proposal.auc_proposed >= j.proposal.auc_current - 1e-9"
[ "$(run backtest "$demo" --horizon 0)" -eq 2 ] || fail "backtest --horizon 0 should exit 2"

[ "$(run metrics "$demo" --json)" -eq 0 ] || fail "metrics --json: $(cat "$tmp/err")"
cp "$tmp/out" "$tmp/all.json"
json_ok "metrics: twelve months by default, MRR = 12ths of ARR" \
  "j.all.months.length === 12 && j.all.months.every(m => m.arr === m.mrr * 12)"
json_ok "metrics: NRR at or above GRR, GRR at most 100%" "j.all.trailing_12.nrr >= j.all.trailing_12.grr && j.all.trailing_12.grr <= 1"
[ "$(run metrics "$demo" --by segment --json)" -eq 0 ] || fail "metrics --by segment: $(cat "$tmp/err")"
total=$(node -e "const j = JSON.parse(require('fs').readFileSync('$tmp/all.json', 'utf8')); console.log(j.all.months[11].mrr)")
json_ok "metrics: the segments' MRR adds up to the whole" \
  "j.groups.reduce((s, g) => s + g.metrics.months[g.metrics.months.length - 1].mrr, 0) === $total"
[ "$(run metrics "$demo" --from 2026-06 --to 2026-08)" -eq 0 ] || fail "metrics --from --to: $(cat "$tmp/err")"
grep -q "2026-07" "$tmp/out" || fail "metrics table lacks 2026-07: $(cat "$tmp/out")"
[ "$(run metrics "$demo" --from 2026-09 --to 2026-01)" -eq 2 ] || fail "metrics with --from after --to should exit 2"
[ "$(run metrics "$demo" --by region)" -eq 2 ] || fail "metrics --by region should exit 2"

[ "$failures" -eq 0 ] && echo "check_cli(analytics): all passed"
exit $((failures > 0))
