# scripts/cron-ingest.sh -b stays running beside growthstat (to hold back
# the "another ingest is running" line), and its own command line held
# -d DB all that time: a URI's password for every user of the machine
# (ps, /proc/PID/cmdline). The wrapper now starts itself again without
# -d, the database in its environment; every other option is kept.
. "$GS_TOP/tests/cli/lib.sh"

cron="$GS_TOP/scripts/cron-ingest.sh"
mkdir "$T/drop" "$T/-dash"
# a stand-in for growthstat: its arguments, its environment and the
# command lines of the processes above it (the wrapper, up to 3 levels)
cat >"$T/fake" <<'SH'
#!/bin/sh
printf '%s\n' "$@" >"$FAKE_DIR/argv"
printf '%s\n' "${GROWTHSTAT_DB-unset}" >"$FAKE_DIR/env"
p=$$
for i in 1 2 3; do
	p=$(awk '{ print $4 }' "/proc/$p/stat")
	tr '\0' ' ' <"/proc/$p/cmdline"
	echo
done >"$FAKE_DIR/above"
exit 0
SH
chmod +x "$T/fake"
url='postgresql://gs:S3cretPW@127.0.0.1:1/db'

for b in "" -b; do
	rm -f "$T/argv" "$T/env" "$T/above"
	run env GROWTHSTAT="$T/fake" FAKE_DIR="$T" sh "$cron" $b -d "$url" \
		-w 7 -m 3 -a "$T/arch ive" -r "$T/rej" -l "$T/log" -F ';' \
		-D , "$T/drop"
	expect_rc 0 "${b:-no -b}: the wrapper ran growthstat"
	if grep -q 'S3cretPW' "$T/above" 2>/dev/null; then
		notok "${b:-no -b}: the password is on the wrapper's command line"
		sed 's/^/#   /' "$T/above"
	else
		ok "${b:-no -b}: no password on the wrapper's command line"
	fi
	expect_eq "$(cat "$T/env" 2>/dev/null)" "$url" "${b:-no -b}: the database in growthstat's environment"
	expect_eq "$(tr '\n' ' ' <"$T/argv" 2>/dev/null)" \
		"-q ingest --dir $T/drop --lock-timeout 7 --min-age 3 --archive $T/arch ive --rejects $T/rej --log $T/log --delimiter ; --decimal , " \
		"${b:-no -b}: every option kept"
done
# a drop directory whose name starts with a dash, options at their defaults
run env GROWTHSTAT="$T/fake" FAKE_DIR="$T" sh "$cron" -b -d "$url" -- "$T/-dash"
expect_eq "$(tr '\n' ' ' <"$T/argv" 2>/dev/null)" \
	"-q ingest --dir $T/-dash --lock-timeout 30 --min-age 60 " "defaults kept"
