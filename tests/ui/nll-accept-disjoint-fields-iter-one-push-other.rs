//@ run-pass
//@ spec: 20.2
// Iterating one struct field while pushing to another field is a disjoint borrow.
// Lexical checker rejects: it treats a borrow of s.src as a borrow of all of s.
struct Pair { src: Vec<i32>, dst: Vec<i32> }
fn main() {
    let mut p = Pair { src: vec![1, 2, 3], dst: Vec::new() };
    for x in p.src.iter() {
        p.dst.push(x * x);
    }
    p.src.clear();
    println!("{:?} {:?}", p.src, p.dst);
}
