# The input is a directory.
#@ hostile-exit: 1
#@ hostile-first-line: error: couldn't read `$INPUT`: Is a directory (os error 21)
mkdir "$1"
