#!/usr/bin/env bash
# Installs what the browser test needs: Debian's headless Chromium and playwright-core (driving that
# Chromium; it never downloads a browser of its own). Idempotent: a second run only checks and returns.
set -euo pipefail
cd "$(dirname "$0")"

# CHROMIUM names a browser installed some other way (not Debian): then nothing is installed.
if [ -z "${CHROMIUM:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
fi

if [ ! -f node_modules/playwright-core/package.json ]; then
  # The lock file pins the exact version; no browser download happens for playwright-core.
  npm ci --no-audit --no-fund --loglevel=error
fi
echo "e2e: $("${CHROMIUM:-chromium}" --version 2>/dev/null | head -1), playwright-core $(node -p "require('./node_modules/playwright-core/package.json').version")"
