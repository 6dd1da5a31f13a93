# 10 MB of valid code: 150000 small functions. Lexed, parsed and expanded in linear time
# (--emit=ast); the whole pipeline on many functions is many-functions.sh.
#@ hostile-exit: 0
#@ hostile-first-line:
#@ hostile-args: $INPUT --emit=ast=$WORK/ast
#@ hostile-after: grep -q "Fn f149999 " $WORK/ast
#@ hostile-timeout: 30
. "$(dirname "$0")/gen.lib"
repeat 150000 "" "fn f@(x: u64) -> u64 {\n    x + @\n}\n" "fn main() {\n    println!(\"{}\", f149999(1));\n}\n" > "$1"
