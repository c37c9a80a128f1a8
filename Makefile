# mytrace - a scriptable system call tracer.  See README.md.
#
#   make            build ./mytrace
#   make check      install what is missing, build, run every test
#   make check SANITIZE=1   the same under AddressSanitizer + UBSan
#   make demo       install what is missing, build, trace `ls -l /`
#   make bench      time mytrace against strace (build/bench.txt)
#   make parity     compare mytrace with strace line by line
#                   (build/parity-corpus.txt)
#   make fuzz       run each libFuzzer harness FUZZ_SECONDS (60) (clang)
#   make install PREFIX=/usr/local DESTDIR=

CC ?= cc
PKG_CONFIG ?= pkg-config
PREFIX ?= /usr/local
BINDIR = $(PREFIX)/bin
DATADIR = $(PREFIX)/share/mytrace
MANDIR = $(PREFIX)/share/man/man1

SANITIZE ?= 0
ifeq ($(SANITIZE),1)
B := build/san
SANFLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer \
	-fno-sanitize-recover=undefined
OPT := -O1
else
B := build/rel
SANFLAGS :=
OPT := -O2
endif

PKGS := lua5.4 readline
PKG_CFLAGS := $(shell $(PKG_CONFIG) --cflags $(PKGS) 2>/dev/null)
PKG_LIBS := $(shell $(PKG_CONFIG) --libs $(PKGS) 2>/dev/null)
CMOCKA_CFLAGS := $(shell $(PKG_CONFIG) --cflags cmocka 2>/dev/null)
CMOCKA_LIBS := $(shell $(PKG_CONFIG) --libs cmocka 2>/dev/null)

WARN := -Wall -Wextra -Wshadow -Wformat=2 -Wstrict-prototypes \
	-Wmissing-prototypes -Wpointer-arith -Wundef -Wvla \
	-Wno-missing-field-initializers
CPPFLAGS += -D_GNU_SOURCE -Iinclude -I$(B)/gen \
	-DMYTRACE_DATADIR='"$(DATADIR)"'
CFLAGS ?= $(OPT) -g
CFLAGS += -std=gnu11 $(WARN) $(SANFLAGS) $(PKG_CFLAGS) -MMD -MP
LDFLAGS += $(SANFLAGS)
LDLIBS += $(PKG_LIBS)

SRCS := $(sort $(wildcard src/*.c))
OBJS := $(SRCS:src/%.c=$(B)/obj/%.o)
LIBOBJS := $(filter-out $(B)/obj/main.o,$(OBJS))
UNIT_SRCS := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BINS := $(UNIT_SRCS:tests/unit/%.c=$(B)/unit/%)
TRACEE_SRCS := $(sort $(wildcard tests/tracees/*.c))
TRACEE_BINS := $(TRACEE_SRCS:tests/tracees/%.c=$(B)/tracees/%)
GEN := $(B)/gen/syscall_names.h

.PHONY: all deps check unit integration demo install uninstall clean \
	format

all: mytrace

ifeq ($(SANITIZE),1)
mytrace: $(B)/mytrace
else
mytrace: $(B)/mytrace
	cp $< $@
endif

$(B)/mytrace: $(OBJS)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(GEN): tools/gen_syscalls.sh
	@mkdir -p $(@D)
	CC="$(CC)" sh tools/gen_syscalls.sh > $@.tmp && mv $@.tmp $@

$(B)/obj/%.o: src/%.c | $(GEN)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

$(B)/unit/%: tests/unit/%.c $(LIBOBJS)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(CMOCKA_CFLAGS) -o $@ \
		$(filter %.c %.o,$^) \
		$(LDFLAGS) $(CMOCKA_LIBS) $(LDLIBS)

# Tracees are the "real programs" of the tests: built without sanitizers.
$(B)/tracees/%: tests/tracees/%.c
	@mkdir -p $(@D)
	$(CC) -D_GNU_SOURCE -O1 -g -Wall -o $@ $< -pthread

deps:
	@sh tools/deps.sh

check: deps
	@$(MAKE) --no-print-directory build-tests
	@if sh tests/fuzz/have_libfuzzer.sh $(FUZZ_CC); then \
		$(MAKE) --no-print-directory fuzz-build; \
	else \
		echo "check: no $(FUZZ_CC) with libFuzzer: the fuzz step is skipped"; \
	fi
	@MYTRACE=$(CURDIR)/$(B)/mytrace TRACEES=$(CURDIR)/$(B)/tracees \
		UNITS="$(UNIT_BINS)" SANITIZE=$(SANITIZE) FUZZ_DIR=$(CURDIR)/$(FZ) \
		sh tests/run.sh

# make fuzz: the libFuzzer harnesses tests/fuzz/fuzz_*.c (clang), each
# run FUZZ_SECONDS (60) on a corpus kept in build/fuzz/corpus.  `make
# check` runs a short fixed-iteration pass (tests/integration/robust_fuzz.sh).
FUZZ_CC ?= clang
FUZZ_SECONDS ?= 60
FZ := build/fuzz
FUZZ_SAN := -fsanitize=address,undefined -fno-sanitize-recover=undefined \
	-fno-omit-frame-pointer
# Every module but main, instrumented, in an archive: a harness links
# only what its entry points need.
FUZZ_OBJS := $(LIBOBJS:$(B)/obj/%=$(FZ)/obj/%)
FUZZERS := $(patsubst tests/fuzz/%.c,$(FZ)/%,$(wildcard tests/fuzz/fuzz_*.c))

.PHONY: fuzz fuzz-build
fuzz: fuzz-build
	@FUZZ_DIR=$(CURDIR)/$(FZ) FUZZ_SECONDS=$(FUZZ_SECONDS) sh tests/fuzz/run.sh

fuzz-build: $(FUZZERS)

$(FZ)/obj/%.o: src/%.c | $(GEN)
	@mkdir -p $(@D)
	$(FUZZ_CC) $(CPPFLAGS) -O1 -g -std=gnu11 $(PKG_CFLAGS) \
		-fsanitize=fuzzer-no-link $(FUZZ_SAN) -MMD -MP -c -o $@ $<

$(FZ)/libmytrace.a: $(FUZZ_OBJS)
	rm -f $@
	ar rcs $@ $^

$(FZ)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz_util.h $(FZ)/libmytrace.a
	$(FUZZ_CC) $(CPPFLAGS) -O1 -g -std=gnu11 -Wall -Wextra \
		-fsanitize=fuzzer $(FUZZ_SAN) -o $@ $< $(FZ)/libmytrace.a \
		$(PKG_LIBS)

# make bench: mytrace against strace on bench/ workloads -> build/bench.txt
# (sizes and runs from the environment, see bench/run.sh).
.PHONY: bench
bench: mytrace build/bench/work build/bench/timeit
	@sh bench/run.sh

build/bench/%: bench/%.c
	@mkdir -p $(@D)
	$(CC) -D_GNU_SOURCE -O2 -Wall -Wextra -o $@ $< -pthread

# make parity: the strace parity corpus with every option (plain, -v,
# -x, -y, -f) and the everyday commands -> build/parity-corpus.txt.
.PHONY: parity
parity: build-tests
	@MYTRACE=$(CURDIR)/$(B)/mytrace TRACEES=$(CURDIR)/$(B)/tracees \
		TOP=$(CURDIR) PARITY_FULL=1 \
		sh tests/integration/parity_corpus.sh

.PHONY: build-tests
build-tests: mytrace $(UNIT_BINS) $(TRACEE_BINS)

demo: deps
	@$(MAKE) --no-print-directory mytrace
	./$(B)/mytrace ls -l /

install: mytrace
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/lua \
		$(DESTDIR)$(DATADIR)/scripts $(DESTDIR)$(MANDIR)
	install -m 755 $(B)/mytrace $(DESTDIR)$(BINDIR)/mytrace
	cp -R lua/. $(DESTDIR)$(DATADIR)/lua/
	cp -R scripts/. $(DESTDIR)$(DATADIR)/scripts/
	install -m 644 mytrace.1 $(DESTDIR)$(MANDIR)/mytrace.1

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/mytrace $(DESTDIR)$(MANDIR)/mytrace.1
	rm -rf $(DESTDIR)$(DATADIR)

format:
	clang-format -i src/*.c include/*.h tests/unit/*.c tests/tracees/*.c

clean:
	rm -rf build mytrace

-include $(OBJS:.o=.d) $(UNIT_BINS:=.d) $(FUZZ_OBJS:.o=.d)
