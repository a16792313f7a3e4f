# taipan — plain GNU Makefile. `make` builds ./taipan; see README.md for the rest.
CC ?= cc
SRCS := $(wildcard src/*.c)
# utf8proc (MIT) linked statically when its archive is installed: one shared library fewer to
# map and relocate at every start-up (docs/performance.md "Start-up")
UTF8PROC_A := $(shell $(CC) -print-file-name=libutf8proc.a)
LIBS = -lgmp $(if $(filter /%,$(UTF8PROC_A)),$(UTF8PROC_A),-lutf8proc) $(EDIT_LIBS) -lm
# libedit (the prompt's line editing); a static link names what its archive needs
EDIT_LIBS := -ledit
STATIC_EDIT_LIBS := -ledit -ltinfo -lbsd -lmd
WARN := -Wall -Wextra -Wshadow -Wundef -Wwrite-strings -Wmissing-prototypes -Wstrict-prototypes \
        -Wno-unused-parameter
BASE_CFLAGS := -std=c11 -D_GNU_SOURCE -Isrc $(WARN) -MMD -MP
ifdef WERROR
BASE_CFLAGS += -Werror
endif

VARIANT ?= release
ifeq ($(VARIANT),release)
# not position-independent (as CPython's python3.11): no 5500 relative relocations to apply and
# no pages of method tables dirtied at every start-up (docs/performance.md "Start-up")
VCFLAGS := -O2 -DNDEBUG -fno-pie
VLDFLAGS := -no-pie -static
EDIT_LIBS := $(STATIC_EDIT_LIBS)
else ifeq ($(VARIANT),pgo-gen)
# tools/pgo.sh: the release build instrumented for profile-guided optimisation ...
VCFLAGS := -O2 -DNDEBUG -fno-pie -fprofile-generate -fprofile-update=single
VLDFLAGS := -no-pie -static -fprofile-generate
EDIT_LIBS := $(STATIC_EDIT_LIBS)
else ifeq ($(VARIANT),pgo)
# ... and compiled with the profile it recorded (build/pgo/*.gcda)
VCFLAGS := -O2 -DNDEBUG -fno-pie -fprofile-use -fprofile-correction -Wno-missing-profile
VLDFLAGS := -no-pie -static
EDIT_LIBS := $(STATIC_EDIT_LIBS)
else ifeq ($(VARIANT),debug)
VCFLAGS := -O0 -g -DTP_DEBUG
VLDFLAGS :=
else ifeq ($(VARIANT),asan)
VCFLAGS := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all -DTP_DEBUG
VLDFLAGS := -fsanitize=address,undefined
else ifeq ($(VARIANT),gcstress)
VCFLAGS := -O1 -g -DTP_GC_STRESS -DTP_DEBUG
VLDFLAGS :=
else ifeq ($(VARIANT),fuzz)
VCFLAGS := -O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer \
           -fno-sanitize-recover=all -DTP_DEBUG -DTP_FUZZ
VLDFLAGS := -fsanitize=fuzzer,address,undefined
endif

BUILD := build/$(VARIANT)
OBJS := $(SRCS:src/%.c=$(BUILD)/%.o) $(BUILD)/lib_embed.o

# The pure-Python standard library (lib/**/*.py) is compiled into the binary: tools/embed.c
# (built with the host compiler, no Python needed) writes every file as a byte array plus a
# module table into $(BUILD)/lib_embed.c. Depending on the lib directories too catches added or
# removed files.
LIB_PY := $(shell find lib -name '*.py' 2>/dev/null | LC_ALL=C sort)
LIB_DIRS := $(shell find lib -type d 2>/dev/null)

.PHONY: all debug asan gcstress test asan-test gcstress-test expected clean bench unit-test
.PHONY: fuzz fuzz-smoke faultinject pgo

all: taipan

ifeq ($(VARIANT),release)
taipan: $(BUILD)/taipan
	cp $< $@.tmp && mv -f $@.tmp $@
endif

# In a static link glibc warns that libedit's look-ups of home directories (getpwuid, ...) need
# glibc's NSS libraries of the same version at run time: taipan is built where it runs, so
# those two-line warnings are dropped; any other message of the linker is shown.
$(BUILD)/taipan: $(OBJS)
	$(CC) $(VLDFLAGS) -o $@ $(OBJS) $(LIBS) 2>$@.ld || { cat $@.ld >&2; exit 1; }
	@grep -v -e "in statically linked applications requires at runtime" \
	         -e "^/usr/bin/ld: .*\.a(.*): in function" $@.ld >&2 || true

$(BUILD)/embed: tools/embed.c | $(BUILD)
	$(CC) -std=c11 -O1 -Wall -Wextra -o $@ $<

$(BUILD)/lib_embed.c: $(BUILD)/embed $(LIB_PY) $(LIB_DIRS)
	$(BUILD)/embed lib >$@.tmp && mv -f $@.tmp $@

$(BUILD)/lib_embed.o: $(BUILD)/lib_embed.c
	$(CC) $(BASE_CFLAGS) $(VCFLAGS) $(CFLAGS) -c $< -o $@

$(BUILD)/%.o: src/%.c | $(BUILD)
	$(CC) $(BASE_CFLAGS) $(VCFLAGS) $(CFLAGS) -c $< -o $@

$(BUILD):
	mkdir -p $@

debug:
	$(MAKE) VARIANT=debug build/debug/taipan
asan:
	$(MAKE) VARIANT=asan build/asan/taipan
gcstress:
	$(MAKE) VARIANT=gcstress build/gcstress/taipan

test: taipan
	tests/run.sh --interp ./taipan

asan-test: asan
	ASAN_OPTIONS=detect_leaks=1 tests/run.sh --interp build/asan/taipan

gcstress-test: gcstress
	TEST_TIMEOUT=60 tests/run.sh --skip-marked gcstress --interp build/gcstress/taipan

unit-test:
	tests/unit/astdump_test.sh

expected:
	tests/mkexp.sh

# ./taipan with profile-guided optimisation (tools/pgo.sh); `make bench` measures that build
pgo:
	MAKE="$(MAKE)" CC="$(CC)" tools/pgo.sh

bench: pgo
	bench/run.sh

clean:
	rm -rf build taipan

# ---- robustness (docs/reliability.md): libFuzzer targets built with clang, fault injection ----
FUZZ_TARGETS := compile exec codec
fuzz:
	$(MAKE) VARIANT=fuzz CC=clang $(FUZZ_TARGETS:%=build/fuzz/fuzz_%)

ifeq ($(VARIANT),fuzz)
FUZZ_OBJS := $(filter-out $(BUILD)/main.o,$(OBJS))
$(BUILD)/fuzz_%: fuzz/fuzz_%.c fuzz/fuzz_common.h $(FUZZ_OBJS)
	$(CC) $(BASE_CFLAGS) $(VCFLAGS) $(CFLAGS) $(VLDFLAGS) -o $@ $< $(FUZZ_OBJS) $(LIBS)
endif

fuzz-smoke: fuzz
	fuzz/run.sh smoke

faultinject: asan
	tests/faultinject.sh

-include $(OBJS:.o=.d)
