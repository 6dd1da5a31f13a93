# A Latin-1 byte (233, é) in a string literal: rustc names it and points at it.
#@ hostile-exit: 1
#@ hostile-first-line: error: couldn't read `$INPUT`: stream did not contain valid UTF-8
#@ hostile-stderr-contains: ^ byte `233` is not valid utf-8
printf 'fn main() {\n    let s = "caf\351";\n}\n' > "$1"
