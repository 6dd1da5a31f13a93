# `/*` 100000 times: block comments nest, and none is closed (rustc: E0758).
#@ hostile-exit: 1
#@ hostile-first-line: error[E0758]: unterminated block comment
. "$(dirname "$0")/gen.lib"
nest 100000 "fn main() {}\n" "/* " "" "" "\n" > "$1"
