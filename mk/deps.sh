#!/bin/sh
# deps.sh — makes sure the build tools are present: re2c, lemon, LLVM 19 (llvm-config-19)
# and a C compiler; with the argument `fuzz`, also clang-19 and its libFuzzer and
# sanitizer runtimes (libclang-rt-19-dev) for `make fuzz`. Installs the missing Debian
# packages with apt-get when run as root; otherwise prints the exact command and fails.
# With `html`, only headless Chromium for tests/html.sh (the pages of --emit=borrowck-html),
# installed when root; never an error (the test skips without it).
# With `asan` (make test), only AddressSanitizer's runtime (libclang-rt-19-dev), which
# `-Z sanitizer=address` links and only tests/asan.sh needs: installed when root,
# otherwise a note (those tests are then skipped), never a failure.
if [ "$1" = html ]; then
    command -v chromium >/dev/null 2>&1 && exit 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "deps: installing chromium (for tests/html.sh)"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >/dev/null 2>&1 || true
        apt-get install -y -qq chromium >/dev/null 2>&1 ||
            echo "deps: apt-get install chromium failed: tests/html.sh will skip"
    else
        echo "note: tests/html.sh needs chromium: sudo apt-get install -y chromium"
    fi
    exit 0
fi
if [ "$1" = asan ]; then
    ls /usr/lib/llvm-19/lib/clang/*/lib/linux/libclang_rt.asan-*.a >/dev/null 2>&1 ||
        ls /usr/lib/llvm-19/lib/clang/*/lib/*/libclang_rt.asan.a >/dev/null 2>&1 && exit 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "deps: installing libclang-rt-19-dev (AddressSanitizer's runtime)"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >/dev/null 2>&1 || true
        apt-get install -y -qq libclang-rt-19-dev >/dev/null 2>&1 && exit 0
    fi
    echo "note: the -Z sanitizer=address tests need AddressSanitizer's runtime; install it" \
         "with: sudo apt-get install -y libclang-rt-19-dev"
    exit 0
fi
missing=""
command -v re2c >/dev/null 2>&1 || missing="$missing re2c"
command -v lemon >/dev/null 2>&1 || missing="$missing lemon"
[ -f /usr/share/lemon/lempar.c ] || case "$missing" in *lemon*) ;; *) missing="$missing lemon";; esac
command -v llvm-config-19 >/dev/null 2>&1 || missing="$missing llvm-19-dev"
command -v cc >/dev/null 2>&1 || missing="$missing gcc"
if [ "$1" = fuzz ]; then
    command -v clang-19 >/dev/null 2>&1 || missing="$missing clang-19"
    # the libFuzzer runtime is the file clang links for -fsanitize=fuzzer
    ls /usr/lib/llvm-19/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1 ||
        ls /usr/lib/llvm-19/lib/clang/*/lib/*/libclang_rt.fuzzer.a >/dev/null 2>&1 ||
        missing="$missing libclang-rt-19-dev"
fi
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "deps: installing$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null 2>&1 || true
    # shellcheck disable=SC2086
    apt-get install -y -qq $missing >/dev/null || { echo "deps: apt-get install$missing failed" >&2; exit 1; }
    exit 0
fi
echo "error: missing build dependencies:$missing" >&2
echo "install them with:" >&2
echo "    sudo apt-get install -y$missing" >&2
exit 1
