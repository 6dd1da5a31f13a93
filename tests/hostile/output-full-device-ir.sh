# --emit=ir into a full device (/dev/full): the write error is reported.
#@ hostile-exit: 1
#@ hostile-first-line: error: failed to write `/dev/full`: No space left on device (os error 28)
#@ hostile-args: $INPUT --emit=ir=/dev/full
printf 'fn main() {\n    println!("hi");\n}\n' > "$1"
