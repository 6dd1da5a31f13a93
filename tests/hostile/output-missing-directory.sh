# -o into a directory that does not exist.
#@ hostile-exit: 1
#@ hostile-first-line: error: couldn't create `$WORK/no/such/dir/out`: No such file or directory (os error 2)
#@ hostile-args: $INPUT -o $WORK/no/such/dir/out
printf 'fn main() {\n    println!("hi");\n}\n' > "$1"
