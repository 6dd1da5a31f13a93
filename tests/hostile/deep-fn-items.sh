# fn items nested in fn bodies, 100000 deep.
#@ hostile-exit: 1
#@ hostile-first-line: error: brackets nest more than 256 levels deep
. "$(dirname "$0")/gen.lib"
nest 100000 "" "fn f() { " "" "}\n" "fn main() {}\n" > "$1"
