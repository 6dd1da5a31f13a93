# A UTF-16 file (with its byte-order mark): invalid UTF-8 at byte 0, where there is no
# source to show.
#@ hostile-exit: 1
#@ hostile-first-line: error: couldn't read `$INPUT`: stream did not contain valid UTF-8
#@ hostile-stderr-contains: = note: invalid utf-8 at byte `0`
printf 'fn main() {}\n' | iconv -f UTF-8 -t UTF-16 > "$1"
