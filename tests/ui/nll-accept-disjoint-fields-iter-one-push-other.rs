//@ run-pass
//@ spec: 20.2
// Iterating one struct field while pushing to another field is a disjoint borrow.
// Lexical checker rejects: `first` borrows p.src to the end of main, overlapping clear().
struct Pair { src: Vec<i32>, dst: Vec<i32> }
fn main() {
    let mut p = Pair { src: vec![1, 2, 3], dst: Vec::new() };
    let first = &p.src[0];
    for x in p.src.iter() {
        p.dst.push(x * x);
    }
    println!("first {}", first);
    p.src.clear();
    println!("{:?} {:?}", p.src, p.dst);
}
