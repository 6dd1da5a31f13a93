# -o under a regular file (unwritable even for root, unlike a chmod 555 directory).
#@ hostile-exit: 1
#@ hostile-first-line: error: couldn't create `$INPUT/out`: Not a directory (os error 20)
#@ hostile-args: $INPUT -o $INPUT/out
#@ hostile-after: grep -q "fn main" $INPUT
printf 'fn main() {\n    println!("hi");\n}\n' > "$1"
