# make install: binary, man page, bash completion, the cron wrapper (where
# the README's crontab line points) and the license land under DESTDIR;
# the installed wrapper runs the installed binary from cron's short PATH
. "$GS_TOP/tests/cli/lib.sh"

if make -s -C "$GS_TOP" install DESTDIR="$T/root" PREFIX=/usr >"$T/out" 2>&1; then
	ok "make install"
else
	notok "make install failed: $(tail -3 "$T/out")"
fi
for f in bin/growthstat share/man/man1/growthstat.1 \
	 share/bash-completion/completions/growthstat \
	 share/growthstat/cron-ingest.sh share/doc/growthstat/LICENSE; do
	[ -f "$T/root/usr/$f" ] && ok "installed $f" || notok "missing $f"
done
"$T/root/usr/bin/growthstat" --version >/dev/null && ok "installed binary runs" || notok "installed binary"
if command -v man >/dev/null 2>&1; then
	w=$(man --warnings "$T/root/usr/share/man/man1/growthstat.1" 2>&1 >/dev/null)
	expect_eq "$w" "" "man page renders without warnings"
fi
if command -v bash >/dev/null 2>&1; then
	got=$(PATH="$T/root/usr/bin:$PATH" bash -c '
		. "$1"
		COMP_WORDS=(growthstat gr); COMP_CWORD=1; _growthstat
		echo "${COMPREPLY[*]}"
		COMP_WORDS=(growthstat project --me); COMP_CWORD=2; _growthstat
		echo "${COMPREPLY[*]}"' _ "$T/root/usr/share/bash-completion/completions/growthstat")
	expect_eq "$(echo "$got" | sed -n 1p)" "growth" "completion of a command"
	expect_eq "$(echo "$got" | sed -n 2p)" "--method" "completion of an option from --help"
fi

# The README's crontab line: PREFIX/share/growthstat/cron-ingest.sh
w="$T/root/usr/share/growthstat/cron-ingest.sh"
[ -x "$w" ] && ok "the cron wrapper is executable" || notok "cron wrapper not executable"
grep -q 'Permission is hereby granted, free of charge' \
	"$T/root/usr/share/doc/growthstat/LICENSE" 2>/dev/null &&
	ok "the MIT license is installed" || notok "no MIT license installed"

# Installed for real under a prefix of its own, the wrapper finds its
# binary without $GROWTHSTAT and with cron's PATH (no growthstat on it).
P="$T/prefix"
if make -s -C "$GS_TOP" install PREFIX="$P" >"$T/out" 2>&1; then
	ok "make install PREFIX=..."
else
	notok "make install PREFIX failed: $(tail -3 "$T/out")"
fi
H='series,period,kind,value,unit,qualifier,base,as_of,source,note'
mkdir "$T/drop"
{ echo "$H"; echo 'inst.a,2024,level,7,rubles,,,2025-01-01,s,'; } >"$T/drop/a.csv"
touch -d 2020-01-01 "$T/drop/a.csv"
run env -u GROWTHSTAT PATH=/usr/bin:/bin sh "$P/share/growthstat/cron-ingest.sh" \
	-d "$T/cron.db" "$T/drop"
expect_rc 0 "the installed wrapper loads a drop directory"
expect_eq "$(cat "$T/out" "$T/err")" "" "the installed wrapper says nothing when all is well"
[ -f "$T/drop/archive/a.csv" ] && ok "the file was archived" || notok "file not archived"
expect_eq "$(sqlite3 "$T/cron.db" 'SELECT count(*) FROM observations' 2>&1)" 1 \
	"the installed binary stored the figure"
