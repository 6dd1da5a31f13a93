#!/bin/sh
# grammar-spec.sh [parser.y] — prints spec/10-grammar.md from the lemon grammar: every
# production, numbered, in the order of the grammar file. `make test` checks that the
# committed chapter matches (tests/driver.sh), so the spec cannot drift from the parser.
grammar=${1:-compiler/syntax/parser.y}
awk '
BEGIN {
    print "# 10. Grammar"
    print ""
    print "Every production of the subset, numbered in the order of `compiler/syntax/parser.y` (this"
    print "chapter is generated from it by `mk/grammar-spec.sh`). Terminals are in capitals"
    print "(`IDENT`, `LBRACE`...); the synthetic ones (`STMT_START`, `STRUCT_LBRACE`, `MACRO_TT`,"
    print "`ATTR`...) are made by the parser driver from ordinary tokens, as the chapter on"
    print "lexical structure describes. `ε` is the empty sequence."
    section = 0
}
/^%code/ { exit }
/^\/\* ══ [0-9]+\. .* ══ \*\/$/ {
    title = $0; sub(/^\/\* ══ [0-9]+\. /, "", title); sub(/ ══ \*\/$/, "", title)
    section++; rule = 0
    printf "\n## 10.%d %s\n\n", section, title
    next
}
section > 0 && /^\/\* / && !/══/ {
    text = $0; last = $0; sub(/^\/\* /, "", text); sub(/ *\*\/$/, "", text)
    while (last !~ /\*\/ *$/ && (getline line) > 0) { last = line; sub(/^ *\*? ?/, "", line); sub(/ *\*\/ *$/, "", line); text = text " " line }
    printf "> %s\n\n", text
    next
}
section > 0 && /^[a-z_]+(\([A-Z]\))? ::=/ {
    prod = $0
    while (prod !~ /\.( *\[[A-Z_]+\])? *(\{.*)?$/ && (getline line) > 0) prod = prod " " line
    sub(/ *\{.*$/, "", prod)            # action
    sub(/ *\[[A-Z_]+\] *$/, "", prod)   # precedence marker
    sub(/\. *$/, "", prod)
    gsub(/\([A-Z]\)/, "", prod)         # aliases
    gsub(/  +/, " ", prod)
    split(prod, parts, " ::=")
    rhs = parts[2]; sub(/^ */, "", rhs)
    if (rhs == "") rhs = "ε"
    rule++
    printf "**10.%d.%d** `%s ::= %s`\n\n", section, rule, parts[1], rhs
}
' "$grammar"
