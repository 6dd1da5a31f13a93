#!/bin/sh
# driver.sh COMPILER OUTDIR — tests of the command line and of hostile input, printed as
# PASS/FAIL lines like run-one.sh.
compiler=$1 out=$2/driver
mkdir -p "$out"
check() {   # check NAME EXPECTED_STATUS COMMAND... ; then the caller may grep $out/NAME.err
    name=$1 want=$2; shift 2
    "$@" > "$out/$name.out" 2> "$out/$name.err" < /dev/null
    rc=$?
    if [ $rc -eq "$want" ]; then ok=1; else ok=0; echo "FAIL driver/$name"; echo "    exit $rc, expected $want"; sed 's/^/    /' "$out/$name.err" | head -5; fi
}
expect_in() {  # expect_in NAME FILE TEXT
    if [ $ok = 1 ]; then
        if grep -qF -- "$3" "$out/$2"; then echo "PASS driver/$1"; else echo "FAIL driver/$1"; echo "    $2 lacks: $3"; sed 's/^/    /' "$out/$2" | head -5; fi
    fi
}
printf 'fn main() {\n    println!("hi");\n}\n' > "$out/hi.rs"

check version 0 "$compiler" --version;            expect_in version version.out "patina "
check help 0 "$compiler" --help;                   expect_in help help.out "--emit"
check no-input 1 "$compiler";                      expect_in no-input no-input.err "Usage"
check missing-file 1 "$compiler" "$out/nope.rs";   expect_in missing-file missing-file.err "couldn't read"
check bad-flag 1 "$compiler" --frobnicate "$out/hi.rs"; expect_in bad-flag bad-flag.err "Unrecognized option"
check bad-opt 1 "$compiler" -C opt-level=9 "$out/hi.rs"; expect_in bad-opt bad-opt.err "optimization level"
check output 0 "$compiler" "$out/hi.rs" -o "$out/hi-bin"
[ $ok = 1 ] && { "$out/hi-bin" > "$out/hi-run.out"; expect_in output hi-run.out "hi"; }
check default-output 0 sh -c "cd '$out' && '$compiler' hi.rs && ./hi"; expect_in default-output default-output.out "hi"
check emit-ir 0 "$compiler" "$out/hi.rs" --emit=ir=-;    expect_in emit-ir emit-ir.out "bb0: {"
check emit-tokens 0 "$compiler" "$out/hi.rs" --emit=tokens; expect_in emit-tokens emit-tokens.out "identifier"
check emit-ast 0 "$compiler" "$out/hi.rs" --emit=ast;   expect_in emit-ast emit-ast.out "Fn main"
check emit-many 0 sh -c "cd '$out' && '$compiler' hi.rs --emit=llvm-ir,asm,obj,link -O && test -s hi.ll && test -s hi.s && test -s hi.o && ./hi"
expect_in emit-many emit-many.out "hi"
check emit-bad 1 "$compiler" "$out/hi.rs" --emit=pdf;    expect_in emit-bad emit-bad.err "unknown emit type"

# hostile input: never a crash, always a diagnostic and exit 1
head -c 3000 /dev/urandom > "$out/binary.rs" 2>/dev/null
check binary-file 1 "$compiler" "$out/binary.rs";        expect_in binary-file binary-file.err "error"
printf 'fn main() { \377 }\n' > "$out/utf8.rs"
check invalid-utf8 1 "$compiler" "$out/utf8.rs";         expect_in invalid-utf8 invalid-utf8.err "utf8.rs:1:13"
[ $ok = 1 ] && expect_in invalid-utf8-label invalid-utf8.err "byte \`255\` is not valid utf-8"
printf 'fn main() { let x = \0; }\n' > "$out/nul.rs"
check nul-byte 1 "$compiler" "$out/nul.rs";              expect_in nul-byte nul-byte.err "unknown start of token"
awk 'BEGIN { printf "fn main() { let x = "; for (i = 0; i < 5000; i++) printf "("; printf "1"; for (i = 0; i < 5000; i++) printf ")"; print "; }" }' > "$out/deep.rs"
check deep-parens 1 "$compiler" "$out/deep.rs";          expect_in deep-parens deep-parens.err "nest"
awk 'BEGIN { printf "fn main() { let x = 1"; for (i = 0; i < 30000; i++) printf " + 1"; print "; println!(\"{}\", x); }" }' > "$out/long.rs"
check long-expr 0 "$compiler" "$out/long.rs" -o "$out/long"
[ $ok = 1 ] && { "$out/long" > "$out/long-run.out"; expect_in long-expr long-run.out "30001"; }
awk 'BEGIN { printf "fn main() { let x = "; for (i = 0; i < 100000; i++) printf "-"; print "1; }" }' > "$out/unary.rs"
check deep-unary 1 "$compiler" "$out/unary.rs";          expect_in deep-unary deep-unary.err "error"
printf 'fn main() {\n    println!("unterminated);\n}\n' > "$out/unterminated.rs"
check unterminated 1 "$compiler" "$out/unterminated.rs"; expect_in unterminated unterminated.err "E0765"
check directory 1 "$compiler" "$out";                    expect_in directory directory.err "Is a directory"
# 100,000 string literals on one 1.6 MB line: lexing sized each string's buffer by the rest of
# the file (tens of GB), and each token's column was counted from the line's start
awk 'BEGIN { printf "fn main() { let v = ["; for (i = 0; i < 100000; i++) printf "\"ab\\n\\u{1F600}\","; print "]; }" }' > "$out/strings.rs"
check many-strings 0 sh -c "ulimit -v 8000000 && timeout 60 '$compiler' '$out/strings.rs' --emit=tokens=- | tail -1"
expect_in many-strings many-strings.out "<eof>"

# the grammar chapter of the spec is generated from the grammar: it must be up to date
check grammar-spec 0 sh -c "sh mk/grammar-spec.sh compiler/parser.y | cmp -s - spec/10-grammar.md"
[ $ok = 1 ] && echo "PASS driver/grammar-spec"
# unknown attributes are kept and warned about, not rejected
printf '#[frobnicate]\nfn main() {\n    println!("ok");\n}\n' > "$out/attr.rs"
check unknown-attribute 0 "$compiler" "$out/attr.rs" -o "$out/attr"; expect_in unknown-attribute unknown-attribute.err "warning: unknown attribute \`frobnicate\` is ignored"

# --print type-sizes shows the layout optimizer's decisions
printf 'struct Unoptimized { a: u8, b: u64, c: u8, d: u64 }\n#[repr(C)]\nstruct CLayout { a: u8, b: u64, c: u8, d: u64 }\nfn main() {}\n' > "$out/sizes.rs"
check type-sizes 0 "$compiler" "$out/sizes.rs" --print type-sizes -o "$out/sizes"
expect_in type-sizes type-sizes.out 'print-type-size type: `CLayout`: 32 bytes, alignment: 8 bytes (repr(C))'
[ $ok = 1 ] && expect_in type-sizes-unopt type-sizes.out 'print-type-size     end padding: 6 bytes'
# no struct or enum: nothing to print (sorting the empty list was UB, SAN=1 reported it)
check type-sizes-none 0 "$compiler" "$out/hi.rs" --print type-sizes --emit=ir=/dev/null
[ $ok = 1 ] && if [ -s "$out/type-sizes-none.out" ] || [ -s "$out/type-sizes-none.err" ]; then echo "FAIL driver/type-sizes-none"; else echo "PASS driver/type-sizes-none"; fi

# --print instances lists what monomorphization made (spec 13.4)
printf 'fn id<T>(x: T) -> T { x }\nfn main() {\n    let a = id(1u8);\n    let b = id(id("s"));\n    println!("{} {}", a, b);\n}\n' > "$out/inst.rs"
check instances 0 "$compiler" "$out/inst.rs" --print instances -o "$out/inst"
expect_in instances instances.out 'instance id::<u8> '
[ $ok = 1 ] && expect_in instances-str instances.out 'instance id::<&str> '
