# Unary `!`, 100000 times.
#@ hostile-exit: 1
#@ hostile-first-line: error: this nests too deeply (more than 40000 levels)
. "$(dirname "$0")/gen.lib"
nest 100000 "fn main() {\n    let x = " "!" "true" "" ";\n}\n" > "$1"
