# `if` inside `if`, 100000 deep.
#@ hostile-exit: 1
#@ hostile-first-line: error: brackets nest more than 256 levels deep
. "$(dirname "$0")/gen.lib"
nest 100000 "fn main() {\n    let b = true;\n    " "if b { " "println!(\"deep\");" " }" "\n}\n" > "$1"
