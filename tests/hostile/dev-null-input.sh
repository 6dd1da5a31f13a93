# /dev/null as the input: an empty crate named `null` (rustc's E0601).
#@ hostile-exit: 1
#@ hostile-first-line: error[E0601]: `main` function not found in crate `null`
#@ hostile-args: /dev/null -o $WORK/out
: > "$1"
