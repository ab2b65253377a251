#!/usr/bin/env bash
# Runs every test. Installs what the tests need when it is missing (KLayout for the
# differential tests), then runs the Maven build with all tests.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v klayout >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "test.sh: installing KLayout (apt-get install -y klayout)"
    (apt-get install -y klayout >/dev/null 2>&1 || (apt-get update >/dev/null 2>&1 && apt-get install -y klayout >/dev/null 2>&1)) \
      || echo "test.sh: could not install KLayout; KLayout tests will be skipped with a message"
  else
    echo "test.sh: KLayout not found and cannot be installed here; KLayout tests will be skipped"
  fi
fi
exec mvn -B -ntp verify "$@"
