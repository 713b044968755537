# a run killed while writing an output leaves it under its temporary name
# (".NAME.hhhhhh", created exclusively); the next run removes exactly
# those from the archive and rejects folders, and nothing else
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init -q || notok "init"
mkdir -p "$T/drop/archive" "$T/drop/rejects"
echo half >"$T/drop/rejects/.x.csv.errors.3b216d"
echo half >"$T/drop/archive/.y.csv.0a0b0c"
ln -s "$T/victim" "$T/drop/rejects/.z.csv.rejects.csv.ffffff"
echo keep >"$T/victim"
echo keep >"$T/drop/rejects/.x.csv.errors.3b216" # 5 digits: not ours
echo keep >"$T/drop/rejects/.x.csv.errors.3B216D" # upper case: not ours
echo keep >"$T/drop/archive/old.csv"
printf 'series,period,value,unit,as_of,source\na.b,2024,1,jobs,2025-01-01,s\n' >"$T/drop/new.csv"
touch -d 2020-01-01 "$T/drop/new.csv"
run "$GS" ingest --dir "$T/drop" --log "$T/log"
expect_rc 0 "the run after a killed one"
[ ! -e "$T/drop/rejects/.x.csv.errors.3b216d" ] && [ ! -e "$T/drop/archive/.y.csv.0a0b0c" ] &&
	[ ! -L "$T/drop/rejects/.z.csv.rejects.csv.ffffff" ] &&
	ok "the unfinished outputs are removed" || notok "unfinished outputs left"
[ "$(cat "$T/victim")" = keep ] && ok "a link among them is removed, its target untouched" ||
	notok "the link's target changed"
[ -e "$T/drop/rejects/.x.csv.errors.3b216" ] && [ -e "$T/drop/rejects/.x.csv.errors.3B216D" ] &&
	[ -e "$T/drop/archive/old.csv" ] && [ -e "$T/drop/archive/new.csv" ] &&
	ok "nothing else is touched" || notok "a file that was not an unfinished output went"
expect_eq "$(grep -c 'unfinished output of a run that was killed' "$T/log")" 3 "each removal is logged"

# the same for a file ingest's rejects (under the database's lock)
mkdir "$T/f"
printf 'series,period,value,unit,as_of,source\na.c,2024,1,jobs,2025-01-01,s\na.c,2025,1x,jobs,2025-01-01,s\n' >"$T/f/in.csv"
echo half >"$T/f/.in.csv.rejects.csv.a1b2c3"
echo keep >"$T/f/.in.csv.rejects.csv.a1b2c"
run "$GS" ingest --skip-bad "$T/f/in.csv"
expect_rc 0 "--skip-bad after a killed run"
[ ! -e "$T/f/.in.csv.rejects.csv.a1b2c3" ] && [ -e "$T/f/.in.csv.rejects.csv.a1b2c" ] &&
	[ -e "$T/f/in.csv.rejects.csv" ] && ok "a killed run's half-written rejects are removed, nothing else" ||
	notok "rejects leftovers: $(ls -A "$T/f" | tr '\n' ' ')"
