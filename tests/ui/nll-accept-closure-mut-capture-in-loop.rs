//@ run-pass
//@ spec: 20.13
// Naive checker: rejects a FnMut closure rebuilt in each iteration over a variable read afterwards.
fn main() {
    let mut log: Vec<String> = Vec::new();
    for i in 0..3 {
        let mut add = |s: &str| log.push(format!("{}:{}", i, s));
        add("a");
        add("b");
        println!("after {} -> {} entries", i, log.len());
    }
    println!("{:?}", log);
}
