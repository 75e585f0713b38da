#!/usr/bin/env bash
# The one test command (README "Set up"): builds with warnings as errors, runs every test project,
# and ends with a plain "N passed, N failed" line that CI reads.
set -euo pipefail
cd "$(dirname "$0")"

results=TestResults
rm -rf "$results"
status=0
dotnet test SearchEngine.sln -c Release --logger "trx;LogFilePrefix=r" --results-directory "$results" || status=$?

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  p=$(grep -o '<Counters [^>]*' "$trx" | grep -o 'passed="[0-9]*"' | grep -o '[0-9]*' || echo 0)
  f=$(grep -o '<Counters [^>]*' "$trx" | grep -o 'failed="[0-9]*"' | grep -o '[0-9]*' || echo 0)
  passed=$((passed + p)); failed=$((failed + f))
done
if [ "$passed" -eq 0 ] && [ "$status" -eq 0 ]; then status=1; echo "no test ran"; fi
echo "$passed passed, $failed failed"
exit "$status"
