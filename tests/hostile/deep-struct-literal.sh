# Struct literals nested 100000 deep.
#@ hostile-exit: 1
#@ hostile-first-line: error: brackets nest more than 256 levels deep
. "$(dirname "$0")/gen.lib"
nest 100000 "struct S { s: Option<Box<S>> }\nfn main() {\n    let x = " "S { s: Some(Box::new(" "S { s: None }" "))}" ";\n}\n" > "$1"
