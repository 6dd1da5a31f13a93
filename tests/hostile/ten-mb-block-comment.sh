# A 10 MB block comment, with nested comments inside, before main.
#@ hostile-exit: 0
#@ hostile-first-line:
#@ hostile-run: after the comment
. "$(dirname "$0")/gen.lib"
repeat 1000000 "/*\n" "/* @ */" "\n*/\nfn main() {\n    println!(\"after the comment\");\n}\n" > "$1"
