# A 10 MiB string literal.
#@ hostile-exit: 0
#@ hostile-first-line:
#@ hostile-run: 10485760
. "$(dirname "$0")/gen.lib"
nest 10485760 "fn main() {\n    let s = \"" "a" "" "" "\";\n    println!(\"{}\", s.len());\n}\n" > "$1"
