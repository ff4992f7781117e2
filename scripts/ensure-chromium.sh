#!/bin/sh
# Make sure Debian's Chromium is installed for the browser test (playwright-core never downloads browsers).
# Used by .ci/run; CI runs as root with network access to Debian's mirrors.
set -eu
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
# The version comes from dpkg, not `chromium --version`: Debian's launcher runs /etc/chromium.d/dev-shm, which prints
# "[: ...: unexpected operator" where findmnt reports /dev/shm twice.
version() { dpkg-query -W -f='${Version}' chromium 2>/dev/null || echo "$CHROMIUM"; }
if [ -x "$CHROMIUM" ]; then
  echo "chromium present: $(version)"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "chromium is missing and this is not root: run 'sudo apt-get install -y chromium'" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
echo "chromium installed: $(version)"
