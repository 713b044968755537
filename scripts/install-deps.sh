#!/bin/sh
# install-deps.sh: install the Debian packages growthstat needs, only those
# missing. Does nothing (and needs no root) when everything is present.
# chromium is for the tests only: tests/cli/053-report-browser.sh renders
# the report page in it (skipped, and said so, where it cannot run), and
# python3-pandas and python3-statsmodels are for tests/cli/100-resample.sh,
# which checks --frequency against pandas' resample on statsmodels' data.
set -eu

# PG=no (make PG=no): a build without PostgreSQL needs neither libpq-dev nor
# the server the tests start.
PKGS="gcc make pkg-config libsqlite3-dev sqlite3 libcsv-dev libcmocka-dev gnuplot-nox perl python3 python3-numpy python3-pandas python3-statsmodels chromium"
if [ "${PG:-yes}" != no ]; then
	PKGS="$PKGS libpq-dev postgresql"
fi

missing=""
for p in $PKGS; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed'; then
		missing="$missing $p"
	fi
done
[ -z "$missing" ] && exit 0

echo "install-deps: installing:$missing" >&2
if [ "$(id -u)" -ne 0 ]; then
	if command -v sudo >/dev/null 2>&1; then
		SUDO=sudo
	else
		echo "install-deps: not root and no sudo; install:$missing" >&2
		exit 1
	fi
else
	SUDO=""
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
