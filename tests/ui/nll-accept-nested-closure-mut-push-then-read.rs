//@ run-pass
//@ spec: 20.13
// Lexical checker rejects: `record` (holding `&mut log`) is in scope when `log` is printed.
fn main() {
    let mut log = Vec::new();
    let mut record = |x: i32| {
        let fmt = |y: i32| y * 10;
        log.push(fmt(x));
    };
    record(1);
    record(2);
    println!("{:?}", log);
}
