# Index chain `a[0][0]...`, 100000 long, on an integer array.
#@ hostile-exit: 1
#@ hostile-first-line: error: this nests too deeply (more than 40000 levels)
. "$(dirname "$0")/gen.lib"
nest 100000 "fn main() {\n    let a = [1];\n    let y = a" "" "" "[0]" ";\n}\n" > "$1"
