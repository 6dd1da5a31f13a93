# The file ends inside a 4-byte character: rustc gives the offset.
#@ hostile-exit: 1
#@ hostile-first-line: error: couldn't read `$INPUT`: stream did not contain valid UTF-8
#@ hostile-stderr-contains: ^ invalid utf-8 at byte `16`
printf 'fn main() {}\n// \360\237\230' > "$1"
