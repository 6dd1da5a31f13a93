# Closures with a parameter returning closures, 100000 deep.
#@ hostile-exit: 1
#@ hostile-first-line: error: this nests too deeply (more than 40000 levels)
. "$(dirname "$0")/gen.lib"
nest 100000 "fn main() {\n    let f = " "|x: i32| " "1" "" ";\n}\n" > "$1"
