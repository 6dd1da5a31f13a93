# A `Some(..)` pattern nested 100000 deep.
#@ hostile-exit: 1
#@ hostile-first-line: error: brackets nest more than 256 levels deep
. "$(dirname "$0")/gen.lib"
nest 100000 "fn main() {\n    let x = None::<i32>;\n    if let " "Some(" "_" ")" " = x {}\n}\n" > "$1"
