#!/usr/bin/env bash
# Runs the unit and/or end-to-end tests with the clock of every process (test runner, seed, both
# servers, the browser) moved to one instant, to prove that no test depends on the day it runs:
#   scripts/test-at-clock.sh "2027-03-28 00:45:00" [unit|e2e|all]     (the instant is UTC)
# It uses libfaketime (Debian: apt-get install faketime) with a relative offset, not "@instant":
# "@" would start each process's clock at that instant when the process starts, so the two servers
# and the test runner would disagree about the time; an offset keeps them on one clock that runs on.
set -euo pipefail
at="${1:?usage: scripts/test-at-clock.sh "YYYY-MM-DD HH:MM:SS" [unit|e2e|all]}"
what="${2:-all}"
command -v faketime >/dev/null || { echo "faketime fehlt: apt-get install faketime" >&2; exit 1; }
offset=$(( $(date -u -d "$at UTC" +%s) - $(date -u +%s) ))
sign="+"; [ "$offset" -lt 0 ] && sign=""
echo "Uhr der Tests: $(faketime -f "${sign}${offset}" date -u '+%Y-%m-%d %H:%M:%S UTC')"
if [ "$what" = unit ] || [ "$what" = all ]; then faketime -f "${sign}${offset}" npx vitest run; fi
# CI=1: never reuse a server that runs on the real clock.
if [ "$what" = e2e ] || [ "$what" = all ]; then CI=1 faketime -f "${sign}${offset}" npx playwright test; fi
