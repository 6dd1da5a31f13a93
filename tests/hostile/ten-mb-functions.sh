# 10 MB of valid code: many small functions, each called from main.
#@ hostile-exit: 0
#@ hostile-first-line:
#@ hostile-run: X
. "$(dirname "$0")/gen.lib"
repeat 150000 "" "fn f@(x: u64) -> u64 {\n    x + @\n}\n" "fn main() {\n    println!(\"{}\", f149999(1));\n}\n" > "$1"
