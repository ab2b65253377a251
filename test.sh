#!/usr/bin/env bash
# Runs every test. Installs what the tests need when it is missing (KLayout for the
# differential tests, Chromium for the HTML rendering test), then runs the Maven build.
set -euo pipefail
cd "$(dirname "$0")"
# KLayout is the reference the differential tests compare with; Chromium renders the HTML report.
need() { # need COMMAND DEBIAN-PACKAGE
  command -v "$1" >/dev/null 2>&1 && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "test.sh: installing $2 (apt-get install -y $2)"
    (apt-get install -y "$2" >/dev/null 2>&1 || (apt-get update >/dev/null 2>&1 && apt-get install -y "$2" >/dev/null 2>&1)) \
      || echo "test.sh: could not install $2; the tests that need it will be skipped with a message"
  else
    echo "test.sh: $1 not found and cannot be installed here; the tests that need it will be skipped"
  fi
}
need klayout klayout
need chromium chromium
exec mvn -B -ntp verify "$@"
