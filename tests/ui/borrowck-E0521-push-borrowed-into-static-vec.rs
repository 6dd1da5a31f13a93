//@ compile-fail
//@ spec: 20.12
// Pushing a borrowed `&str` into a Vec whose elements must be 'static.
fn remember(log: &mut Vec<&'static str>, s: &str) {
    log.push(s); //~ ERROR E0521
}
fn main() {
    let mut log = Vec::new();
    remember(&mut log, "hi");
    println!("{:?}", log);
}
