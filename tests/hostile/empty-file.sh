# An empty file: a crate without main (rustc's E0601).
#@ hostile-exit: 1
#@ hostile-first-line: error[E0601]: `main` function not found in crate `input`
: > "$1"
