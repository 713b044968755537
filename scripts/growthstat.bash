# bash completion for growthstat
# Installed by `make install` to share/bash-completion/completions/growthstat.

_growthstat_series() {
	local db=${GROWTHSTAT_DB:-growthstat.db} i
	for ((i = 1; i < COMP_CWORD; i++)); do
		[[ ${COMP_WORDS[i]} == --db ]] && db=${COMP_WORDS[i + 1]}
	done
	[[ -f $db ]] || return
	growthstat --db "$db" series --format csv 2>/dev/null |
		tail -n +2 | cut -d, -f1 | tr -d '"'
}

_growthstat() {
	local cur prev cmd words
	cur=${COMP_WORDS[COMP_CWORD]}
	prev=${COMP_WORDS[COMP_CWORD - 1]}
	cmd=""
	for w in "${COMP_WORDS[@]:1:COMP_CWORD-1}"; do
		case $w in -*) ;; *) cmd=$w; break ;; esac
	done
	case $prev in
	--db | -o | --output | --script | --rejects | --archive | --log | -d)
		COMPREPLY=($(compgen -f -- "$cur")); return ;;
	--dir)
		COMPREPLY=($(compgen -d -- "$cur")); return ;;
	--format)
		COMPREPLY=($(compgen -W "table csv json" -- "$cur")); return ;;
	--method)
		COMPREPLY=($(compgen -W "cagr linear loglinear" -- "$cur")); return ;;
	--layout)
		COMPREPLY=($(compgen -W "long wide transposed" -- "$cur")); return ;;
	--transform)
		COMPREPLY=($(compgen -W "lin chg ch1 pch pc1 pca cch cca log" -- "$cur")); return ;;
	esac
	if [[ -z $cmd ]]; then
		COMPREPLY=($(compgen -W "init ingest series show sources growth implied project check chart extract --db --help --version -v -q" -- "$cur"))
		return
	fi
	if [[ $cur == -* ]]; then
		local opts
		opts=$(growthstat "$cmd" --help 2>/dev/null | grep -o -- '--[a-z][a-z-]*' | sort -u)
		COMPREPLY=($(compgen -W "$opts" -- "$cur"))
		return
	fi
	case $cmd in
	ingest | extract)
		COMPREPLY=($(compgen -f -- "$cur")) ;;
	show | growth | implied | project | check | chart | series)
		COMPREPLY=($(compgen -W "$(_growthstat_series)" -- "$cur")) ;;
	esac
}
complete -F _growthstat growthstat
