# The same 10 MB of code on one line: column lookups must not cost the line each.
#@ hostile-exit: 0
#@ hostile-first-line:
#@ hostile-args: $INPUT --emit=ast=$WORK/ast
#@ hostile-after: grep -q "Fn f149999 " $WORK/ast
#@ hostile-timeout: 30
. "$(dirname "$0")/gen.lib"
repeat 150000 "" "fn f@(x: u64) -> u64 { x + @ } " "fn main() { println!(\"{}\", f149999(1)); }\n" > "$1"
