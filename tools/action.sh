#!/usr/bin/env bash
# The shell step of action.yml: install apismith from the action's checkout, lint the
# specs into a SARIF report, then (unless APISMITH_CHECK is "false") run `apismith check`,
# then (when APISMITH_DIFF_BASE names a git revision) `apismith diff --fail-on breaking`
# of each spec file against that revision. Exit status: the first step that failed.
set -uo pipefail
: "${APISMITH_ACTION_PATH:?}" "${APISMITH_SPECS:=.}" "${APISMITH_CHECK:=true}"
: "${APISMITH_SARIF:=apismith.sarif}" "${APISMITH_PYTHON:=python3}" "${APISMITH_DIFF_BASE:=}"
# APISMITH_BIN: a directory holding an installed apismith (skips the install).
bin="${APISMITH_BIN:-}"
if [ -z "$bin" ]; then
  venv="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/apismith-venv"
  "$APISMITH_PYTHON" -m venv "$venv" || exit 2
  "$venv/bin/python" -m pip install --quiet "$APISMITH_ACTION_PATH" || exit 2
  bin="$venv/bin"
fi
read -r -a specs <<< "$APISMITH_SPECS"
"$bin/apismith" lint "${specs[@]}" --format sarif --output "$APISMITH_SARIF"
status=$?
"$bin/apismith" lint "${specs[@]}" --format github --specs-only || true  # annotations
if [ "$APISMITH_CHECK" != "false" ] && [ "$status" -eq 0 ]; then
  "$bin/apismith" check
  status=$?
fi
if [ -n "$APISMITH_DIFF_BASE" ] && [ "$status" -eq 0 ]; then
  for spec in "${specs[@]}"; do
    [ -f "$spec" ] || continue  # a directory: its files are not known at the revision
    "$bin/apismith" diff "git:$APISMITH_DIFF_BASE:$spec" "$spec" --format github --fail-on breaking
    diff_status=$?
    [ "$status" -eq 0 ] && status=$diff_status
  done
fi
exit "$status"
