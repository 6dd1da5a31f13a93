# 5000 functions on one line, compiled, linked and run.
#@ hostile-exit: 0
#@ hostile-first-line:
#@ hostile-run: 5000
#@ hostile-timeout: 30
. "$(dirname "$0")/gen.lib"
repeat 5000 "" "fn f@(x: u64) -> u64 { x + @ } " "fn main() { println!(\"{}\", f4999(1)); }\n" > "$1"
