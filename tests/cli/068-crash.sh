# kill trials (a few; `make crash` runs 100): SIGKILL and SIGTERM at random
# moments of ingests, one or two at once; nothing half-written, no file
# lost, the next run completes the work with no duplicates
. "$GS_TOP/tests/cli/lib.sh"

CRASH_FILES=8 CRASH_ROWS=400 sh "$GS_TOP/tests/crash/run.sh" "$GS" "${CRASH_CHECK_TRIALS:-12}"
