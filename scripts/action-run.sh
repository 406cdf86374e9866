#!/usr/bin/env bash
# The GitHub Action's work: install newslint, then check with annotations (--format github).
# Inputs arrive as NEWSLINT_PATHS, NEWSLINT_ARGS, NEWSLINT_VERSION, NEWSLINT_SOURCE.
set -euo pipefail

if [ -n "${NEWSLINT_SOURCE:-}" ]; then
  spec="${NEWSLINT_SOURCE}"
elif [ -n "${NEWSLINT_VERSION:-}" ]; then
  spec="newslint==${NEWSLINT_VERSION}"
else
  spec="newslint"
fi
if [ -z "${NEWSLINT_SKIP_INSTALL:-}" ]; then
  python -m pip install --quiet --disable-pip-version-check "${spec}"
fi

# Word splitting of paths and args is intended: they are lists.
# shellcheck disable=SC2086
exec newslint check --format github ${NEWSLINT_ARGS:-} ${NEWSLINT_PATHS:-.}
