# `1 + 1 + ...` with 30000 terms: within the nesting limit, so it compiles, and every
# addition is overflow-checked.
#@ hostile-exit: 0
#@ hostile-first-line:
#@ hostile-run: 30000
. "$(dirname "$0")/gen.lib"
nest 29999 "fn main() {\n    let one = std::env::args().count() as i64;\n    let x = one" "" "" " + one" ";\n    println!(\"{}\", x);\n}\n" > "$1"
