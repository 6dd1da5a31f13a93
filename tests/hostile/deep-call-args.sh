# Calls in call arguments, 100000 deep.
#@ hostile-exit: 1
#@ hostile-first-line: error: brackets nest more than 256 levels deep
. "$(dirname "$0")/gen.lib"
nest 100000 "fn f(x: i32) -> i32 { x }\nfn main() {\n    let x = " "f(" "1" ")" ";\n}\n" > "$1"
