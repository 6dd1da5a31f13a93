#!/bin/sh
# bless-ast.sh TEST.rs... — writes NAME.ast, the golden `--emit=ast` of each test, with
# build/patina. Review the diff before committing: the goldens guard the parser and the
# AST printer against unintended changes.
. "$(dirname "$0")/lib.sh"
compiler=${PATINA:-build/patina}
for t in "$@"; do
    [ "$(mode "$t")" = compile-fail ] && continue
    "$compiler" "$t" --emit=ast=- > "${t%.rs}.ast" || echo "FAILED $t"
done
