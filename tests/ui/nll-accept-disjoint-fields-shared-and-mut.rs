//@ run-pass
//@ spec: 20.2
// Naive checker: rejects mutating one field while another field is shared-borrowed.
struct Inv { names: Vec<String>, count: usize }
fn main() {
    let mut inv = Inv { names: vec![String::from("a"), String::from("bb")], count: 0 };
    let names = &inv.names;
    for n in names {
        inv.count += n.len();
    }
    println!("{} names, {} chars", names.len(), inv.count);
}
