# make install: binary, man page and bash completion land under DESTDIR
. "$GS_TOP/tests/cli/lib.sh"

if make -s -C "$GS_TOP" install DESTDIR="$T/root" PREFIX=/usr >"$T/out" 2>&1; then
	ok "make install"
else
	notok "make install failed: $(tail -3 "$T/out")"
fi
for f in bin/growthstat share/man/man1/growthstat.1 \
	 share/bash-completion/completions/growthstat; do
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
