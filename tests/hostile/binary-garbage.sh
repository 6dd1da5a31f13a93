# 3000 pseudo-random bytes (a fixed sequence): refused as invalid UTF-8, never a crash.
#@ hostile-exit: 1
#@ hostile-first-line: error: couldn't read `$INPUT`: stream did not contain valid UTF-8
LC_ALL=C awk 'BEGIN { x = 12345; for (i = 0; i < 3000; i++) { x = (x * 1103515245 + 12345) % 2147483648; printf "%c", int(x / 65536) % 256 } }' > "$1"
