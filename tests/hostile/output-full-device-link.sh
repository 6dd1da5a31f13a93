# The executable goes to a full device (/dev/full): rustc says the link failed.
#@ hostile-exit: 1
#@ hostile-first-line: error: linking with `cc` failed: exit status: 1
#@ hostile-args: $INPUT -o /dev/full
printf 'fn main() {\n    println!("hi");\n}\n' > "$1"
