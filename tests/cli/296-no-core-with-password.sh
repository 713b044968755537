# A growthstat holding a PostgreSQL password (in --db, $GROWTHSTAT_DB or
# $PGPASSWORD) that crashed wrote a core file with the password in it,
# wherever core files go (here: ./core in its working directory). Such a
# process now makes itself not dumpable and sets its core limit to 0. A
# run without a password still dumps as the system says (the control: it
# shows cores are written here at all; without one the test says so and
# checks no core). gnuplot, which chart runs, no longer gets $GROWTHSTAT_DB
# or $PGPASSWORD in its environment.
. "$GS_TOP/tests/cli/lib.sh"

. "$GS_TOP/tests/cli/lib_silent.sh"
silent_server

# crash NAME DB [ENV=VALUE]: growthstat waits on the listener, then dies of
# SIGSEGV in $T/NAME; its core, if any, is left there
crash() {
	mkdir "$T/$1"
	(
		cd "$T/$1" || exit 1
		ulimit -c unlimited 2>/dev/null
		[ -n "${3:-}" ] && export "$3"
		exec "$GS" --db "$2" show a.b >out 2>err
	) &
	pid=$!
	sleep 1
	kill -SEGV $pid 2>/dev/null
	wait $pid 2>/dev/null
}
has_core() { ls "$T/$1" | grep -q '^core'; }

crash control "postgresql://gs@127.0.0.1:$port/db"
if ! has_core control; then
	ok "skipped the cores: this system writes none here (core_pattern $(cat /proc/sys/kernel/core_pattern 2>/dev/null))"
else
	ok "a run without a password dumps core as the system says"

	crash uri "postgresql://gs:Pw-S3CRET-u@127.0.0.1:$port/db"
	has_core uri && notok "a --db with a password left a core file" ||
		ok "a --db with a password leaves no core file"
	grep -rqa 'Pw-S3CRET' "$T/uri" && notok "the password is in a file beside the run" ||
		ok "no file beside the run holds the password"

	crash env "postgresql://gs@127.0.0.1:$port/db" PGPASSWORD=Pw-S3CRET-e
	has_core env && notok "\$PGPASSWORD set: a core file was left" ||
		ok "\$PGPASSWORD set: no core file"

	mkdir "$T/envdb"
	(
		cd "$T/envdb" || exit 1
		ulimit -c unlimited 2>/dev/null
		GROWTHSTAT_DB="postgresql://gs:Pw-S3CRET-g@127.0.0.1:$port/db" \
			exec "$GS" show a.b >out 2>err
	) &
	pid=$!
	sleep 1
	kill -SEGV $pid 2>/dev/null
	wait $pid 2>/dev/null
	has_core envdb && notok "\$GROWTHSTAT_DB with a password: a core file was left" ||
		ok "\$GROWTHSTAT_DB with a password: no core file"
fi

# gnuplot, exec'd by chart, is dumpable again: it must not get the
# password in its environment ($GROWTHSTAT_DB, $PGPASSWORD), where its own
# core file in the chart's folder, or anything it runs, would find it.
# A stand-in gnuplot writes its environment down.
printf '#!/bin/sh\nenv >"%s/gnuplot.env"\n' "$T" >"$T/fake-gnuplot"
chmod +x "$T/fake-gnuplot"
printf 'series,period,value,as_of,source\na.b,2024,1,2025-01-01,s\n' >"$T/x.csv"
"$GS" --db "$T/c.db" init >/dev/null && "$GS" --db "$T/c.db" ingest "$T/x.csv" >/dev/null ||
	notok "setup of the chart"
GROWTHSTAT_GNUPLOT="$T/fake-gnuplot" PGPASSWORD=Pw-S3CRET-p \
	GROWTHSTAT_DB="postgresql://gs:Pw-S3CRET-d@127.0.0.1:$port/db" \
	"$GS" --db "$T/c.db" chart a.b -o "$T/c.png" >/dev/null 2>&1
if [ -s "$T/gnuplot.env" ]; then
	ok "the stand-in gnuplot ran"
	grep -q 'Pw-S3CRET' "$T/gnuplot.env" &&
		notok "gnuplot's environment holds the password: $(grep S3CRET "$T/gnuplot.env" | tr '\n' ' ')" ||
		ok "gnuplot's environment holds no password"
	grep -q '^PATH=' "$T/gnuplot.env" && ok "the rest of the environment is passed on" ||
		notok "gnuplot got no PATH"
else
	notok "the stand-in gnuplot did not run"
fi
silent_stop
