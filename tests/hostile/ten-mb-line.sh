# 10 MB of valid code on one line: the same functions, no newline.
#@ hostile-exit: 0
#@ hostile-first-line:
#@ hostile-run: X
. "$(dirname "$0")/gen.lib"
repeat 150000 "" "fn f@(x: u64) -> u64 { x + @ } " "fn main() { println!(\"{}\", f149999(1)); }\n" > "$1"
