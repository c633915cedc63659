#!/usr/bin/env bash
# Installs Debian's Chromium and ChromeDriver, which the report's page tests drive headless.
# GraphBuilder itself does not need a browser. Playwright's and Selenium's own browser downloads
# do not work on these machines, so the tests use the Debian packages at /usr/bin.
set -euo pipefail

if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  echo "install-browser: $(chromium --version 2>/dev/null | head -1) and chromedriver already installed"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
echo "install-browser: installed $(chromium --version 2>/dev/null | head -1)"
