//@ run-pass
//@ spec: 20.2
// Naive checker: rejects a.list.push(a.count) (the argument reads a field disjoint from the
// receiver).
struct A { list: Vec<usize>, count: usize, names: Vec<String> }
fn main() {
    let mut a = A { list: Vec::new(), count: 2, names: vec![String::from("x")] };
    a.list.push(a.count);
    a.list.push(a.names.len());
    a.names.push(a.list.len().to_string());
    a.count += a.list.len();
    println!("{:?} {} {:?}", a.list, a.count, a.names);
}
