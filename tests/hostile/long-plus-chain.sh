# `1 + 1 + ...`, 100000 terms.
#@ hostile-exit: 1
#@ hostile-first-line: error: this nests too deeply (more than 40000 levels)
. "$(dirname "$0")/gen.lib"
nest 99999 "fn main() {\n    let x: i64 = 1" "" "" " + 1" ";\n    println!(\"{}\", x);\n}\n" > "$1"
