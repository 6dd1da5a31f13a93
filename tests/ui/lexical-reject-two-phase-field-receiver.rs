//@ compile-fail
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// The two-phase receiver is a field: reading the same field in the argument conflicts.
struct Log {
    lines: Vec<usize>,
}

fn main() {
    let mut log = Log { lines: vec![1] };
    log.lines.push(log.lines.len()); //~ ERROR E0502
    println!("{}", log.lines.len());
}
