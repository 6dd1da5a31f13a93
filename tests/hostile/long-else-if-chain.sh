# An `else if` chain of 100000 conditions.
#@ hostile-exit: 1
#@ hostile-first-line: error: this nests too deeply (more than 40000 levels)
. "$(dirname "$0")/gen.lib"
repeat 100000 "fn main() {\n    let x = 99999;\n    let y = if x == -1 { -1 }\n" "    else if x == @ { @ }\n" "    else { -2 };\n    println!(\"{}\", y);\n}\n" > "$1"
