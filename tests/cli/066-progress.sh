# the progress line: on a terminal only (script(1) gives one), never with
# backends: sqlite postgres
# -q, never when stderr is a file or a pipe
. "$GS_TOP/tests/cli/lib.sh"

H='series,period,kind,value,unit,qualifier,base,as_of,source,note'
awk -v H="$H" 'BEGIN { print H; for (i = 0; i < 3000; i++)
	printf "p.s%d,%d,level,%d,rubles,,,2025-01-01,src,\n", i % 10, 1000 + int(i / 10), i }' >"$T/p.csv"
mkdir "$T/drop"
for i in 1 2 3; do sed "s/^p\./p$i./" "$T/p.csv" >"$T/drop/d$i.csv"; done
touch -d 2020-01-01 "$T/drop"/*.csv
# the first line at once (the default waits a second, as git does)
export GROWTHSTAT_PROGRESS_DELAY=0
if ! command -v script >/dev/null 2>&1; then
	ok "progress on a terminal # SKIP no script(1)"
	exit 0
fi
tty_run() { # CMD: run on a pseudo-terminal; what it showed in $T/tty
	script -qec "stty cols 200 2>/dev/null; $*" /dev/null </dev/null >"$T/tty" 2>&1
}

tty_run "'$GS' ingest '$T/p.csv'"
grep -q 'p\.csv: [0-9]* rows, [0-9.]*/[0-9.]* MB, [0-9.]* MB/s, .* left' "$T/tty" && ok "a terminal shows rows, MB, MB/s and time left" || { notok "no progress line on a terminal"; od -c "$T/tty" | head -5 | sed 's/^/#   /'; }
grep -q "$(printf '\r\033\\[K')" "$T/tty" && ok "the line is cleared when the file is done" || notok "progress line not cleared"

tty_run "'$GS' ingest --dir '$T/drop'"
grep -q '\[1/3\] .*d1\.csv: .* rows.*; all: [0-9]*%, .* left' "$T/tty" && ok "a drop directory shows the file's number and the whole run's share" || { notok "no drop-directory progress"; od -c "$T/tty" | head -5 | sed 's/^/#   /'; }

tty_run "'$GS' -q ingest '$T/p.csv'"
if grep -q 'MB/s' "$T/tty"; then notok "-q still shows progress"; else ok "-q: no progress line"; fi
tty_run "'$GS' ingest -q '$T/p.csv'"
if grep -q 'MB/s' "$T/tty"; then notok "ingest -q still shows progress"; else ok "ingest -q: no progress line"; fi

run "$GS" ingest "$T/p.csv"
expect_rc 0 "stderr a file"
if grep -q 'MB/s' "$T/err" || grep -q "$(printf '\r')" "$T/err"; then notok "progress written to a file"; else ok "no progress when stderr is not a terminal"; fi
tty_run "'$GS' ingest '$T/p.csv' 2>'$T/err2'"
if grep -q 'MB/s' "$T/err2" "$T/tty"; then notok "progress with stderr redirected"; else ok "no progress when only stdout is a terminal"; fi
