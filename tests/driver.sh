#!/bin/sh
# driver.sh COMPILER OUTDIR — tests of the command line and of hostile input, printed as
# PASS/FAIL lines like run-one.sh.
compiler=$1 out=$2/driver
mkdir -p "$out"
check() {   # check NAME EXPECTED_STATUS COMMAND... ; then the caller may grep $out/NAME.err
    name=$1 want=$2; shift 2
    "$@" > "$out/$name.out" 2> "$out/$name.err" < /dev/null
    rc=$?
    if [ $rc -eq "$want" ]; then ok=1
    else
        ok=0
        echo "FAIL driver/$name"; echo "    exit $rc, expected $want"
        sed 's/^/    /' "$out/$name.err" | head -5
    fi
}
expect_in() {  # expect_in NAME FILE TEXT
    if [ $ok = 1 ]; then
        if grep -qF -- "$3" "$out/$2"; then echo "PASS driver/$1"
        else
            echo "FAIL driver/$1"; echo "    $2 lacks: $3"
            sed 's/^/    /' "$out/$2" | head -5
        fi
    fi
}
printf 'fn main() {\n    println!("hi");\n}\n' > "$out/hi.rs"

check version 0 "$compiler" --version;            expect_in version version.out "patina "
check help 0 "$compiler" --help;                   expect_in help help.out "--emit"
check no-input 1 "$compiler";                      expect_in no-input no-input.err "Usage"
check missing-file 1 "$compiler" "$out/nope.rs"
expect_in missing-file missing-file.err "couldn't read"
check bad-flag 1 "$compiler" --frobnicate "$out/hi.rs"
expect_in bad-flag bad-flag.err "Unrecognized option"
check bad-opt 1 "$compiler" -C opt-level=9 "$out/hi.rs"
expect_in bad-opt bad-opt.err "optimization level"
check output 0 "$compiler" "$out/hi.rs" -o "$out/hi-bin"
[ $ok = 1 ] && { "$out/hi-bin" > "$out/hi-run.out"; expect_in output hi-run.out "hi"; }
check default-output 0 sh -c "cd '$out' && '$compiler' hi.rs && ./hi"
expect_in default-output default-output.out "hi"
check emit-ir 0 "$compiler" "$out/hi.rs" --emit=ir=-;    expect_in emit-ir emit-ir.out "bb0: {"
check validate-ir 0 "$compiler" --validate-ir "$out/hi.rs" --emit=ir=-
expect_in validate-ir validate-ir.out "bb0: {"
check help-validate-ir 0 "$compiler" --help
expect_in help-validate-ir help-validate-ir.out "--validate-ir"
check time-passes 0 "$compiler" --time-passes "$out/hi.rs" -o "$out/hi-timed"
for stage in parse resolve typeck lower moves borrowck mono codegen "LLVM opt" "LLVM emit" \
             link total; do
    expect_in "time-passes-$stage" time-passes.err "$(printf '\t%s' "$stage")"
done
expect_in time-passes-peak time-passes.err "peak:"
check help-time-passes 0 "$compiler" --help
expect_in help-time-passes help-time-passes.out "--time-passes"
# the standard library's bodies are borrow-checked only when asked (the suite asks always)
check check-prelude 0 "$compiler" --check-prelude --time-passes "$out/hi.rs" --emit=ir=/dev/null
expect_in check-prelude check-prelude.err "$(printf '\tborrowck (prelude)')"
check no-check-prelude 0 "$compiler" --time-passes "$out/hi.rs" --emit=ir=/dev/null
if grep -q "borrowck (prelude)" "$out/no-check-prelude.err"; then
    echo "FAIL driver/no-check-prelude"; echo "    the prelude was checked unasked"
else echo "PASS driver/no-check-prelude"; fi
# --emit=borrowck and borrowck-html (spec 21.7, 21.8): to a file, through the checked write
printf 'fn main() {\n    let mut v = vec![1];\n    let r = &v;\n    v.push(2);\n%s\n}\n' \
    '    println!("{:?}", r);' > "$out/conflict.rs"
check emit-borrowck-file 1 "$compiler" "$out/conflict.rs" --emit=borrowck="$out/conflict.bck"
expect_in emit-borrowck-file conflict.bck "error[E0502]: cannot borrow \`v\` as mutable"
expect_in emit-borrowck-diagnostic emit-borrowck-file.err "error[E0502]"
check emit-borrowck-html-file 1 "$compiler" "$out/conflict.rs" \
    --emit=borrowck-html="$out/conflict.html"
expect_in emit-borrowck-html-file conflict.html 'data-error="E0502" data-line="4"'
check emit-borrowck-missing-dir 1 "$compiler" "$out/hi.rs" --emit=borrowck="$out/no/such/dir.txt"
expect_in emit-borrowck-missing-dir emit-borrowck-missing-dir.err "error"
check emit-borrowck-off 0 "$compiler" "$out/conflict.rs" --borrowck=off --emit=borrowck=-
expect_in emit-borrowck-off emit-borrowck-off.out "no loans: --borrowck=off checks none"
check emit-borrowck-with-link 0 "$compiler" "$out/hi.rs" --emit=borrowck=-,link -o "$out/hi-bck"
expect_in emit-borrowck-with-link emit-borrowck-with-link.out "fn main (lines 1-3)"
check help-emit-borrowck 0 "$compiler" --help
expect_in help-emit-borrowck help-emit-borrowck.out "borrowck-html"
check help-check-prelude 0 "$compiler" --help
expect_in help-check-prelude help-check-prelude.out "--check-prelude"
# The borrow checker grows linearly with a function's size: on one fn of 8000 locals and
# 2000 borrows (tests/bench/gen_borrowck_stress.py's straight shape) it must raise the
# peak memory by less than 50 MB (dense region values took 190 MB, and 4 times that for
# each doubling).
awk 'BEGIN {
    n = 8000; print "fn stress(seed: i64) -> i64 {\n    let mut total: i64 = seed;"
    for (v = 0; v < n - n / 4; v++) {
        printf "    let mut v%d: i64 = total %% 7 + %d;\n", v, v % 13
        if (v % 3 != 2 || k >= n / 4) continue
        if (k % 2 == 0)
            printf "    let r%d = &mut v%d;\n    *r%d += v%d;\n" \
                   "    total = total.wrapping_add(*r%d);\n", k, v - 1, k, v, k
        else
            printf "    let r%d = &v%d;\n    v%d += 1;\n" \
                   "    total = total.wrapping_add(*r%d + v%d);\n", k, v - 1, v, k, v
        k++
    }
    print "    total\n}\n\nfn main() {\n    println!(\"{}\", stress(1));\n}"
}' > "$out/stress.rs"
check borrowck-linear 0 "$compiler" --time-passes "$out/stress.rs" --emit=ir=/dev/null
grown=$(grep "$(printf '\tborrowck$')" "$out/borrowck-linear.err" |
        sed 's/.*peak: *[0-9]*MB (\([^)]*\)).*/\1/' | tr -d ' +MB')
if [ $ok = 1 ] && [ -n "$grown" ] && [ "$grown" -lt 50 ]; then echo "PASS driver/borrowck-linear"
elif [ $ok = 1 ]; then echo "FAIL driver/borrowck-linear"; echo "    borrowck peak +${grown}MB"; fi
check emit-tokens 0 "$compiler" "$out/hi.rs" --emit=tokens
expect_in emit-tokens emit-tokens.out "identifier"
check emit-ast 0 "$compiler" "$out/hi.rs" --emit=ast;   expect_in emit-ast emit-ast.out "Fn main"
check emit-many 0 \
    sh -c "cd '$out' && '$compiler' hi.rs --emit=llvm-ir,asm,obj,link -O && test -s hi.ll && test -s hi.s && test -s hi.o && ./hi"
expect_in emit-many emit-many.out "hi"
check emit-bad 1 "$compiler" "$out/hi.rs" --emit=pdf
expect_in emit-bad emit-bad.err "unknown emission type: \`pdf\`"

# hostile input: never a crash, always a diagnostic and exit 1
head -c 3000 /dev/urandom > "$out/binary.rs" 2>/dev/null
check binary-file 1 "$compiler" "$out/binary.rs"
expect_in binary-file binary-file.err "error"
printf 'fn main() { \377 }\n' > "$out/utf8.rs"
check invalid-utf8 1 "$compiler" "$out/utf8.rs"
expect_in invalid-utf8 invalid-utf8.err "utf8.rs:1:13"
[ $ok = 1 ] && expect_in invalid-utf8-label invalid-utf8.err "byte \`255\` is not valid utf-8"
printf 'fn main() { let x = \0; }\n' > "$out/nul.rs"
check nul-byte 1 "$compiler" "$out/nul.rs"
expect_in nul-byte nul-byte.err "unknown start of token"
awk 'BEGIN { printf "fn main() { let x = "; for (i = 0; i < 5000; i++) printf "("; printf "1"; for (i = 0; i < 5000; i++) printf ")"; print "; }" }' > "$out/deep.rs"
check deep-parens 1 "$compiler" "$out/deep.rs"
expect_in deep-parens deep-parens.err "nest"
awk 'BEGIN { printf "fn main() { let x = 1"; for (i = 0; i < 30000; i++) printf " + 1"; print "; println!(\"{}\", x); }" }' > "$out/long.rs"
check long-expr 0 "$compiler" "$out/long.rs" -o "$out/long"
[ $ok = 1 ] && { "$out/long" > "$out/long-run.out"; expect_in long-expr long-run.out "30001"; }
awk 'BEGIN { printf "fn main() { let x = "; for (i = 0; i < 100000; i++) printf "-"; print "1; }" }' > "$out/unary.rs"
check deep-unary 1 "$compiler" "$out/unary.rs";          expect_in deep-unary deep-unary.err "error"
printf 'fn main() {\n    println!("unterminated);\n}\n' > "$out/unterminated.rs"
check unterminated 1 "$compiler" "$out/unterminated.rs"
expect_in unterminated unterminated.err "E0765"
check directory 1 "$compiler" "$out"
expect_in directory directory.err "Is a directory"
# 100,000 string literals on one 1.6 MB line: lexing sized each string's buffer by the rest of
# the file (tens of GB), and each token's column was counted from the line's start
awk 'BEGIN { printf "fn main() { let v = ["; for (i = 0; i < 100000; i++) printf "\"ab\\n\\u{1F600}\","; print "]; }" }' > "$out/strings.rs"
# (AddressSanitizer reserves terabytes of address space: no limit on it for the SAN=1 build)
case $compiler in *build-san/*) memory_limit=: ;; *) memory_limit="ulimit -v 8000000" ;; esac
check many-strings 0 \
    sh -c "$memory_limit && timeout 60 '$compiler' '$out/strings.rs' --emit=tokens=- | tail -1"
expect_in many-strings many-strings.out "<eof>"

# the grammar chapter of the spec is generated from the grammar: it must be up to date
check grammar-spec 0 \
    sh -c "sh mk/grammar-spec.sh compiler/syntax/parser.y | cmp -s - spec/10-grammar.md"
[ $ok = 1 ] && echo "PASS driver/grammar-spec"
# unknown attributes are kept and warned about, not rejected
printf '#[frobnicate]\nfn main() {\n    println!("ok");\n}\n' > "$out/attr.rs"
check unknown-attribute 0 "$compiler" "$out/attr.rs" -o "$out/attr"
expect_in unknown-attribute unknown-attribute.err \
    "warning: unknown attribute \`frobnicate\` is ignored"

# --print type-sizes shows the layout optimizer's decisions
printf 'struct Unoptimized { a: u8, b: u64, c: u8, d: u64 }\n#[repr(C)]\nstruct CLayout { a: u8, b: u64, c: u8, d: u64 }\nfn main() {}\n' > "$out/sizes.rs"
check type-sizes 0 "$compiler" "$out/sizes.rs" --print type-sizes -o "$out/sizes"
expect_in type-sizes type-sizes.out \
    'print-type-size type: `CLayout`: 32 bytes, alignment: 8 bytes (repr(C))'
[ $ok = 1 ] && expect_in type-sizes-unopt type-sizes.out 'print-type-size     end padding: 6 bytes'
# no struct or enum: nothing to print (sorting the empty list was UB, SAN=1 reported it)
check type-sizes-none 0 "$compiler" "$out/hi.rs" --print type-sizes --emit=ir=/dev/null
[ $ok = 1 ] && if [ -s "$out/type-sizes-none.out" ] || [ -s "$out/type-sizes-none.err" ]; then echo "FAIL driver/type-sizes-none"; else echo "PASS driver/type-sizes-none"; fi

# --print instances lists what monomorphization made (spec 13.4)
printf 'fn id<T>(x: T) -> T { x }\nfn main() {\n    let a = id(1u8);\n    let b = id(id("s"));\n    println!("{} {}", a, b);\n}\n' > "$out/inst.rs"
check instances 0 "$compiler" "$out/inst.rs" --print instances -o "$out/inst"
expect_in instances instances.out 'instance id::<u8> '
[ $ok = 1 ] && expect_in instances-str instances.out 'instance id::<&str> '

# --print lifetimes: each signature's regions, elided ones resolved (spec 19.3, 19.10)
printf "struct P<'a> { s: &'a str }\nimpl<'a> P<'a> {\n    fn get(&self, k: &str) -> &str { let _ = k; self.s }\n}\nfn two<'x, 'y: 'x>(a: &'x u8, _b: &'y u8) -> &'x u8 { a }\nfn main() {}\n" > "$out/regions.rs"
check lifetimes 0 "$compiler" "$out/regions.rs" --print lifetimes -o "$out/regions"
expect_in lifetimes lifetimes.out "fn get: 'a(impl) '_#1 '_#2"
[ $ok = 1 ] && expect_in lifetimes-self-output lifetimes.out "    3:31 & '_#1"
[ $ok = 1 ] && expect_in lifetimes-outlives lifetimes.out "    outlives 'y: 'x"
# ... and the declared types, built by typeck with those regions (spec 19.12)
[ $ok = 1 ] && expect_in lifetimes-sig-method lifetimes.out \
    "    sig fn(&'_#1 P<'a>, &'_#2 str) -> &'_#1 str"
[ $ok = 1 ] && expect_in lifetimes-sig-named lifetimes.out "    sig fn(&'x u8, &'y u8) -> &'x u8"
[ $ok = 1 ] && expect_in lifetimes-field lifetimes.out "    field s: &'a str"

# size_of of a type past the object size bound is E0080 (rustc reports it inside core, so
# no ui test can pin its line), never a wrapped or clamped size (spec 11.18)
printf 'fn main() {\n    println!("{}", std::mem::size_of::<[u64; 288230376151711744]>());\n}\n' > "$out/size-of-huge.rs"
check size-of-too-big 1 "$compiler" "$out/size-of-huge.rs"
expect_in size-of-too-big size-of-too-big.err \
    'error[E0080]: values of the type `[u64; 288230376151711744]` are too big for the target architecture'

# never overwrite the input (rustc's error), whatever name the output is given
mkdir -p "$out/clobber" && printf 'fn main() {\n    println!("hi");\n}\n' > "$out/clobber/a.rs" && cp "$out/clobber/a.rs" "$out/clobber/prog"
ln -f "$out/clobber/a.rs" "$out/clobber/link.rs"
for args in "-o a.rs" "-o ./a.rs" "-o link.rs" "--emit=llvm-ir=a.rs" "--emit=asm=a.rs" "--emit=obj=./a.rs" "--emit=ir=a.rs" "--emit=link=link.rs"; do
    name=clobber-$(echo "$args" | tr -c 'a-z0-9\n' '-')
    check "$name" 1 sh -c "cd '$out/clobber' && '$compiler' a.rs $args"
    expect_in "$name" "$name.err" \
        'error: the input file "a.rs" would be overwritten by the generated executable'
    [ $ok = 1 ] && { cmp -s "$out/clobber/a.rs" "$out/clobber/prog" || echo "FAIL driver/$name (the input was changed)"; }
done
check clobber-no-extension 1 sh -c "cd '$out/clobber' && '$compiler' prog"
expect_in clobber-no-extension clobber-no-extension.err \
    'error: the input file "prog" would be overwritten by the generated executable'
[ $ok = 1 ] && { cmp -s "$out/clobber/a.rs" "$out/clobber/prog" || echo "FAIL driver/clobber-no-extension (the input was changed)"; }

# a failed write is an error, never a silent success
for kind in tokens ast ir llvm-ir asm obj; do
    check "full-disk-$kind" 1 "$compiler" "$out/hi.rs" "--emit=$kind=/dev/full"
    expect_in "full-disk-$kind" "full-disk-$kind.err" \
        'error: failed to write `/dev/full`: No space left on device (os error 28)'
done
check full-stdout 1 sh -c "'$compiler' '$out/hi.rs' --emit=llvm-ir=- > /dev/full"
expect_in full-stdout full-stdout.err 'error: failed to write `stdout`: No space left on device'
check full-stdout-print 1 \
    sh -c "'$compiler' '$out/sizes.rs' --print type-sizes -o '$out/hi-sizes' > /dev/full"
expect_in full-stdout-print full-stdout-print.err 'error: failed to write `stdout`'
check missing-dir 1 "$compiler" "$out/hi.rs" -o "$out/no/such/dir/hi"
expect_in missing-dir missing-dir.err \
    "couldn't create \`$out/no/such/dir/hi\`: No such file or directory"
check not-a-dir 1 "$compiler" "$out/hi.rs" --emit=llvm-ir="$out/hi.rs/x.ll"
expect_in not-a-dir not-a-dir.err 'Not a directory'
# a directory nobody may create files in (even root: sysfs)
check unwritable-dir 1 "$compiler" "$out/hi.rs" -o /sys/patina-test-output
expect_in unwritable-dir unwritable-dir.err 'error: couldn'"'"'t create `/sys/patina-test-output`: '
check link-full-disk 1 "$compiler" "$out/hi.rs" -o /dev/full
expect_in link-full-disk link-full-disk.err "error: linking with"
[ $ok = 1 ] && expect_in link-full-disk-says link-full-disk.err \
    "final link failed: No space left on device"
check linker-missing 1 env PATINA_CC=no-such-linker "$compiler" "$out/hi.rs" -o "$out/hi-nolink"
expect_in linker-missing linker-missing.err "error: linker \`no-such-linker\` not found"

# option values rustc rejects
check emit-empty 1 "$compiler" "$out/hi.rs" --emit=
expect_in emit-empty emit-empty.err 'error: unknown emission type: `` - expected one of'
check emit-trailing-comma 1 "$compiler" "$out/hi.rs" --emit=ir,
expect_in emit-trailing-comma emit-trailing-comma.err 'unknown emission type: ``'
check color-maybe 1 "$compiler" "$out/hi.rs" --color=maybe
expect_in color-maybe color-maybe.err \
    'error: argument for `--color` must be auto, always or never (instead was `maybe`)'
check error-format-xml 1 "$compiler" "$out/hi.rs" --error-format=xml
expect_in error-format-xml error-format-xml.err \
    'error: argument for `--error-format` must be `human` or `json` (instead was `xml`)'

# `-` reads the program from stdin; its output is rust_out, its diagnostics say <anon>
mkdir -p "$out/stdin"
check stdin-input 0 \
    sh -c "cd '$out/stdin' && rm -f rust_out && '$compiler' - < ../hi.rs && ./rust_out"
expect_in stdin-input stdin-input.out "hi"
check stdin-error 1 \
    sh -c "printf 'fn main() {\n    let x: i32 = \"s\";\n}\n' | '$compiler' - -o '$out/stdin/bad'"
expect_in stdin-error stdin-error.err ' --> <anon>:2:18'

# a compile killed while it links leaves neither its object file nor a partial executable
rm -rf "$out/killed" && mkdir -p "$out/killed/tmp"
printf '#!/bin/sh\ntouch "%s/killed/linking"\nexec sleep 30\n' "$out" > "$out/killed/slow-cc" && chmod +x "$out/killed/slow-cc"
TMPDIR="$out/killed/tmp" PATINA_CC="$out/killed/slow-cc" "$compiler" "$out/hi.rs" -o "$out/killed/hi" 2> "$out/killed.err" &
pid=$!
for _ in $(seq 100); do [ -e "$out/killed/linking" ] && break; sleep 0.1; done
kill -TERM $pid; wait $pid 2> /dev/null; rc=$?
left=$(ls -A "$out/killed/tmp" "$out/killed" | grep -c 'patina')
if [ $rc -eq 143 ] && [ "$left" = 0 ] && [ -e "$out/killed/linking" ] && [ ! -e "$out/killed/hi" ]; then echo "PASS driver/killed-while-linking"
else echo "FAIL driver/killed-while-linking"; echo "    exit $rc, $left temporaries left"; ls -A "$out/killed" "$out/killed/tmp" | sed 's/^/    /'; fi

# a crash of the compiler is an internal compiler error in rustc's layout, exit 101
# (PATINA_ICE_TEST=STAGE[:KIND] crashes on purpose), and leaves no temporary behind
check ice-segv 101 env PATINA_ICE_TEST=lower "$compiler" "$out/hi.rs" -o "$out/ice"
expect_in ice-segv ice-segv.err \
    'error: internal compiler error: invalid memory access (SIGSEGV) while lowering to the IR'
[ $ok = 1 ] && expect_in ice-segv-span ice-segv.err "  --> $out/hi.rs:1:1"
[ $ok = 1 ] && expect_in ice-segv-note ice-segv.err \
    'note: the compiler unexpectedly panicked. this is a bug.'
check ice-assert 101 env PATINA_ICE_TEST=typeck:assert "$compiler" "$out/hi.rs" -o "$out/ice"
expect_in ice-assert ice-assert.err \
    'error: internal compiler error: aborted (SIGABRT): an internal assertion failed while type-checking'
rm -rf "$out/ice-tmp" && mkdir -p "$out/ice-tmp"
check ice-link 101 \
    env TMPDIR="$out/ice-tmp" PATINA_ICE_TEST=link "$compiler" "$out/hi.rs" -o "$out/ice"
expect_in ice-link ice-link.err \
    'internal compiler error: invalid memory access (SIGSEGV) while linking'
[ $ok = 1 ] && { [ -z "$(ls -A "$out/ice-tmp")" ] || echo "FAIL driver/ice-link-temporaries (left: $(ls -A "$out/ice-tmp"))"; }
# the compiler's own stack overflowing (input nested too deeply) is an error, not a crash
check ice-stack-overflow 1 \
    env PATINA_ICE_TEST=borrowck:overflow "$compiler" "$out/hi.rs" -o "$out/ice"
expect_in ice-stack-overflow ice-stack-overflow.err \
    'error: the program is nested too deeply for Patina: the compiler ran out of stack while checking moves'

# the borrow-rule lab (spec 21): the modes, the verdict table and its invariant
check borrowck-bad-mode 1 "$compiler" --borrowck=2015 "$out/hi.rs"
expect_in borrowck-bad-mode borrowck-bad-mode.err \
    "argument for \`--borrowck\` must be nll, lexical, polonius, off or compare (instead was \`2015\`)"
printf 'fn main() {\n    let mut x = 5;\n    let r = &x;\n    x = 6;\n    println!("{}", r);\n}\n' \
    > "$out/assign-borrowed.rs"
check borrowck-nll-rejects 1 "$compiler" "$out/assign-borrowed.rs" -o "$out/assign-borrowed"
expect_in borrowck-nll-rejects borrowck-nll-rejects.err "error[E0506]"
check borrowck-off 0 "$compiler" --borrowck=off "$out/assign-borrowed.rs" -o "$out/assign-off"
[ $ok = 1 ] && { "$out/assign-off" > "$out/assign-off.run"; expect_in borrowck-off-runs assign-off.run "6"; }
printf 'fn main() {\n    let s = String::new();\n    let t = s;\n    println!("{}{}", s, t);\n}\n' \
    > "$out/use-moved.rs"
check borrowck-off-moves 1 "$compiler" --borrowck=off "$out/use-moved.rs"
expect_in borrowck-off-moves borrowck-off-moves.err "error[E0382]: borrow of moved value: \`s\`"
check borrowck-compare-missing 1 "$compiler" --borrowck=compare "$out/hi.rs" "$out/nope.rs"
expect_in borrowck-compare-missing borrowck-compare-missing.err "couldn't read"
check borrowck-compare 0 sh -c \
    "cd '$out' && '$compiler' --borrowck=compare hi.rs assign-borrowed.rs use-moved.rs"
expect_in borrowck-compare-head borrowck-compare.out \
    "program             lexical           nll               polonius"
[ $ok = 1 ] && expect_in borrowck-compare-accepted borrowck-compare.out \
    "hi.rs               accepted          accepted          accepted"
[ $ok = 1 ] && expect_in borrowck-compare-rejected borrowck-compare.out \
    "assign-borrowed.rs  E0506 @4          E0506 @4          E0506 @4"
[ $ok = 1 ] && expect_in borrowck-compare-moves borrowck-compare.out \
    "use-moved.rs        E0382 @4          E0382 @4          E0382 @4"
[ $ok = 1 ] && expect_in borrowck-compare-summary borrowck-compare.out \
    "3 programs; lexical and nll disagree on 0; nll and polonius disagree on 0"
check borrowck-single-input 1 "$compiler" "$out/hi.rs" "$out/use-moved.rs"
expect_in borrowck-single-input borrowck-single-input.err "multiple input filenames provided"

# invalid UTF-8: rustc's message, pointing at the first bad byte (spec 2.5); a byte-order
# mark is not counted in columns (spec 2.1)
printf 'fn main() {\n    let x = "ab\377";\n}\n' > "$out/bad-utf8.rs"
check invalid-utf8 1 "$compiler" "$out/bad-utf8.rs"
expect_in invalid-utf8 invalid-utf8.err 'bad-utf8.rs:2:16'
[ $ok = 1 ] && expect_in invalid-utf8-label invalid-utf8.err 'byte `255` is not valid utf-8'
printf '\377fn main() {}\n' > "$out/bad-utf8-start.rs"
check invalid-utf8-start 1 "$compiler" "$out/bad-utf8-start.rs"
expect_in invalid-utf8-start invalid-utf8-start.err 'note: invalid utf-8 at byte `0`'
printf '\357\273\277fn main() { let x: i32 = "s"; }\n' > "$out/bom.rs"
check bom-column 1 "$compiler" "$out/bom.rs"; expect_in bom-column bom-column.err 'bom.rs:1:26'

# a diagnostic on a line of 100 000 chars shows rustc's 140-column window around the span,
# "..." where the line is cut, never the whole line
awk 'BEGIN { print "fn main() {"; printf "    let x = 1;"; for (i = 0; i < 500; i++) printf " "; printf "let y = zzz;"; for (i = 0; i < 500; i++) printf " "; printf "// "; for (i = 0; i < 100000; i++) printf "z"; print ""; print "}" }' > "$out/long-line.rs"
check long-line 1 "$compiler" "$out/long-line.rs"
expect_in long-line long-line.err \
    "2 | ...                                           let y = zzz;                                                                           ..."
[ $ok = 1 ] && { if awk 'length($0) > 140 { bad = 1 } END { exit bad }' "$out/long-line.err"; then echo "PASS driver/long-line-width"; else echo "FAIL driver/long-line-width"; echo "    a line of the diagnostic is wider than 140 columns"; fi; }

# --emit=borrowck-facts=DIR (spec 21.9): each program of tests/facts/ gives, per body, the 18
# relation files of its golden directory, checked by hand against the program's IR
for src in "$(dirname "$0")"/facts/*.rs; do
    name=facts-$(basename "$src" .rs)
    rm -rf "$out/$name.dir"
    check "$name" 0 "$compiler" "$src" --emit=borrowck-facts="$out/$name.dir"
    [ $ok = 1 ] || continue
    if diff -r "${src%.rs}" "$out/$name.dir" > "$out/$name.diff"; then echo "PASS driver/$name"
    else echo "FAIL driver/$name"; sed 's/^/    /' "$out/$name.diff" | head -10; fi
done
# the facts come out whatever the verdict, and a directory that cannot be made is an error
printf 'fn main() {\n    let mut x = 1;\n    let r = &x;\n    x = 2;\n    println!("{}", r);\n}\n' \
    > "$out/facts-rejected.rs"
rm -rf "$out/facts-rejected.dir"
check facts-rejected 1 "$compiler" "$out/facts-rejected.rs" \
    --emit=borrowck-facts="$out/facts-rejected.dir"
[ $ok = 1 ] && expect_in facts-rejected facts-rejected.dir/main/loan_invalidated_at.facts '"bw0"'
check facts-bad-dir 1 "$compiler" "$out/hi.rs" --emit=borrowck-facts=/proc/no/such/dir
expect_in facts-bad-dir facts-bad-dir.err "couldn't create directory"
check facts-default-dir 0 sh -c "cd '$out' && rm -rf nll-facts &&
    '$compiler' hi.rs --emit=borrowck-facts && test -s nll-facts/main/cfg_edge.facts && echo made"
expect_in facts-default-dir facts-default-dir.out "made"
# --explain (spec 21.10): every error code the compiler's sources can emit has an
# explanation, and no explanation is left for a code they no longer emit
grep -rhoE --include='*.[chy]' --include='*.re' '"E0[0-9]{3}"' compiler | tr -d '"' |
    sort -u > "$out/emitted-codes"
ls compiler/driver/explain | sed -n 's/^\(E[0-9]*\)\.md$/\1/p' | sort > "$out/explained-codes"
missing=$(comm -23 "$out/emitted-codes" "$out/explained-codes" | tr '\n' ' ')
stale=$(comm -13 "$out/emitted-codes" "$out/explained-codes" | tr '\n' ' ')
if [ -z "$missing$stale" ]; then echo "PASS driver/explain-every-code"
else
    echo "FAIL driver/explain-every-code"
    [ -n "$missing" ] && echo "    no explanation: $missing"
    [ -n "$stale" ] && echo "    explained but never emitted: $stale"
fi
while read -r code; do
    check "explain-$code" 0 "$compiler" --explain "$code"
    expect_in "explain-$code" "explain-$code.out" '```'
done < "$out/emitted-codes"
# rustc's spellings of a code: any case, the E optional, the number what counts
for spelling in e0499 0499 E499; do
    check "explain-spelling-$spelling" 0 "$compiler" --explain "$spelling"
    [ $ok = 1 ] && if cmp -s "$out/explain-E0499.out" "$out/explain-spelling-$spelling.out"
    then echo "PASS driver/explain-spelling-$spelling"
    else echo "FAIL driver/explain-spelling-$spelling"; echo "    differs from --explain E0499"; fi
done
check explain-unknown 1 "$compiler" --explain E9999
expect_in explain-unknown explain-unknown.err "error: E9999 is not a valid error code"
check explain-not-a-code 1 "$compiler" --explain=borrow
expect_in explain-not-a-code explain-not-a-code.err "error: borrow is not a valid error code"
check help-explain 0 "$compiler" --help;           expect_in help-explain help-explain.out "--explain"
# each explanation's programs: the failing ones fail with their code, the fixes compile
sh tests/explain.sh "$compiler" "$out"
