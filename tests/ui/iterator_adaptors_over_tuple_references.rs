//@ run-pass
//@ spec: 16.3
// Adaptors over references to tuples: a map returning a reference feeds sum, copied and
// collect (the closure's result type is known to the impls matched after it).
fn main() {
    let scores = vec![("ann", 82), ("bob", 95), ("cy", 67), ("di", 95)];
    let best = scores.iter().max_by_key(|(_, s)| *s).unwrap();
    println!("{:?}", best);
    let passed: Vec<&str> = scores.iter().filter(|&&(_, s)| s >= 70).map(|&(n, _)| n).collect();
    println!("{:?}", passed);
    let mut sorted: Vec<&(&str, i32)> = scores.iter().collect();
    sorted.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    println!("{:?}", sorted);
    let total: i32 = scores.iter().map(|(_, s)| s).sum();
    println!("{}", total);
    let names: Vec<String> = scores.iter().map(|(n, _)| n.to_uppercase()).collect();
    println!("{}", names.join("-"));
    let hi = scores.iter().filter(|p| p.1 > 80).count();
    println!("{}", hi);
    let pos = scores.iter().position(|&(n, _)| n == "cy");
    println!("{:?}", pos);
    more();
}
fn more() {
    let v = vec![1, 2];
    let a: Vec<i32> = v.iter().map(|x| x).copied().collect();
    let b: Vec<i32> = v.iter().filter(|x| **x > 1).copied().collect();
    let c: i32 = v.iter().filter(|x| **x > 1).sum();
    println!("{:?} {:?} {}", a, b, c);
}
