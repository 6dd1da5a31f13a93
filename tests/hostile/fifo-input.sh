# The input is a FIFO that a writer fills: read like a file (rustc does the same).
#@ hostile-exit: 0
#@ hostile-first-line:
#@ hostile-run: fifo
printf 'fn main() {\n    println!("fifo");\n}\n' > "$1.src"
mkfifo "$1"
# the writer blocks until the compiler opens the FIFO; it gives up if that never happens
timeout 30 sh -c 'cat "$0.src" > "$0"' "$1" &
