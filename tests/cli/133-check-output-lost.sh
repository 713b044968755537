# backends: sqlite postgres
# a check whose answer cannot be written exits 74 (I/O error), not 1 ("a
# check failed"): a script reading exit 1 as a verdict would act on a
# cut-off answer. Found by the audit: check >/dev/full exited 1 on a
# database with a failing claim, 74 on one without.
. "$GS_TOP/tests/cli/lib.sh"

if ! [ -w /dev/full ] || echo x 2>/dev/null >/dev/full; then
	echo "ok - # SKIP no /dev/full here"
	exit 0
fi
"$GS" init
cat >"$T/c.csv" <<'CSV'
series,period,kind,value,unit,qualifier,base,as_of,source,note
area,2025,level,100,square meters,,,2025-10-07,s,
area,2030,level,150,square meters,,,2025-10-07,s,
area,2030,multiple,2,times,,2025,2025-10-07,s,
CSV
"$GS" ingest "$T/c.csv"
# the claim (2x) against the figures (1.5x) is inconsistent: exit 1
run "$GS" check
expect_rc 1 "the inconsistent claim fails the check when the answer is written"
for f in table csv json; do
	"$GS" check --format "$f" >/dev/full 2>"$T/err"
	rc=$?
	expect_rc 74 "check --format $f to a full device: an I/O error"
	expect_err "writing output" "and says the output was not written"
done
"$GS" check --failed >/dev/full 2>"$T/err"
rc=$?
expect_rc 74 "check --failed to a full device"
