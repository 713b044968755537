# A --db that is no postgresql:// URI but holds a password (a libpq
# keyword/value string, a scheme in capitals): it would be a SQLite file
# name, so its lock, journals and the file itself would carry the password
# into every directory listing, and messages showed it (the database's
# directory, the lock file). Refused (exit 2), nothing created, the
# password never printed.
. "$GS_TOP/tests/cli/lib.sh"

mkdir "$T/cwd"
cd "$T/cwd" || exit 1
printf 'series,period,value,unit,as_of,source\na.b,2020,1,jobs,2025-01-01,s\n' >"$T/f.csv"
n=0
for db in 'host=127.0.0.1 port=1 password=S3cr3tA' \
	'POSTGRESQL://u:S3cr3tB@127.0.0.1:1/db' \
	'Postgres://u@127.0.0.1:1/db?password=S3cr3tC' \
	'postgreSQL://u@127.0.0.1:1/db?sslpassword=S3cr3tD'; do
	for cmd in init "ingest $T/f.csv" "ingest --dir $T/cwd" series; do
		n=$((n + 1))
		run "$GS" --db "$db" $cmd
		if grep -q 'S3cr3t' "$T/err" "$T/out"; then
			notok "$cmd --db '$db': the password printed"
			grep 'S3cr3t' "$T/err" | sed 's/^/#   /' | head -3
		else
			ok "$cmd --db '$db': the password not printed"
		fi
		[ "$cmd" = series ] && continue
		expect_rc 2 "$cmd --db '$db': refused as a command line error"
	done
	expect_err 'password=\*\*\*|:\*\*\*@' "the message shows the name masked"
done
left=$(ls -A "$T/cwd" | grep -c 'S3cr3t')
expect_eq "$left" 0 "no file named after a password was created"
