# Patina — build, test, install.
#   make          build build/patina and build/libpatina_rt.a
#   make test     run the whole test suite (SAN=1: under ASan+UBSan), then make fuzz-smoke
#   make fuzz     fuzz the front end (lexing through the ownership checks and layout) with
#                 libFuzzer for FUZZ_SECONDS (600), one job; seeds from tests/ and examples/,
#                 dictionary tests/fuzz/rust.dict, findings kept in build-fuzz/fuzz/findings
#   make fuzz-smoke  replay tests/fuzz/regress, then fuzz for 30 s (fails on any finding)
#   make demo     compile and run a program from examples/
#   make bench    compare against rustc on ../shared/bench, borrowck stress (tests/bench)
#   make difftest differential fuzzing against rustc (N=100 programs from SEED=1)
#   make install  put patina on PATH (PREFIX=/usr/local)

CC      ?= cc
PREFIX  ?= /usr/local
LLVM_CONFIG ?= llvm-config-19
RE2C    ?= re2c
LEMON   ?= lemon

FUZZ_BUILD := build-fuzz
FUZZ_SECONDS ?= 600

ifeq ($(FUZZ),1)
# the libFuzzer target's build (make fuzz runs this make with FUZZ=1): clang-19 only;
# -O1, as fuzzing builds usually are (it halves the build that make test waits for)
CFLAGS  ?= -O1 -g
BUILD   := $(FUZZ_BUILD)
override CC := clang-19
SANFLAGS := -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer \
            -fno-sanitize-recover=undefined
DEPS_FOR := fuzz
else ifeq ($(SAN),1)
BUILD   := build-san
SANFLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
else
BUILD   := build
SANFLAGS :=
endif

WARN    := -Wall -Wextra
CFLAGS  ?= -O2 -g
ALL_CFLAGS := -std=c17 -D_GNU_SOURCE $(WARN) $(CFLAGS) $(SANFLAGS) -MMD -MP \
              -Icompiler -Iruntime -I$(BUILD)
LLVM_CFLAGS = $(shell $(LLVM_CONFIG) --cflags 2>/dev/null | sed 's/-std=[^ ]*//')
LLVM_LIBS   = $(shell $(LLVM_CONFIG) --ldflags --libs 2>/dev/null) \
              $(shell $(LLVM_CONFIG) --system-libs 2>/dev/null)

# compiler/ has a folder per stage (see compiler/patina.h); object files are flat in $(BUILD).
COMPILER_DIRS := support syntax sema typeck lower ir borrowck mono back driver
COMPILER_SRCS := $(notdir $(basename \
                 $(foreach d,$(COMPILER_DIRS),$(wildcard compiler/$(d)/*.c))))
COMPILER_OBJS := $(addprefix $(BUILD)/,$(addsuffix .o,$(COMPILER_SRCS))) \
                 $(BUILD)/lexer.o $(BUILD)/parser.o $(BUILD)/stdlib_embed.o \
                 $(BUILD)/explain_embed.o \
                 $(BUILD)/rt_unicode.o   # char escapes in pattern witnesses
vpath %.c $(addprefix compiler/,$(COMPILER_DIRS))
RUNTIME_SRCS  := $(wildcard runtime/*.c)
RUNTIME_OBJS  := $(patsubst runtime/%.c,$(BUILD)/rt_%.o,$(RUNTIME_SRCS))

all: deps $(BUILD)/patina $(BUILD)/libpatina_rt.a

deps:
	@sh mk/deps.sh $(DEPS_FOR)

# Every rule that writes into $(BUILD) waits for it (order-only), and it waits for the
# tools: under make -j nothing may run lemon or re2c before deps.sh has installed them.
$(BUILD): deps
	@mkdir -p $(BUILD)

# Generated sources are build products: the lemon grammar (which must have no conflicts)
# and the re2c lexer. One lemon run makes both files: the header hangs off parser.c, so
# that `make -j` never runs lemon twice at once in the same directory.
$(BUILD)/parser.h: $(BUILD)/parser.c ;
$(BUILD)/parser.c: compiler/syntax/parser.y | $(BUILD)
	@cp compiler/syntax/parser.y $(BUILD)/parser.y
	$(LEMON) -q -s -d$(BUILD) -T/usr/share/lemon/lempar.c $(BUILD)/parser.y > $(BUILD)/lemon.log 2>&1 \
	  || { cat $(BUILD)/lemon.log; rm -f $(BUILD)/parser.c $(BUILD)/parser.h; exit 1; }
	@if grep -Eq 'parsing conflict|conflicts\.+ *[1-9]' $(BUILD)/lemon.log; then \
	  cat $(BUILD)/lemon.log; echo "error: the grammar has lemon conflicts"; \
	  rm -f $(BUILD)/parser.c; exit 1; fi
# lemon keeps an unchanged header's old time: make would run it again
	@touch $(BUILD)/parser.c $(BUILD)/parser.h

$(BUILD)/lexer.c: compiler/syntax/lexer.re $(BUILD)/parser.h | $(BUILD)
	$(RE2C) -W --no-generation-date -o $@ compiler/syntax/lexer.re

$(BUILD)/lexer.o: $(BUILD)/lexer.c
	$(CC) $(ALL_CFLAGS) -Wno-unused-const-variable -c -o $@ $<

$(BUILD)/parser.o: $(BUILD)/parser.c
	$(CC) $(ALL_CFLAGS) -Wno-unused-const-variable -Wno-unused-variable -Wno-unused-parameter \
	    -Wno-sign-compare -Wno-implicit-fallthrough -c -o $@ $<

# stdlib/ is compiled into the binary: one file to install.
$(BUILD)/stdlib_embed.c: stdlib/prelude.rs mk/embed.sh | $(BUILD)
	sh mk/embed.sh patina_prelude_source stdlib/prelude.rs > $@

$(BUILD)/stdlib_embed.o: $(BUILD)/stdlib_embed.c
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

# So are the texts `patina --explain CODE` prints, one file per error code. The list of
# files is a dependency too (explain.list changes only when it does): removing a text
# rebuilds the table.
EXPLAIN_TEXTS := $(sort $(wildcard compiler/driver/explain/E*.md))
$(BUILD)/explain.list: explain-list-check | $(BUILD)
	@echo $(EXPLAIN_TEXTS) | cmp -s - $@ || echo $(EXPLAIN_TEXTS) > $@
explain-list-check: ;
$(BUILD)/explain_embed.c: $(EXPLAIN_TEXTS) $(BUILD)/explain.list mk/embed.sh | $(BUILD)
	sh mk/embed.sh --table patina_explanations $(EXPLAIN_TEXTS) > $@

$(BUILD)/explain_embed.o: $(BUILD)/explain_embed.c
	$(CC) $(ALL_CFLAGS) -c -o $@ $<


# the driver links AddressSanitizer's runtime from LLVM's clang resource directory
$(BUILD)/main.o: ALL_CFLAGS += -DPATINA_LLVM_LIBDIR='"$(shell $(LLVM_CONFIG) --libdir 2>/dev/null)"'

# the files that include LLVM-C's headers
LLVM_OBJS := $(BUILD)/codegen.o $(BUILD)/debuginfo.o
$(LLVM_OBJS): $(BUILD)/%.o: %.c | $(BUILD)
	$(CC) $(ALL_CFLAGS) $(LLVM_CFLAGS) -c -o $@ $<

# Header dependencies come from the compiler (-MMD); every file may include the grammar's
# token codes, so all wait for parser.h.
$(BUILD)/%.o: %.c $(BUILD)/parser.h | $(BUILD)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

-include $(wildcard $(BUILD)/*.d)

$(BUILD)/patina: $(COMPILER_OBJS)
	$(CC) $(SANFLAGS) -o $@ $(COMPILER_OBJS) $(LLVM_LIBS) -lpthread

# The fuzz target: the front end without the driver and codegen (no LLVM), linked with
# libFuzzer. Only the FUZZ=1 build makes it.
FUZZ_OBJS := $(filter-out $(BUILD)/main.o $(LLVM_OBJS),$(COMPILER_OBJS))

$(BUILD)/patina-fuzz: tests/fuzz/fuzz_target.c $(FUZZ_OBJS)
	$(CC) $(ALL_CFLAGS) -fsanitize=fuzzer -o $@ tests/fuzz/fuzz_target.c $(FUZZ_OBJS) -lpthread

# The runtime is built without sanitizers: it is linked into user programs. It keeps its
# frame pointers: AddressSanitizer's reports (-Z sanitizer=address) walk the stack by them,
# from the malloc and free the runtime's allocator calls up to the program's code.
$(BUILD)/rt_%.o: runtime/%.c runtime/rt.h | $(BUILD)
	$(CC) -std=c17 -D_GNU_SOURCE $(WARN) -O2 -g -fPIC -fno-omit-frame-pointer -Iruntime \
	    -c -o $@ $<

$(BUILD)/libpatina_rt.a: $(RUNTIME_OBJS)
	rm -f $@ && ar rcs $@ $(RUNTIME_OBJS)

# make test builds on every core even when called without -j (as CI calls it): a serial
# build of the compiler and of the fuzz target would take longer than the tests.
JOBS     := $(shell nproc 2>/dev/null || echo 2)
PARALLEL  = $(if $(filter -j% --jobserver%,$(MAKEFLAGS)),,-j$(JOBS))

test:
	@$(MAKE) --no-print-directory $(PARALLEL) all
	@if [ -n "$(VALGRIND)" ] && ! command -v valgrind > /dev/null; then \
	    echo "make test VALGRIND=1 needs valgrind: apt-get install -y valgrind"; exit 1; fi
	@sh mk/deps.sh html
	@sh mk/deps.sh asan
	@PATINA_VALGRIND=$(VALGRIND) sh tests/run.sh $(BUILD)/patina
	@$(MAKE) --no-print-directory $(PARALLEL) fuzz-smoke

# make fuzz: FUZZ_SECONDS of coverage-guided fuzzing (one job); make fuzz-smoke: replays
# tests/fuzz/regress and fuzzes for 30 s (part of make test). See tests/fuzz/fuzz.sh.
fuzz:
	@$(MAKE) --no-print-directory FUZZ=1 $(FUZZ_BUILD)/patina-fuzz
	@sh tests/fuzz/fuzz.sh $(FUZZ_BUILD)/patina-fuzz $(FUZZ_SECONDS)

fuzz-smoke:
	@$(MAKE) --no-print-directory FUZZ=1 $(FUZZ_BUILD)/patina-fuzz
	@sh tests/fuzz/fuzz.sh --smoke $(FUZZ_BUILD)/patina-fuzz 30

# The differential fuzzer (tests/fuzz/): N random programs, Patina against rustc.
N    ?= 100
SEED ?= 1
$(BUILD)/fuzz/%: tests/fuzz/%.c | $(BUILD)
	@mkdir -p $(BUILD)/fuzz
	$(CC) -std=c17 -D_GNU_SOURCE $(WARN) -O2 -o $@ $<

difftest: all $(BUILD)/fuzz/gen $(BUILD)/fuzz/reduce
	@sh tests/fuzz/difftest.sh -n $(N) -s $(SEED) -p $(BUILD)/patina -b $(BUILD)/fuzz \
	    $(if $(WEIGHTS),-w $(WEIGHTS))

demo: all
	@sh mk/demo.sh $(BUILD)/patina

# run time and compile speed beside rustc (when it exists), the borrow checker's growth
# with a function's size, the runtime's allocator (tests/bench/bench.sh)
bench: all
	@CC="$(CC)" sh tests/bench/bench.sh "$(CURDIR)/$(BUILD)/patina" "$(BUILD)"

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib/patina
	install -m 755 $(BUILD)/patina $(DESTDIR)$(PREFIX)/bin/patina
	install -m 644 $(BUILD)/libpatina_rt.a $(DESTDIR)$(PREFIX)/lib/patina/libpatina_rt.a

clean:
	rm -rf build build-san $(FUZZ_BUILD)

.PHONY: all deps test demo bench install clean fuzz fuzz-smoke difftest explain-list-check
