#!/bin/sh
# stop.sh: stop the cluster start.sh made in DIR and remove DIR.
dir=$1
[ -d "$dir" ] || exit 0
bin=""
for d in "$(pg_config --bindir 2>/dev/null || true)" /usr/lib/postgresql/*/bin; do
	[ -n "$d" ] && [ -x "$d/pg_ctl" ] && bin=$d
done
as=""
if [ "$(id -u)" -eq 0 ]; then
	user=$(stat -c %U "$dir")
	as="runuser -u $user --"
fi
if [ -n "$bin" ] && [ -f "$dir/data/postmaster.pid" ]; then
	$as "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1
fi
rm -rf "$dir"
