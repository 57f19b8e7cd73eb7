#!/usr/bin/env bash
# npm test: type check, lint, unit tests, end-to-end tests.
# The production build that the end-to-end tests serve starts first and runs beside lint
# (single-threaded), so that two cores are busy; it skips its own type check, which
# `npm run typecheck` does for it once the build is done: the build rewrites .next/types, which
# the type check reads, and a type check running beside it once read a half-written file.
# The end-to-end run then reuses that build (E2E_SKIP_BUILD=1).
set -uo pipefail
build_log=$(mktemp)
NEXT_SKIP_TYPECHECK=1 npx next build >"$build_log" 2>&1 &
build=$!
checks=0
npm run lint || checks=$?
wait $build
built=$?
if [ $built -ne 0 ]; then
  cat "$build_log"
  echo "next build failed (exit $built)" >&2
  exit $built
fi
tail -n 3 "$build_log"
rm -f "$build_log"
npm run typecheck || checks=$?
[ $checks -eq 0 ] || exit $checks
npm run test:unit || exit $?
E2E_SKIP_BUILD=1 npm run test:e2e
