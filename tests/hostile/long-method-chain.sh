# A method chain of 100000 calls: deeper than the limit (a left-recursive chain is no
# bracket nesting, but every later stage recurses along it).
#@ hostile-exit: 1
#@ hostile-first-line: error: this nests too deeply (more than 40000 levels)
. "$(dirname "$0")/gen.lib"
nest 100000 "fn main() {\n    let x = 7i32" "" "" ".clone()" ";\n    println!(\"{}\", x);\n}\n" > "$1"
