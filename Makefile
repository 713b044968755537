# growthstat: build, test, install.
#
#   make            build ./growthstat (installs missing Debian packages first)
#   make check      unit + end-to-end tests, then again under ASan+UBSan
#   make demo       the main job: growthstat report on the seed dataset ->
#                   out/report.html (self-contained) and out/report.md
#   make install    PREFIX=/usr/local (DESTDIR honoured)
#   make fuzz       libFuzzer harnesses, bounded time (clang)
#   make diff-test  SQLite against PostgreSQL on DIFF_N random workloads
#   make bench      benchmarks (long; never part of check)
#   make extract-eval  recall and precision of extract (issue 16)

CC      ?= cc
PREFIX  ?= /usr/local
CFLAGS  ?= -O2 -g
WARN     = -std=c11 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes
CPPFLAGS += -I. -I/usr/include/postgresql
LDLIBS   = -lsqlite3 -lpq -lcsv -lm -pthread

SAN_FLAGS = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer \
	    -fno-sanitize-recover=all

# Every .c file under the three layers, at any depth (series/sqlite/,
# collector/extract/, reports/chart/ ...); cmd_*.c files are the commands.
TREE_SRC = $(sort $(shell find series collector reports -name '*.c'))
CMD_SRC  = $(foreach f,$(TREE_SRC),$(if $(findstring /cmd_,$(f)),$(f))) cli.c
LIB_SRC  = common.c $(filter-out $(CMD_SRC),$(TREE_SRC))
UNIT_SRC = $(wildcard tests/unit/test_*.c)

REL = build/rel
SAN = build/san
TSAN = build/tsan
TSAN_FLAGS = -O1 -g -fsanitize=thread

LIB_OBJ_REL = $(LIB_SRC:%.c=$(REL)/%.o)
CMD_OBJ_REL = $(CMD_SRC:%.c=$(REL)/%.o)
LIB_OBJ_SAN = $(LIB_SRC:%.c=$(SAN)/%.o)
CMD_OBJ_SAN = $(CMD_SRC:%.c=$(SAN)/%.o)
UNIT_REL = $(UNIT_SRC:tests/unit/%.c=$(REL)/tests/%)
UNIT_SAN = $(UNIT_SRC:tests/unit/%.c=$(SAN)/tests/%)
LIB_OBJ_TSAN = $(LIB_SRC:%.c=$(TSAN)/%.o)
CMD_OBJ_TSAN = $(CMD_SRC:%.c=$(TSAN)/%.o)

DEPS_STAMP = build/.deps-ok

.PHONY: all deps check check-rel check-san unit cli demo install uninstall \
	clean fuzz fuzz-build props diff-test crash bench bench-quick lint tsan \
	extract-eval

all: growthstat

deps: $(DEPS_STAMP)
$(DEPS_STAMP): scripts/install-deps.sh
	@sh scripts/install-deps.sh
	@mkdir -p build && touch $@

growthstat: $(DEPS_STAMP) $(REL)/main.o $(CMD_OBJ_REL) $(REL)/libgs.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(REL)/main.o $(CMD_OBJ_REL) \
		$(REL)/libgs.a $(LDLIBS)

$(SAN)/growthstat: $(SAN)/main.o $(CMD_OBJ_SAN) $(SAN)/libgs.a
	$(CC) $(SAN_FLAGS) -o $@ $(SAN)/main.o $(CMD_OBJ_SAN) $(SAN)/libgs.a $(LDLIBS)

$(TSAN)/growthstat: $(TSAN)/main.o $(CMD_OBJ_TSAN) $(TSAN)/libgs.a
	$(CC) $(TSAN_FLAGS) -o $@ $(TSAN)/main.o $(CMD_OBJ_TSAN) $(TSAN)/libgs.a \
		$(LDLIBS)
$(TSAN)/libgs.a: $(LIB_OBJ_TSAN)
	@rm -f $@
	ar rcs $@ $^
$(TSAN)/%.o: %.c $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(TSAN_FLAGS) $(CPPFLAGS) -MMD -MP -c -o $@ $<
$(TSAN)/tests/%: tests/unit/%.c $(TSAN)/libgs.a
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(TSAN_FLAGS) $(CPPFLAGS) -o $@ $< $(TSAN)/libgs.a -lcmocka $(LDLIBS)

$(REL)/libgs.a: $(LIB_OBJ_REL)
	@rm -f $@
	ar rcs $@ $^
$(SAN)/libgs.a: $(LIB_OBJ_SAN)
	@rm -f $@
	ar rcs $@ $^

$(REL)/%.o: %.c $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS) -MMD -MP -c -o $@ $<
$(SAN)/%.o: %.c $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(SAN_FLAGS) $(CPPFLAGS) -MMD -MP -c -o $@ $<

$(REL)/tests/%: tests/unit/%.c $(REL)/libgs.a
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS) -o $@ $< $(REL)/libgs.a -lcmocka $(LDLIBS)
$(SAN)/tests/%: tests/unit/%.c $(SAN)/libgs.a
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(SAN_FLAGS) $(CPPFLAGS) -o $@ $< $(SAN)/libgs.a -lcmocka $(LDLIBS)

-include $(shell find build -name '*.d' 2>/dev/null)

# Fuzzing: libFuzzer harnesses (clang) over the CSV reader, the value/unit
# parsers and the period parser. `make fuzz` runs each for a bounded time
# (tests/fuzz/run.sh); make check replays their corpus (seeds and every input
# that once crashed) through the same harnesses built with gcc + ASan/UBSan.
FUZZ_NAMES = csv value period
FUZZ_DIR = build/fuzz
FUZZ_CC ?= clang
FUZZ_FLAGS = -g -O1 -fno-omit-frame-pointer -fsanitize=fuzzer,address,undefined \
	     -fno-sanitize-recover=all
FUZZ_SRC = common.c series/obs.c collector/csvin.c collector/layout.c \
	   collector/numfmt.c \
	   collector/figure.c series/value.c series/unit.c series/period.c \
	   series/cal.c
FUZZ_BIN = $(FUZZ_NAMES:%=$(FUZZ_DIR)/fuzz_%)
REPLAY_REL = $(FUZZ_NAMES:%=$(REL)/fuzz/replay_%)
REPLAY_SAN = $(FUZZ_NAMES:%=$(SAN)/fuzz/replay_%)

fuzz-build: $(FUZZ_BIN)
$(FUZZ_DIR)/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_SRC)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(WARN) $(FUZZ_FLAGS) $(CPPFLAGS) -o $@ $< $(FUZZ_SRC) $(LDLIBS)
$(REL)/fuzz/replay_%: tests/fuzz/fuzz_%.c tests/fuzz/replay.c $(REL)/libgs.a
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS) -o $@ $< tests/fuzz/replay.c \
		$(REL)/libgs.a $(LDLIBS)
$(SAN)/fuzz/replay_%: tests/fuzz/fuzz_%.c tests/fuzz/replay.c $(SAN)/libgs.a
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(SAN_FLAGS) $(CPPFLAGS) -o $@ $< tests/fuzz/replay.c \
		$(SAN)/libgs.a $(LDLIBS)

# The test runner prints one summary line, "N passed, N failed", at the end.
# End-to-end tests marked "# backends: sqlite postgres" run again against a
# throw-away PostgreSQL cluster (tests/pg/start.sh; skipped, and said so,
# when PostgreSQL is not installed; GS_PG=0 skips it).
check: growthstat $(UNIT_REL) $(SAN)/growthstat $(UNIT_SAN) $(REPLAY_REL) \
	$(REPLAY_SAN)
	@sh tests/run.sh $(REL) ./growthstat $(SAN) $(SAN)/growthstat

# Recall and precision of extract on the seed texts, the own texts and both
# halves of tests/extract/corpus, with every miss and false candidate
# (issue 16). Reports only; make check enforces the seed and own texts.
extract-eval: growthstat
	@python3 tests/extract_score.py --gs ./growthstat --eval

unit: $(UNIT_REL)
	@sh tests/run.sh $(REL) ./growthstat

demo: growthstat
	@sh scripts/demo.sh

# The cron wrapper is installed where the README's crontab line points,
# with the installed binary as its default (cron's PATH is short).
SHAREDIR = $(PREFIX)/share/growthstat
install: growthstat
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
		$(DESTDIR)$(PREFIX)/share/bash-completion/completions \
		$(DESTDIR)$(SHAREDIR) $(DESTDIR)$(PREFIX)/share/doc/growthstat
	install -m 755 growthstat $(DESTDIR)$(PREFIX)/bin/growthstat
	install -m 644 growthstat.1 $(DESTDIR)$(PREFIX)/share/man/man1/growthstat.1
	install -m 644 scripts/growthstat.bash \
		$(DESTDIR)$(PREFIX)/share/bash-completion/completions/growthstat
	@mkdir -p build
	sed 's|^gs=$${GROWTHSTAT:-growthstat}$$|gs=$${GROWTHSTAT:-"$(PREFIX)/bin/growthstat"}|' \
		scripts/cron-ingest.sh >build/cron-ingest.sh
	grep -q '^gs=.*$(PREFIX)/bin/growthstat' build/cron-ingest.sh
	install -m 755 build/cron-ingest.sh $(DESTDIR)$(SHAREDIR)/cron-ingest.sh
	install -m 644 LICENSE $(DESTDIR)$(PREFIX)/share/doc/growthstat/LICENSE

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/growthstat \
		$(DESTDIR)$(PREFIX)/share/man/man1/growthstat.1 \
		$(DESTDIR)$(PREFIX)/share/bash-completion/completions/growthstat \
		$(DESTDIR)$(SHAREDIR)/cron-ingest.sh \
		$(DESTDIR)$(PREFIX)/share/doc/growthstat/LICENSE
	-rmdir $(DESTDIR)$(SHAREDIR) $(DESTDIR)$(PREFIX)/share/doc/growthstat

fuzz: props diff-test
	@sh tests/fuzz/run.sh

# The differential test at length (tests/diff/): DIFF_N random workloads
# on SQLite and on a throw-away PostgreSQL, every answer compared byte for
# byte, fast paths against per-series reads; make check runs a few.
DIFF_N ?= 500
diff-test: growthstat
	@sh tests/diff/run.sh ./growthstat $(DIFF_N)

# The property tests of make check at length (tests/props.sh): gnuplot
# labels, hostile charts, vintage order and globs on both backends.
props: growthstat $(REL)/tests/test_plot_prop
	@sh tests/props.sh

# Kill trials: SIGKILL (and SIGTERM) at random moments of ingests, checking
# after each that nothing is half-written; make check runs a few of them.
CRASH_TRIALS ?= 100
crash: growthstat
	@sh tests/crash/run.sh ./growthstat $(CRASH_TRIALS)

bench: growthstat
	@sh tests/bench/run.sh

# ThreadSanitizer over the code that runs on two threads (collector/csvq.c,
# series/sqlite/sqlite_scan.c): the unit tests of the scan and every end-to-end test.
tsan: $(TSAN)/growthstat $(TSAN)/tests/test_scan
	@GS_PG=0 sh tests/run.sh $(TSAN) $(TSAN)/growthstat

bench-quick: growthstat
	@sh tests/bench/run.sh --quick

lint:
	cppcheck --quiet --enable=warning,portability --error-exitcode=1 \
		-I. $(LIB_SRC) $(CMD_SRC) main.c

clean:
	rm -rf build growthstat out
