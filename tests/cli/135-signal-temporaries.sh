# a report command ended by SIGTERM or SIGHUP leaves no temporary file
# beside its output: chart (image and script), report and export write
# under a hidden exclusive name (".NAME.XXXXXX") and rename it at the end;
# a run killed meanwhile used to leave that half-file behind, and a cron
# job killed by its timeout every night piled them up. Found by the audit
# (kill -TERM during report -o: ".r.html.fb210a" stayed). Deterministic:
# a stand-in gnuplot holds the run while the temporaries are open.
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
printf 'series,period,value,unit,as_of\ns.a,2020,1,jobs,2025-01-01\ns.a,2021,2,jobs,2025-01-01\n' >"$T/a.csv"
"$GS" ingest "$T/a.csv"
cat >"$T/gnuplot" <<EOF2
#!/bin/sh
echo \$\$ >"$T/gp.pid"
exec sleep 30
EOF2
chmod +x "$T/gnuplot"
mkdir "$T/out1" "$T/out2"

# kill_when_held SIG CMD...: run CMD in the background, wait until the
# stand-in gnuplot runs, send SIG to growthstat, reap both; rc is its exit
kill_when_held() {
	sig=$1; shift
	rm -f "$T/gp.pid"
	GROWTHSTAT_GNUPLOT="$T/gnuplot" "$@" >/dev/null 2>&1 &
	pid=$!
	i=0
	while [ ! -s "$T/gp.pid" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
	kill "-$sig" "$pid"
	wait "$pid"
	rc=$?
	[ -s "$T/gp.pid" ] && kill "$(cat "$T/gp.pid")" 2>/dev/null
	true
}
hidden() { ls -A "$1" | grep '^\.' | tr '\n' ' '; }

kill_when_held TERM "$GS" chart s.a -o "$T/out1/c.png"
expect_rc 143 "chart ended by SIGTERM dies of it"
expect_eq "$(hidden "$T/out1")" "" "chart: no temporary image or script left"
expect_eq "$(ls "$T/out1" | tr '\n' ' ')" "" "and no output named as finished"

# SIGHUP ignored from the start (a run under nohup) stays ignored, as
# growthstat promises; the shell cannot undo it, so TERM stands in then
hup=HUP want=129
case $(sed -n 's/^SigIgn:[[:space:]]*//p' /proc/$$/status 2>/dev/null) in
*[13579bdfBDF]) hup=TERM want=143 ;;
esac
kill_when_held $hup "$GS" chart --all -d "$T/out2"
expect_rc $want "chart --all ended by SIG$hup dies of it"
expect_eq "$(hidden "$T/out2")" "" "chart --all: no temporary left"

kill_when_held TERM "$GS" report -o "$T/out1/r.html"
expect_rc 143 "report ended by SIGTERM dies of it"
expect_eq "$(hidden "$T/out1")" "" "report: no temporary page left"
