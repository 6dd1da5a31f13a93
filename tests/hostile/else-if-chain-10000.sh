# An `else if` chain of 10000 conditions: within the nesting limit, so it compiles and
# picks the right branch.
#@ hostile-exit: 0
#@ hostile-first-line:
#@ hostile-run: 9999
. "$(dirname "$0")/gen.lib"
repeat 10000 "fn main() {\n    let x = std::env::args().count() as i32 + 9998;\n    let y = if x == -1 { -1 }\n" "    else if x == @ { @ }\n" "    else { -2 };\n    println!(\"{}\", y);\n}\n" > "$1"
