#!/usr/bin/env bash
# Installs what run.sh needs: hyperfine (Debian's package) and ajv-cli with ajv-formats, at the
# versions package-lock.json pins (npm ci installs exactly those, into node_modules/ here).
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v hyperfine >/dev/null; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update
    $sudo apt-get install -y hyperfine
fi
npm ci --no-audit --no-fund
hyperfine --version
./node_modules/.bin/ajv help >/dev/null && echo "ajv-cli $(node -p "require('./node_modules/ajv-cli/package.json').version"), ajv $(node -p "require('./node_modules/ajv/package.json').version"), ajv-formats $(node -p "require('./node_modules/ajv-formats/package.json').version")"
