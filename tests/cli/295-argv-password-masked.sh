# A --db URI with a password stayed in growthstat's own command line,
# which every user of the machine reads (ps, /proc/PID/cmdline), for the
# whole run: a cron job's connection attempts, a long ingest or a report.
# growthstat now keeps the text and overwrites argv's copy with the masked
# form as soon as it reads the option. The test holds growthstat in its
# connection attempt (a listener that accepts and never answers) and
# reads its command line from /proc meanwhile.
. "$GS_TOP/tests/cli/lib.sh"

[ -r /proc/self/cmdline ] || { ok "skipped: no /proc"; exit 0; }
. "$GS_TOP/tests/cli/lib_silent.sh"
silent_server

# cmdline PID: the process's arguments, one a line
cmdline() { tr '\0' '\n' <"/proc/$1/cmdline"; }
for form in "postgresql://gs:Pw-S3CRET-a@127.0.0.1:$port/db" \
	"postgresql://gs@127.0.0.1:$port/db?password=Pw-S3CRET-b" \
	"postgresql://gs:S3@127.0.0.1:$port/db"; do
	for how in split cmd joined; do
		if [ $how = split ]; then
			last_arg=a.b
			"$GS" --db "$form" show a.b >"$T/out" 2>"$T/err" &
		elif [ $how = cmd ]; then
			last_arg=a.b
			"$GS" show --db "$form" -v a.b >"$T/out" 2>"$T/err" &
		else
			last_arg="--db=.*\*\*\*.*"
			"$GS" show a.b "--db=$form" >"$T/out" 2>"$T/err" &
		fi
		pid=$!
		sleep 1
		if [ -r "/proc/$pid/cmdline" ]; then
			cmdline $pid >"$T/cmd"
			grep -q 'S3' "$T/cmd" &&
				notok "$how --db ${form%%@*}@...: the password is in ps: $(tr '\n' ' ' <"$T/cmd")" ||
				ok "$how --db ${form%%@*}@...: the password is not in ps"
			grep -q '\*\*\*' "$T/cmd" &&
				ok "$how: ps shows the masked form" ||
				notok "$how: ps shows no masked form: $(tr '\n' ' ' <"$T/cmd")"
			# ps shows each NUL as a space: NUL padding after the
			# masked form (an empty argument before a real one)
			# would tell the password's length
			awk 'NF == 0 { e++; next } e { gap = 1 } END { exit gap }' \
				"$T/cmd" &&
				ok "$how: no padding in ps tells the password's length" ||
				notok "$how: ps pads the masked form: $(tr '\n' '|' <"$T/cmd")"
			grep -v "^$" "$T/cmd" | tail -n 1 | grep -q "^$last_arg\$" &&
				ok "$how: the arguments after --db are intact" ||
				notok "$how: last argument is not '$last_arg': $(tr '\n' '|' <"$T/cmd")"
		else
			notok "$how: growthstat ended before its command line was read"
		fi
		kill $pid 2>/dev/null
		wait $pid 2>/dev/null
		grep -q S3 "$T/err" && notok "$how: stderr shows the password" ||
			ok "$how: stderr does not show the password"
	done
done
silent_stop

# the connection still uses the real password: a URI that holds none is
# untouched, and the masked text never reaches libpq (a server that needs
# the password is tested in 189-pg-login-refused.sh)
"$GS" --db "$T/plain.db" init >/dev/null 2>&1 &&
	ok "a --db without a password is used as given" ||
	notok "init of a plain --db"
