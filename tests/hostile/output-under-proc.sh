# -o into /proc, where nobody may create files.
#@ hostile-exit: 1
#@ hostile-first-line: error: couldn't create `/proc/patina-hostile-out`: No such file or directory (os error 2)
#@ hostile-args: $INPUT -o /proc/patina-hostile-out
printf 'fn main() {\n    println!("hi");\n}\n' > "$1"
