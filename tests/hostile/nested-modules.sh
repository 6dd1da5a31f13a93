# Modules nested 100 deep (within the bracket limit): a clean error, not a crash.
#@ hostile-exit: 1
#@ hostile-first-line: error: `mod` items are not supported by Patina yet
. "$(dirname "$0")/gen.lib"
nest 100 "" "mod m {\n" "pub fn f() {}\n" "}\n" "fn main() {}\n" > "$1"
