# growthstat: build, test, install.
#
#   make            build ./growthstat (installs missing Debian packages first)
#   make check      unit + end-to-end tests, then again under ASan+UBSan
#   make demo       the main job: growthstat report on the seed dataset ->
#                   out/report.html (self-contained) and out/report.md
#   make install    PREFIX=/usr/local (DESTDIR honoured)
#   make fuzz       libFuzzer harnesses, bounded time (clang)
#   make diff-test  SQLite against PostgreSQL on DIFF_N random workloads
#   make bench      benchmarks (long; never part of check), ending with
#                   every issue 18 target, measured against its goal
#   make bench-large  10M rows on both backends (about 1 GB of CSV)
#   make extract-eval  recall and precision of extract (issue 16)
#   make PG=no      build (and `make PG=no check` test) without PostgreSQL;
#                   plain `make` builds with it again
#   make check-pg-no  build the PG=no binary beside the full one and show
#                   it has no libpq (tests/pg/no-pg.sh)

CC      ?= cc
PREFIX  ?= /usr/local
CFLAGS  ?= -O2 -g
WARN     = -std=c11 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes

# PG=no builds without PostgreSQL: no libpq headers or library, series/pg/
# left out; a postgresql:// --db then fails with exit 2, "built without
# PostgreSQL support". Each build directory remembers the setting it was
# built with (DIR/.config) and is rebuilt whole when it changes, so the
# same paths (./growthstat, build/rel, build/san) serve both settings.
PG ?= yes
ifeq ($(PG),no)
PG_CFLAGS = -DGS_NO_PG
PG_LIBS =
else
PG_CFLAGS := $(shell pkg-config --cflags libpq 2>/dev/null || \
		echo "-I$$(pg_config --includedir 2>/dev/null || echo /usr/include/postgresql)")
PG_LIBS := $(shell pkg-config --libs libpq 2>/dev/null || echo -lpq)
endif

# Library flags from pkg-config where the library ships a .pc file
# (sqlite3, libpq, cmocka); the plain -l flag when pkg-config or the file
# is missing. libcsv ships none.
SQLITE_CFLAGS := $(shell pkg-config --cflags sqlite3 2>/dev/null)
SQLITE_LIBS := $(shell pkg-config --libs sqlite3 2>/dev/null || echo -lsqlite3)
CMOCKA_LIBS := $(shell pkg-config --libs cmocka 2>/dev/null || echo -lcmocka)
CSV_LIBS = -lcsv

CPPFLAGS += -I. $(SQLITE_CFLAGS) $(PG_CFLAGS)
LDLIBS   = $(SQLITE_LIBS) $(PG_LIBS) $(CSV_LIBS) -lm -pthread

# assert() checks internal invariants (series/, see db_internal.h): in the
# sanitizer builds, out of the release build (NDEBUG), as SQLite does.
REL_FLAGS = $(CFLAGS) -DNDEBUG
SAN_FLAGS = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer \
	    -fno-sanitize-recover=all
TSAN_FLAGS = -O1 -g -fsanitize=thread

# Every .c file under the three layers, at any depth (series/sqlite/,
# collector/extract/, reports/chart/ ...); cmd_*.c files are the commands.
TREE_SRC = $(sort $(shell find series collector reports -name '*.c'))
ifeq ($(PG),no)
TREE_SRC := $(filter-out series/pg/%,$(TREE_SRC))
endif
CMD_SRC  = $(foreach f,$(TREE_SRC),$(if $(findstring /cmd_,$(f)),$(f))) cli.c
LIB_SRC  = common.c outfile.c $(filter-out $(CMD_SRC),$(TREE_SRC))
UNIT_SRC = $(wildcard tests/unit/test_*.c)

REL ?= build/rel
SAN ?= build/san
TSAN ?= build/tsan
# The release binary (check-pg-no builds one elsewhere).
REL_BIN ?= growthstat

UNIT_REL = $(UNIT_SRC:tests/unit/%.c=$(REL)/tests/%)
UNIT_SAN = $(UNIT_SRC:tests/unit/%.c=$(SAN)/tests/%)

DEPS_STAMP = build/.deps-ok-pg-$(PG)

.PHONY: all deps check semantics check-rel check-san unit cli demo install uninstall \
	clean fuzz fuzz-build props diff-test crash bench bench-quick lint tsan \
	extract-eval extract-train check-pg-no bench-large

all: growthstat

deps: $(DEPS_STAMP)
$(DEPS_STAMP): scripts/install-deps.sh
	@PG=$(PG) sh scripts/install-deps.sh
	@mkdir -p build && touch $@

# DIR/.config holds the settings DIR was built with; rewritten (and so
# everything in DIR rebuilt) when they change.
CONFIG_NOW = PG=$(PG)
config_stamp = $(shell mkdir -p $(1) && \
	[ "$$(cat $(1)/.config 2>/dev/null)" = "$(CONFIG_NOW)" ] || \
	echo "$(CONFIG_NOW)" >$(1)/.config)

# One build of the library, the binary $(3) and the unit tests, in
# directory $(1) with compiler flags $(2): release, ASan+UBSan and TSan.
define build_rules
$(call config_stamp,$(1))
$(1)/libgs.a: $$(LIB_SRC:%.c=$(1)/%.o)
	@rm -f $$@
	ar rcs $$@ $$^
$(1)/%.o: %.c $$(DEPS_STAMP) $(1)/.config
	@mkdir -p $$(dir $$@)
	$$(CC) $$(WARN) $(2) $$(CPPFLAGS) -MMD -MP -c -o $$@ $$<
$(1)/tests/%: tests/unit/%.c $(1)/libgs.a
	@mkdir -p $$(dir $$@)
	$$(CC) $$(WARN) $(2) $$(CPPFLAGS) -o $$@ $$< $(1)/libgs.a \
		$$(CMOCKA_LIBS) $$(LDLIBS)
$(3): $$(DEPS_STAMP) $(1)/main.o $$(CMD_SRC:%.c=$(1)/%.o) $(1)/libgs.a
	$$(CC) $(2) $$(LDFLAGS) -o $$@ $(1)/main.o \
		$$(CMD_SRC:%.c=$(1)/%.o) $(1)/libgs.a $$(LDLIBS)
endef
$(eval $(call build_rules,$(REL),$(REL_FLAGS),$(REL_BIN)))
$(eval $(call build_rules,$(SAN),$(SAN_FLAGS),$(SAN)/growthstat))
$(eval $(call build_rules,$(TSAN),$(TSAN_FLAGS),$(TSAN)/growthstat))

-include $(shell find build -name '*.d' 2>/dev/null)

# Fuzzing: libFuzzer harnesses (clang) over the CSV reader, the value/unit
# parsers and the period parser. `make fuzz` runs each for a bounded time
# (tests/fuzz/run.sh); make check replays their corpus (seeds and every input
# that once crashed) through the same harnesses built with gcc + ASan/UBSan.
FUZZ_NAMES = csv value period
FUZZ_DIR = build/fuzz
FUZZ_CC ?= clang
FUZZ_SAN = -g -O1 -fno-omit-frame-pointer -fno-sanitize-recover=all
FUZZ_FLAGS = $(FUZZ_SAN) -fsanitize=fuzzer,address,undefined
# the library's objects: instrumented, without libFuzzer's main
FUZZ_OBJ_FLAGS = $(FUZZ_SAN) -fsanitize=fuzzer-no-link,address,undefined
# The harnesses link the library the program links (LIB_SRC), built once
# with clang into an archive of its own: the linker takes what they need,
# so no hand-kept list of files can fall behind the code (it did: a list
# without unit_noun.c, fastnum.c and gs_redact_uri's file failed to link).
FUZZ_LIB = $(FUZZ_DIR)/libgs.a
FUZZ_OBJ = $(LIB_SRC:%.c=$(FUZZ_DIR)/obj/%.o)
FUZZ_BIN = $(FUZZ_NAMES:%=$(FUZZ_DIR)/fuzz_%)
REPLAY_REL = $(FUZZ_NAMES:%=$(REL)/fuzz/replay_%)
REPLAY_SAN = $(FUZZ_NAMES:%=$(SAN)/fuzz/replay_%)

fuzz-build: $(FUZZ_BIN)
$(FUZZ_DIR)/obj/%.o: %.c $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(WARN) $(FUZZ_OBJ_FLAGS) $(CPPFLAGS) -c -o $@ $<
$(FUZZ_LIB): $(FUZZ_OBJ)
	@rm -f $@
	ar rcs $@ $^
$(FUZZ_DIR)/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_LIB)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(WARN) $(FUZZ_FLAGS) $(CPPFLAGS) -o $@ $< $(FUZZ_LIB) $(LDLIBS)
$(REL)/fuzz/replay_%: tests/fuzz/fuzz_%.c tests/fuzz/replay.c $(REL)/libgs.a
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(REL_FLAGS) $(CPPFLAGS) -o $@ $< tests/fuzz/replay.c \
		$(REL)/libgs.a $(LDLIBS)
$(SAN)/fuzz/replay_%: tests/fuzz/fuzz_%.c tests/fuzz/replay.c $(SAN)/libgs.a
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(SAN_FLAGS) $(CPPFLAGS) -o $@ $< tests/fuzz/replay.c \
		$(SAN)/libgs.a $(LDLIBS)

# The test runner prints one summary line, "N passed, N failed", at the end.
# End-to-end tests marked "# backends: sqlite postgres" run again against a
# throw-away PostgreSQL cluster (tests/pg/start.sh; skipped, and said so,
# when PostgreSQL is not installed; GS_PG=0 skips it).
# With PG=no the PostgreSQL runs are skipped, and said so (check and unit).
RUN_TESTS = $(if $(filter no,$(PG)),@echo "postgres: skipped (PG=no: built \
	without PostgreSQL support)"; GS_PG=0 sh tests/run.sh,@sh tests/run.sh)
check: growthstat $(UNIT_REL) $(SAN)/growthstat $(UNIT_SAN) $(REPLAY_REL) \
	$(REPLAY_SAN)
	$(RUN_TESTS) $(REL) ./growthstat $(SAN) $(SAN)/growthstat

# The PostgreSQL-free build beside the full one: builds
# build/rel-nopg/growthstat and shows it read no PostgreSQL header, links
# no libpq, has no libpq symbol, refuses a server URI with exit 2 and works
# on SQLite (tests/pg/no-pg.sh). Not part of check: it compiles the tree
# again (about 20 s); `make PG=no check` runs the whole suite without it.
check-pg-no:
	@$(MAKE) --no-print-directory PG=no REL=build/rel-nopg \
		SAN=build/san-nopg TSAN=build/tsan-nopg \
		REL_BIN=build/rel-nopg/growthstat build/rel-nopg/growthstat
	@sh tests/pg/no-pg.sh build/rel-nopg/growthstat

# Recall and precision of extract on the seed texts, the own texts and every
# folder of tests/extract/corpus (one named holdout* is reported as held
# out), with every miss and false candidate (issue 16). Reports only; make
# check enforces the seed and own texts.
extract-eval: growthstat
	@python3 tests/extract_score.py --gs ./growthstat --eval

# The learned period chooser (issue 16, round sixteen): xfeat dumps every
# period a text offers each candidate with its features; extract-train
# labels them from the corpus keys, measures a model by leaving one
# writer's folder out and on old_holdout23/24 (trained without them), and
# prints the tables (tests/extract/train_period.py; about 10 minutes).
$(REL)/xfeat: tests/extract/xfeat.c $(REL)/libgs.a
	$(CC) $(WARN) $(REL_FLAGS) $(CPPFLAGS) -o $@ $< $(REL)/libgs.a $(LDLIBS)
extract-train: growthstat $(REL)/xfeat
	@python3 tests/extract/train_period.py --gs ./growthstat \
		--xfeat $(REL)/xfeat --final

unit: growthstat $(UNIT_REL) $(REPLAY_REL)
	$(RUN_TESTS) $(REL) ./growthstat

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

# The numbers against an independent python reference written from README
# (tests/semantics/): growth, project, check, ytd, frequency on random
# databases; SEM_N seeds (20: about half a minute).
SEM_N ?= 20
semantics: growthstat
	@python3 tests/semantics/drive.py ./growthstat $(SEM_N)

# Kill trials: SIGKILL (and SIGTERM) at random moments of ingests, checking
# after each that nothing is half-written; make check runs a few of them.
CRASH_TRIALS ?= 100
crash: growthstat
	@sh tests/crash/run.sh ./growthstat $(CRASH_TRIALS)

bench: growthstat
	@sh tests/bench/run.sh

# ThreadSanitizer over the code that runs on two threads (collector/csvq.c,
# series/sqlite/sqlite_scan.c, series/relay.c and the stage's worker): the
# unit tests of the scan, the relay and the batch, and every end-to-end test.
tsan: $(TSAN)/growthstat $(TSAN)/tests/test_scan $(TSAN)/tests/test_relay \
		$(TSAN)/tests/test_batch
	@GS_PG=0 sh tests/run.sh $(TSAN) $(TSAN)/growthstat

bench-quick: growthstat
	@sh tests/bench/run.sh --quick

# 10M rows (~1 GB CSV) into SQLite and PostgreSQL after the 1M runs: time
# per million, peak RSS, peak temporary disk, a report over all series.
bench-large: growthstat
	@sh tests/bench/run.sh --large

lint:
	cppcheck --quiet --enable=warning,portability --error-exitcode=1 \
		-I. $(LIB_SRC) $(CMD_SRC) main.c

clean:
	rm -rf build growthstat out
