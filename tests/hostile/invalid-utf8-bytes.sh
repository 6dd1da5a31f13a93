# A 3-byte sequence cut short by an ASCII byte: both bytes are named.
#@ hostile-exit: 1
#@ hostile-first-line: error: couldn't read `$INPUT`: stream did not contain valid UTF-8
#@ hostile-stderr-contains: ^ bytes `[226, 130]` are not valid utf-8
printf 'fn main() {}\n// \342\202x\n' > "$1"
