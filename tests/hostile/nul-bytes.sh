# A NUL byte in code.
#@ hostile-exit: 1
#@ hostile-first-line: error: unknown start of token: \u{0}
printf 'fn main() {\n    let x = 1;\000\n}\n' > "$1"
