//@ run-pass
//@ spec: 20.12
// `T: 'static` holds for owned values and `&'static` data: only borrows of locals and
// parameters fail it.
fn keep<T: 'static + std::fmt::Debug>(t: T) -> String {
    format!("{:?}", t)
}
fn remember(log: &mut Vec<&'static str>, s: &'static str) {
    log.push(s);
}
fn main() {
    let owned = String::from("own");
    println!("{}", keep(owned));
    println!("{}", keep("lit"));
    println!("{}", keep(vec![1, 2]));
    let mut log = Vec::new();
    remember(&mut log, "a");
    println!("{:?}", log);
}
