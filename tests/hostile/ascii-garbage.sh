# 20000 pseudo-random printable ASCII bytes and newlines (a fixed sequence): valid UTF-8,
# so the lexer and the parser see it; one clean syntax error.
#@ hostile-exit: 1
#@ hostile-first-line: error: unexpected closing delimiter: `}`
#@ hostile-pending: rustc stops lexing at the first unexpected closing delimiter, so it never reports the bad escape `\G` after it; Patina lexes the whole file first
LC_ALL=C awk 'BEGIN { x = 777; for (i = 0; i < 20000; i++) { x = (x * 1103515245 + 12345) % 2147483648; c = 32 + int(x / 65536) % 96; printf "%c", c == 127 ? 10 : c } }' > "$1"
