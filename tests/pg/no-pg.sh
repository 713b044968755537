#!/bin/sh
# no-pg.sh BINARY: a growthstat built with make PG=no has nothing of
# PostgreSQL: it links no libpq (ldd), holds no libpq symbol (nm), refuses
# a server URI with exit 2 and "built without PostgreSQL support" (the
# password masked), and still stores and reads figures in SQLite.
# Prints TAP lines; exits 1 when one fails. Run by make check-pg-no.
set -u
gs=$1
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
fail=0
ok() { echo "ok - $*"; }
notok() { echo "not ok - $*"; fail=1; }

if ldd "$gs" | grep -q libpq; then notok "links libpq: $(ldd "$gs" | grep libpq)"
else ok "ldd: no libpq"; fi
n=$(nm "$gs" | grep -c ' [TUtu] PQ' || true)
[ "$n" -eq 0 ] && ok "nm: no PQ* symbol" || notok "nm: $n PQ* symbols"
n=$(nm "$gs" | grep -c ' [TDtd] pg_' || true)
[ "$n" -eq 0 ] && ok "nm: no pg_* code of series/pg/" || notok "nm: $n pg_* symbols"

# the build's dependency files: no PostgreSQL header was read
d=$(dirname "$gs")
if find "$d" -name '*.d' | grep -q .; then
	n=$(find "$d" -name '*.d' -exec grep -l 'libpq-fe.h' {} + | wc -l)
	[ "$n" -eq 0 ] && ok "no object includes libpq-fe.h" ||
		notok "$n objects include libpq-fe.h"
fi

"$gs" --db 'postgresql://gs:secret@127.0.0.1:1/db' series >"$t/out" 2>"$t/err"
rc=$?
[ "$rc" -eq 2 ] && ok "a server URI: exit 2" || notok "a server URI: exit $rc, want 2"
grep -q 'built without PostgreSQL support' "$t/err" && ok "says it was built without PostgreSQL" ||
	notok "message: $(cat "$t/err")"
grep -q secret "$t/out" "$t/err" && notok "the password is shown" || ok "the password is masked"

printf 'series,period,value,as_of,source\np.x,2024,5,2024-06-01,s\n' >"$t/a.csv"
"$gs" --db "$t/a.db" -q init && "$gs" --db "$t/a.db" -q ingest "$t/a.csv" &&
	"$gs" --db "$t/a.db" show p.x --format csv >"$t/show" 2>&1
grep -q '^2024,level,,5,' "$t/show" && ok "SQLite works" || notok "SQLite: $(cat "$t/show")"
exit $fail
