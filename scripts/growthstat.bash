# bash completion for growthstat
# Installed by `make install` to share/bash-completion/completions/growthstat.
#
# Series keys are completed from the database the command line names
# (--db FILE, --db=FILE, else $GROWTHSTAT_DB, else ./growthstat.db), read
# from `growthstat series --format csv`. A key may hold any printable text
# (spaces, quotes, commas, $, backquotes): it is read as CSV, compared as a
# plain string and handed back quoted with printf %q. Nothing a database
# holds is ever expanded or evaluated (compgen -W would expand it).

# Options whose next word is their value, never a command or a key.
_growthstat_valued='--db --format --method --layout --transform --from --to
	--as-of --by --reach --at-least --tolerance --pp-tolerance --level
	--upto --project-to --index --title --size --approx-tolerance --min-age
	--lock-timeout --set --columns --source --archive --rejects --log --dir
	--delimiter --decimal --output --script -o -d --deflate --frequency
	--aggregation --reason --date --batch --file --ymin --ymax'

_growthstat_takes_value() {
	[[ " ${_growthstat_valued//[$'\n\t']/ } " == *" $1 "* ]]
}

# A word as typed, without its quotes and backslashes, ~/ as $HOME; no
# other expansion.
_growthstat_unquote() {
	local w=$1
	case $w in
	\'*\') w=${w:1:${#w}-2} ;;
	\"*\") w=${w:1:${#w}-2} ;;
	*\\*) w=$(printf '%s' "$w" | sed 's/\\\(.\)/\1/g') ;;
	esac
	[[ $w == "~/"* ]] && w=$HOME/${w:2}
	printf '%s' "$w"
}

# The database the words before the cursor name.
_growthstat_db() {
	local db=${GROWTHSTAT_DB:-growthstat.db} i w
	for ((i = 1; i < COMP_CWORD; i++)); do
		w=${COMP_WORDS[i]}
		if [[ $w == --db ]]; then
			# --db=FILE arrives as "--db" "=" "FILE" ('=' breaks words)
			[[ ${COMP_WORDS[i + 1]-} == = ]] && ((i++))
			((i + 1 < COMP_CWORD)) && db=$(_growthstat_unquote "${COMP_WORDS[i + 1]}")
		elif [[ $w == --db=?* ]]; then
			db=$(_growthstat_unquote "${w#--db=}")
		fi
	done
	printf '%s' "$db"
}

# The series keys of database $1, one a line: the first column of
# `series --format csv`, read as CSV (a quoted key may hold commas and
# doubled quotes; a quoted field of another column may span lines).
_growthstat_keys() {
	case $1 in
	postgres://* | postgresql://*) ;;
	*) [[ -f $1 ]] || return ;;
	esac
	growthstat --db "$1" series --format csv 2>/dev/null | LC_ALL=C awk '
		{ sub(/\r$/, "") }
		NR > 1 && !inq {
			if (substr($0, 1, 1) != "\"") {
				k = $0
				sub(/,.*/, "", k)
			} else {
				k = ""
				for (i = 2; i <= length($0); i++) {
					c = substr($0, i, 1)
					if (c == "\"" && substr($0, i + 1, 1) != "\"")
						break
					k = k c
					if (c == "\"")
						i++
				}
			}
			print k
		}
		{ if (gsub(/"/, "\"") % 2) inq = !inq }'
}

# COMPREPLY: the words of list (one a line) that start with cur as typed.
# An unquoted word gets its candidates quoted with %q; after an opening
# quote readline closes the quote itself, so they go back as they are.
_growthstat_reply() {
	local cur=$1 list=$2 open="" w
	COMPREPLY=()
	case $cur in
	\'* | \"*) open=${cur:0:1}; cur=${cur:1} ;;
	*) cur=$(_growthstat_unquote "$cur") ;;
	esac
	while IFS= read -r w; do
		[[ -n $w && $w == "$cur"* ]] || continue
		if [[ -n $open ]]; then
			COMPREPLY+=("$w")
		else
			COMPREPLY+=("$(printf '%q' "$w")")
		fi
	done <<<"$list"
}

_growthstat() {
	local cur prev cmd="" i w
	cur=${COMP_WORDS[COMP_CWORD]}
	prev=${COMP_WORDS[COMP_CWORD - 1]}
	[[ $prev == = && COMP_CWORD -ge 2 ]] && prev=${COMP_WORDS[COMP_CWORD - 2]}
	# the command: the first word that is neither an option nor its value
	for ((i = 1; i < COMP_CWORD; i++)); do
		w=${COMP_WORDS[i]}
		if _growthstat_takes_value "$w"; then
			[[ ${COMP_WORDS[i + 1]-} == = ]] && ((i++))
			((i++))
		elif [[ $w != -* && $w != = ]]; then
			cmd=$w
			break
		fi
	done
	case $prev in
	--db | -o | --output | --script | --rejects | --archive | --log)
		COMPREPLY=($(compgen -f -- "$cur")); return ;;
	--dir | -d)
		COMPREPLY=($(compgen -d -- "$cur")); return ;;
	--format)
		if [[ $cmd == export ]]; then
			_growthstat_reply "$cur" $'csv\nsdmx-csv'
		else
			_growthstat_reply "$cur" $'table\ncsv\njson'
		fi
		return ;;
	--frequency)
		_growthstat_reply "$cur" $'annual\nquarterly\nmonthly'; return ;;
	--aggregation)
		_growthstat_reply "$cur" $'sum\navg\neop'; return ;;
	--deflate)
		# the price index is a series like any other
		_growthstat_reply "$cur" "$(_growthstat_keys "$(_growthstat_db)")"
		return ;;
	--file)
		# retract --file: the file name as the batch log records it
		COMPREPLY=($(compgen -f -- "$cur")); return ;;
	--method)
		_growthstat_reply "$cur" $'cagr\nlinear\nloglinear'; return ;;
	--layout)
		_growthstat_reply "$cur" $'long\nwide\ntransposed'; return ;;
	--transform)
		_growthstat_reply "$cur" $'lin\nchg\nch1\npch\npc1\npca\ncch\ncca\nlog'; return ;;
	--delimiter)
		_growthstat_reply "$cur" $',\n;\n|\ntab'; return ;;
	--decimal)
		_growthstat_reply "$cur" $'.\n,'; return ;;
	esac
	if _growthstat_takes_value "$prev"; then
		COMPREPLY=()
		return
	fi
	if [[ -z $cmd ]]; then
		_growthstat_reply "$cur" "$(printf '%s\n' init ingest series show \
			sources growth implied project check chart extract report \
			revisions export retract --db --help --version -v -q)"
		return
	fi
	if [[ $cur == -* ]]; then
		_growthstat_reply "$cur" "$(growthstat "$cmd" --help 2>/dev/null |
			grep -o -- '--[a-z][a-z-]*' | sort -u)"
		return
	fi
	case $cmd in
	ingest | extract)
		COMPREPLY=($(compgen -f -- "$cur")) ;;
	show | growth | implied | project | check | chart | series | report | \
	revisions | export | retract)
		_growthstat_reply "$cur" "$(_growthstat_keys "$(_growthstat_db)")" ;;
	esac
}
complete -F _growthstat growthstat
