#!/usr/bin/env bash
# `retain csv` on the fixtures beside this script: the rows it prints, the notes and errors it writes and
# its exit status. Usage: tests/data/csv/check_cli.sh path/to/retain. Prints one line per failure and
# exits 1 if there was any; needs only bash, diff and grep.
set -uo pipefail
retain="${1:?usage: check_cli.sh path/to/retain}"
here="$(cd "$(dirname "$0")" && pwd)"
out="$(mktemp)"
err="$(mktemp)"
trap 'rm -f "$out" "$err"' EXIT
failures=0

fail() {
  echo "check_cli: $*" >&2
  failures=$((failures + 1))
}

# expect STATUS FILE ARGS...: runs `retain csv FILE ARGS...`, checks the exit status.
expect() {
  local status="$1" file="$2"
  shift 2
  "$retain" csv "$here/$file" "$@" >"$out" 2>"$err"
  local got=$?
  [ "$got" -eq "$status" ] || fail "$file: exit $got, expected $status; stderr: $(cat "$err")"
}
stdout_is() { diff -u "$here/$1" "$out" >/dev/null || fail "$1: stdout differs: $(diff -u "$here/$1" "$out" | head -20)"; }
stderr_has() { grep -qF -- "$1" "$err" || fail "stderr lacks \"$1\"; it was: $(cat "$err")"; }
stdout_empty() { [ ! -s "$out" ] || fail "stdout should be empty, was: $(head -c 200 "$out")"; }

expect 0 windows1252_preamble.csv --json
stdout_is windows1252_preamble.expected.json
stderr_has "windows1252_preamble.csv: note: read as Windows-1252"
stderr_has "windows1252_preamble.csv:5: note: not valid UTF-8 (byte 0xE9 at byte offset 71), so read as Windows-1252"
stderr_has "windows1252_preamble.csv: note: header on line 4"

expect 0 excel_unicode_text.txt --json
stdout_is excel_unicode_text.expected.json
stderr_has "excel_unicode_text.txt: note: read as UTF-16 LE"

expect 0 excel_unicode_text.txt
grep -qF "UTF-16 LE, delimiter tab (detected), header on line 1, 3 columns, 1 row below it" "$out" ||
  fail "summary of excel_unicode_text.txt: $(cat "$out")"

expect 2 unclosed_quote.csv --json
stdout_empty
stderr_has "unclosed_quote.csv:3:3: the quote that opens field 2 is never closed"

expect 2 ragged_rows.csv --json
stdout_empty
stderr_has "ragged_rows.csv:4: expected 3 fields (as in the header), found 2"
stderr_has "ragged_rows.csv:5: expected 3 fields (as in the header), found 4"

# stdin, and a forced delimiter
printf 'a;b\n1,5;2\n' | "$retain" csv - --delimiter ';' --json >"$out" 2>"$err" || fail "stdin: exit $?"
printf '[\n["a","b"],\n["1,5","2"]\n]\n' | diff -u - "$out" >/dev/null || fail "stdin: stdout was $(cat "$out")"

# bad options and a binary file
"$retain" csv "$here/ragged_rows.csv" --delimiter '""' >"$out" 2>"$err"
[ $? -eq 2 ] || fail "--delimiter '\"\"' should exit 2"
printf 'a,b\n1,\0\n' | "$retain" csv - >"$out" 2>"$err"
[ $? -eq 2 ] || fail "a NUL byte should exit 2"
stderr_has "<stdin>:2: this looks like a binary file, not CSV"

[ "$failures" -eq 0 ] && echo "check_cli: all passed"
[ "$failures" -eq 0 ]
