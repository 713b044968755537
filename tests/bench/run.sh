#!/bin/sh
# run.sh: `make bench` (full: 100k and 1M rows) or `make bench-quick`.
# Installs python3-pandas when missing (the comparison), then runs bench.py.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
if ! /usr/bin/python3 -c 'import pandas' 2>/dev/null; then
	if [ "$(id -u)" -eq 0 ]; then
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-pandas >/dev/null ||
			echo "bench: python3-pandas not installed; pandas columns skipped" >&2
	else
		echo "bench: python3-pandas missing; pandas columns skipped" >&2
	fi
fi
exec /usr/bin/python3 "$top/tests/bench/bench.py" "$@"
