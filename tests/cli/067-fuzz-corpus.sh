# the fuzz corpus (seeds and every input that once crashed a harness)
# backends: sqlite postgres
# replayed through the harnesses, built with the binary's build flags
# (ASan/UBSan for the sanitizer pass) by make check
. "$GS_TOP/tests/cli/lib.sh"

case "$GS" in
*/build/san/*) build="$GS_TOP/build/san" ;;
*) build="$GS_TOP/build/rel" ;;
esac
for h in csv value period; do
	bin="$build/fuzz/replay_$h"
	if [ ! -x "$bin" ]; then
		notok "$h: $bin is not built (make check builds it)"
		continue
	fi
	n=$(ls "$GS_TOP/tests/fuzz/corpus/$h" | wc -l | tr -d ' ')
	run "$bin" "$GS_TOP/tests/fuzz/corpus/$h"
	expect_rc 0 "$h: the $n corpus inputs go through the harness cleanly"
	expect_out "^$n inputs replayed$" "$h: every input was replayed"
done
