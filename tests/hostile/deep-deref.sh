# Deref chain `****x`, 100000 deep.
#@ hostile-exit: 1
#@ hostile-first-line: error: this nests too deeply (more than 40000 levels)
. "$(dirname "$0")/gen.lib"
nest 100000 "fn main() {\n    let x = 1;\n    let y = " "*" "x" "" ";\n}\n" > "$1"
