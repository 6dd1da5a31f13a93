//@ run-fail
//@ spec: 6.8, 8.1, 12.8, 15.1
// An arithmetic overflow inside a fold closure unwinds through the iterator adaptor:
// the closure's own locals, values the closure captured by move, and the caller's
// values are all dropped.
struct Probe(String);

impl Drop for Probe {
    fn drop(&mut self) {
        println!("probe {} done", self.0);
    }
}

fn product(xs: &[u8]) -> u8 {
    let watcher = Probe(String::from("captured"));
    let _local = Probe(String::from("product frame"));
    xs.iter().fold(1u8, move |acc, &x| {
        let _each = Probe(format!("x={}", x));
        let next = acc * x;
        println!("{} -> {} ({})", acc, next, watcher.0);
        next
    })
}

fn main() {
    let _a = Probe(String::from("main a"));
    println!("small {}", product(&[2, 3, 4]));
    let _b = Probe(String::from("main b"));
    println!("large {}", product(&[5, 6, 7, 8]));
}
