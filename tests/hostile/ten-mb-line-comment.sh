# A 10 MB line comment before main.
#@ hostile-exit: 0
#@ hostile-first-line:
#@ hostile-run: after the comment
. "$(dirname "$0")/gen.lib"
nest 10000000 "// " "x" "" "" "\nfn main() {\n    println!(\"after the comment\");\n}\n" > "$1"
