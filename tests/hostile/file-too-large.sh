# A 65 MiB file (sparse: NUL bytes) is over Patina's input limit: refused before lexing.
#@ hostile-exit: 1
#@ hostile-first-line: error: `$INPUT` is larger than 64 MiB; Patina does not compile files that large
truncate -s 65M "$1"
