# bash completion: series keys come from the database the command line
# names (--db FILE, --db=FILE, $GROWTHSTAT_DB), read as CSV, quoted for the
# shell and never evaluated; the commands revisions, export and retract and
# the options of issue 19 (--deflate KEY, --frequency, --aggregation,
# export's --format, retract's --reason/--date/--batch/--file)
. "$GS_TOP/tests/cli/lib.sh"

command -v bash >/dev/null 2>&1 || { echo "ok - # SKIP bash not installed"; exit 0; }
mkdir "$T/bin" "$T/work"
ln -s "$GS" "$T/bin/growthstat"
evil='evil $(touch PWNED) ,"q" `touch PWNED2`'
H='series,period,kind,value,unit,qualifier,base,as_of,source,note,name'
{
	echo "$H"
	echo 'kaluga.a,2024,level,1,rubles,,,2025-01-01,s,,"Kaluga A'
	echo 'second line, with a comma"'
	echo 'kaluga.b,2024,level,2,rubles,,,2025-01-01,s,,'
	echo 'kaluga two,2024,level,3,rubles,,,2025-01-01,s,,'
	printf '"%s",2024,level,4,rubles,,,2025-01-01,s,,\n' "$(printf '%s' "$evil" | sed 's/"/""/g')"
} >"$T/keys.csv"
run "$GS" --db "$T/keys.db" ingest "$T/keys.csv"
expect_rc 0 "a database with plain and hostile keys"
run "$GS" --db "$T/env.db" ingest /dev/stdin <<EOF2
$H
moscow.x,2024,level,1,rubles,,,2025-01-01,s,,
EOF2
expect_rc 0 "a second database for \$GROWTHSTAT_DB"

# complete WORD...: the completion of the last word, one reply a line
complete_words() {
	(cd "$T/work" && PATH="$T/bin:$PATH" GROWTHSTAT_DB="$T/env.db" \
		bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
		_growthstat; printf "%s\n" "${COMPREPLY[@]}"' _ \
		"$GS_TOP/scripts/growthstat.bash" "$@")
}
db="$T/keys.db"
expect_eq "$(complete_words growthstat --db "$db" growth ka | sort | tr '\n' ' ')" \
	'kaluga.a kaluga.b kaluga\ two ' "--db FILE before the command: the keys of FILE, quoted"
expect_eq "$(complete_words growthstat --db = "$db" check kaluga. | tr '\n' ' ')" \
	'kaluga.a kaluga.b ' "--db=FILE (split at '=' by bash)"
expect_eq "$(complete_words growthstat show --db "$db" kaluga.b | tr '\n' ' ')" \
	'kaluga.b ' "--db FILE after the command"
expect_eq "$(complete_words growthstat project mo | tr '\n' ' ')" \
	'moscow.x ' "no --db: the keys of \$GROWTHSTAT_DB"
expect_eq "$(complete_words growthstat --db "$db" growth kaluga.a ka | wc -l | tr -d ' ')" \
	3 "growth's second KEY is completed too"
expect_eq "$(complete_words growthstat --db "$db" chart --to ka)" "" \
	"no keys for an option's value"
expect_eq "$(complete_words growthstat --db "$db" implied "'kaluga t")" \
	"kaluga two" "after an opening quote the key goes back as it is"

got=$(complete_words growthstat --db "$db" check ev)
expect_eq "$(printf '%s\n' "$got" | wc -l | tr -d ' ')" 1 "one hostile key"
# what the shell reads back from the reply is the key itself
back=$(cd "$T/work" && bash -c 'eval "set -- $1"; printf "%s" "$1"' _ "$got")
expect_eq "$back" "$evil" "the hostile key comes back quoted: the shell reads the key"
[ ! -e "$T/work/PWNED" ] && [ ! -e "$T/work/PWNED2" ] &&
	ok "nothing in a key was run" || notok "a key was run"
expect_eq "$(complete_words growthstat --db "$T/none.db" show k)" "" \
	"a missing database: no keys"
[ ! -e "$T/none.db" ] && ok "completion does not create a database" ||
	notok "completion created a database"

# ---- revisions, export, retract and their options ----
expect_eq "$(complete_words growthstat re | sort | tr '\n' ' ')" \
	'report retract revisions ' "the commands revisions and retract"
expect_eq "$(complete_words growthstat ex | sort | tr '\n' ' ')" \
	'export extract ' "the command export"
expect_eq "$(complete_words growthstat --db "$db" revisions kaluga. | tr '\n' ' ')" \
	'kaluga.a kaluga.b ' "revisions completes keys"
expect_eq "$(complete_words growthstat --db "$db" export kaluga. | tr '\n' ' ')" \
	'kaluga.a kaluga.b ' "export completes keys (as globs)"
expect_eq "$(complete_words growthstat --db "$db" retract kaluga.b | tr '\n' ' ')" \
	'kaluga.b ' "retract completes the key"
expect_eq "$(complete_words growthstat --db "$db" growth kaluga.a --deflate kaluga.b | tr '\n' ' ')" \
	'kaluga.b ' "--deflate takes a series key: the index"
expect_eq "$(complete_words growthstat --db "$db" chart --deflate kaluga.a ka | wc -l | tr -d ' ')" \
	3 "after --deflate KEY, the chart's KEY is completed"
expect_eq "$(complete_words growthstat chart --frequency q)" quarterly "--frequency's values"
expect_eq "$(complete_words growthstat project --aggregation e)" eop "--aggregation's values"
expect_eq "$(complete_words growthstat export --format s)" sdmx-csv "export's --format takes sdmx-csv"
expect_eq "$(complete_words growthstat show --format s)" "" "show's does not"
expect_eq "$(complete_words growthstat --db "$db" retract --reason ka)" "" "no keys for --reason's text"
expect_eq "$(complete_words growthstat --db "$db" retract --date 2025-01-01 --batch 3 --file ka)" "" \
	"--date, --batch and --file take values: no key for --file's"
expect_eq "$(complete_words growthstat retract --ba)" --batch "retract's options, from its --help"
expect_eq "$(complete_words growthstat chart --first)" --first-vs-latest "chart --first-vs-latest"
