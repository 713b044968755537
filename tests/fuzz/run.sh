#!/bin/sh
# run.sh: build the libFuzzer harnesses (clang) and run each for a bounded
# time; `make fuzz` calls it.
#
#   sh tests/fuzz/run.sh [HARNESS...]       (csv value period by default)
#   FUZZ_TIME=600 FUZZ_JOBS=2 sh tests/fuzz/run.sh csv
#
# FUZZ_TIME: seconds per harness (default 60); FUZZ_JOBS: parallel workers
# per harness (default 1). Seeds come from tests/fuzz/corpus/NAME (never
# written to); new inputs go to build/fuzz/corpus/NAME, crashes to
# build/fuzz/crashes/NAME/. Prints one line per harness with its executions
# and exits 1 when a harness crashed. A crash found is fixed, then its input
# is copied into tests/fuzz/corpus/NAME/ so make check replays it forever.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 1
time_each=${FUZZ_TIME:-60}
jobs=${FUZZ_JOBS:-1}
[ $# -gt 0 ] || set -- csv value period

# clang with libFuzzer, installed on demand (Debian: clang, libclang-rt-dev)
probe() {
	printf 'int LLVMFuzzerTestOneInput(const char *d, long n) { (void)d; (void)n; return 0; }\n' >build/fuzz/probe.c
	${FUZZ_CC:-clang} -fsanitize=fuzzer -o build/fuzz/probe build/fuzz/probe.c >/dev/null 2>&1
}
mkdir -p build/fuzz
if ! probe; then
	echo "fuzz: installing clang and libFuzzer (clang libclang-rt-dev)" >&2
	sudo=""
	[ "$(id -u)" -eq 0 ] || sudo=sudo
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
		clang libclang-rt-dev >/dev/null || { echo "fuzz: cannot install clang" >&2; exit 1; }
	probe || { echo "fuzz: clang cannot link -fsanitize=fuzzer" >&2; exit 1; }
fi
make -s fuzz-build || exit 1

status=0
for h in "$@"; do
	case $h in
	csv) max_len=8192 ;;
	*) max_len=256 ;;
	esac
	out=build/fuzz/corpus/$h
	crashes=build/fuzz/crashes/$h
	log=build/fuzz/$h.log
	mkdir -p "$out" "$crashes"
	rm -f "$log" build/fuzz/fuzz-*.log
	if [ "$jobs" -gt 1 ]; then par="-fork=$jobs"; else par=""; fi
	# shellcheck disable=SC2086
	build/fuzz/fuzz_$h -max_total_time="$time_each" -max_len=$max_len \
		-timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
		-dict=tests/fuzz/$h.dict -artifact_prefix="$crashes/" $par \
		"$out" tests/fuzz/corpus/$h >"$log" 2>&1
	rc=$?
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
	[ -n "$execs" ] || execs=$(grep -o 'DONE *[0-9]*' "$log" | tail -1 | tr -dc 0-9)
	[ -n "$execs" ] || execs=$(grep -Eo '^#[0-9]+' "$log" | tail -1 | tr -d '#')
	ncrash=$(find "$crashes" -type f | wc -l | tr -d ' ')
	printf 'fuzz_%s: %s executions in %s s, corpus %s inputs, %s crash input(s) in %s\n' \
		"$h" "${execs:-?}" "$time_each" "$(ls "$out" | wc -l | tr -d ' ')" \
		"$ncrash" "$crashes"
	if [ $rc -ne 0 ] || [ "$ncrash" -gt 0 ]; then
		status=1
		grep -E 'ERROR|SUMMARY|==[0-9]+==' "$log" | head -5 | sed "s/^/  fuzz_$h: /"
	fi
done
exit $status
