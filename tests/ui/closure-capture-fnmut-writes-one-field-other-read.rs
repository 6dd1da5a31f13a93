//@ run-pass
//@ spec: 20.13
// An FnMut closure writing `s.count` borrows only that field: `s.log` may be read and
// written while the closure is alive.
struct S {
    count: u32,
    log: Vec<String>,
}
fn main() {
    let mut s = S { count: 0, log: Vec::new() };
    let mut inc = || s.count += 1;
    s.log.push("before".to_string());
    inc();
    println!("{:?}", s.log);
    inc();
    s.log.push(format!("after {}", s.log.len()));
    println!("{} {:?}", s.count, s.log);
}
