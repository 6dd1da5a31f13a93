# `match` arms whose bodies are matches, 100000 deep.
#@ hostile-exit: 1
#@ hostile-first-line: error: brackets nest more than 256 levels deep
. "$(dirname "$0")/gen.lib"
nest 100000 "fn main() {\n    let x = 1;\n    let y = " "match x { _ => " "0" " }" ";\n}\n" > "$1"
