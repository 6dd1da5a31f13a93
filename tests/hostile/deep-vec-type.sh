# `Vec<Vec<...>>`, 100000 deep (`<` is no bracket).
#@ hostile-exit: 1
#@ hostile-first-line: error: this nests too deeply (more than 40000 levels)
. "$(dirname "$0")/gen.lib"
nest 100000 "fn main() {\n    let x: " "Vec<" "i32" ">" " = Vec::new();\n}\n" > "$1"
