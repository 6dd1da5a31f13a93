# Block expressions, 100000 deep.
#@ hostile-exit: 1
#@ hostile-first-line: error: brackets nest more than 256 levels deep
. "$(dirname "$0")/gen.lib"
nest 100000 "fn main() {\n    let x = " "{ " "1" " }" ";\n}\n" > "$1"
