# `Option<Option<...>>`, 100000 deep, in a fn signature.
#@ hostile-exit: 1
#@ hostile-first-line: error: this nests too deeply (more than 40000 levels)
. "$(dirname "$0")/gen.lib"
nest 100000 "fn f(x: " "Option<" "i32" ">" ") {}\nfn main() {}\n" > "$1"
