# the passphrase of the client's SSL key, libpq's "sslpassword" URI
# parameter, is as secret as the password and is masked the same way, in
# growthstat's messages and in libpq's echoes of the URI. Found by the
# fourth audit: "?sslpassword=..." was printed in full by every command
# that failed to connect (only a parameter named exactly "password" was
# masked).
. "$GS_TOP/tests/cli/lib.sh"

printf 'series,period,value,unit,as_of\np.s,2024,1,jobs,2025-01-01\n' >"$T/a.csv"
no_secret() { # DESC
	if cat "$T/out" "$T/err" 2>/dev/null | grep -q 'KeyPass'; then
		notok "$1: the key passphrase was printed"
		cat "$T/out" "$T/err" | grep 'KeyPass' | sed 's/^/#   /' | head -2
	else
		ok "$1: no key passphrase printed"
	fi
}

for u in "postgresql://gs@127.0.0.1:1/db?sslpassword=KeyPass9" \
	 "postgresql://gs@127.0.0.1:1/db?sslmode=disable&sslpassword=KeyPass9" \
	 "postgres://gs@127.0.0.1:1/db?%73slpassword=KeyPass9&bogus=1" \
	 "postgresql://gs@127.0.0.1:1/db?sslpassword=Key%50ass9"; do
	for c in "-v init" "series" "ingest $T/a.csv" "report -o $T/r.html" \
		 "export" "check"; do
		# shellcheck disable=SC2086
		run "$GS" --db "$u" $c
		no_secret "$c with $u"
	done
done

# the masked form still names the server and the parameter
run "$GS" --db "postgresql://gs@127.0.0.1:1/db?sslpassword=KeyPass9" series
expect_err 'postgresql://gs@127\.0\.0\.1:1/db\?sslpassword=\*\*\*' \
	"the URI is shown with the passphrase masked"
# a parameter that merely ends in the word is no secret of libpq's
run "$GS" --db "postgresql://gs@127.0.0.1:1/db?application_name=nopassword" series
expect_err 'application_name=nopassword' "other parameters stay readable"
