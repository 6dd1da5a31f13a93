# -o naming the input: refused, and the source survives.
#@ hostile-exit: 1
#@ hostile-first-line: error: the input file "$INPUT" would be overwritten by the generated executable
#@ hostile-args: $INPUT -o $INPUT
#@ hostile-after: grep -q "fn main" $INPUT
printf 'fn main() {\n    println!("hi");\n}\n' > "$1"
