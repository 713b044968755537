# `retract --file NAME` needed the exact path the batch log recorded
# (drop/a.csv), where the file no longer is: it is in drop/archive/,
# perhaps as a.1.csv. NAME is now, in turn: the name as recorded; a file
# that exists, found by its content hash (the archived copy); its base
# name. One match is retracted; several are listed with their batch
# numbers; `retract --list-batches` lists batch, file, start and rows.
# backends: sqlite postgres
. "$GS_TOP/tests/cli/lib.sh"

"$GS" init
cd "$T" || exit 1
H='series,period,value,unit,as_of,source'
drop() { # DIR NAME ROWS...: a file put in DIR and loaded
	d=$1 f=$2; shift 2
	mkdir -p "$d"
	{ echo "$H"; for r in "$@"; do echo "$r"; done; } >"$d/$f"
	touch -d '-5 minutes' "$d/$f"
	"$GS" -q ingest --dir "$d" || notok "ingest of $d/$f"
}
drop drop a.csv 'r.a,2024,1,jobs,2025-01-01,s' 'r.a,2025,2,jobs,2025-01-01,s'
drop other b.csv 'r.b,2024,5,jobs,2025-01-01,s'
drop drop a.csv 'r.c,2024,7,jobs,2025-01-01,s'
[ -f drop/archive/a.1.csv ] && ok "the second a.csv archived as a.1.csv" ||
	notok "no drop/archive/a.1.csv"

run "$GS" retract --list-batches --format csv
expect_rc 0 "--list-batches"
expect_eq "$(cut -d, -f1,2,4 "$T/out" | tr '\n' ' ')" \
	"batch,file,rows 1,drop/a.csv,2 2,other/b.csv,1 3,drop/a.csv,1 " \
	"the batches: number, file, rows"
expect_eq "$(sed -n 2p "$T/out" | cut -d, -f3 | grep -cE '^[0-9]{4}-[0-9]{2}-[0-9]{2}T')" 1 \
	"each with its start"

# the recorded name of two batches: both listed, nothing retracted
run "$GS" retract --file drop/a.csv --reason "wrong"
expect_rc 65 "a recorded name of two batches is refused"
expect_err "batch 1 \(drop/a\.csv, [0-9T:Z-]+, 2 rows\), batch 3 \(drop/a\.csv, [0-9T:Z-]+, 1 row\).*--batch" \
	"both listed with their numbers"
expect_eq "$(sql "SELECT count(*) FROM retractions")" 0 "nothing retracted"

# the archived copy, by its content
run "$GS" retract --file drop/archive/a.1.csv --reason "wrong park"
expect_rc 0 "the archived a.1.csv names batch 3"
expect_out "^batch 3: 1 row retracted" "batch 3 retracted"
# the base name of one batch
run "$GS" retract --file b.csv --reason "wrong cluster"
expect_rc 0 "b.csv, the base name of one batch"
expect_out "^batch 2: 1 row retracted" "batch 2 retracted"
# the recorded name still works; an unknown one is refused
run "$GS" retract --file other/b.csv --reason "again"
expect_out "^batch 2: 0 rows retracted from .*, 1 already retracted" \
	"the recorded name: batch 2 again, nothing more"
run "$GS" retract --file nothere.csv --reason "x"
expect_rc 65 "an unknown name"
expect_err "no stored batch read 'nothere\.csv'.*--list-batches" \
	"the message points to --list-batches"
expect_eq "$(sql "SELECT count(*) FROM retractions")" 2 "two rows retracted in all"
