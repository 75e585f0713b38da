#!/usr/bin/env bash
# The browser and crash tests: installs Chromium + playwright-core if needed, builds the API in Release,
# then runs the node tests (each starts its own server on a free loopback port with a temporary index).
set -euo pipefail
cd "$(dirname "$0")"
./install.sh
dotnet build ../../src/SearchEngine.Api/SearchEngine.Api.csproj -c Release -nologo -v q >/dev/null
# One test file at a time: both start servers, and the machine has 2 cores.
node --test --test-concurrency=1 --test-reporter=spec ./*.test.mjs
