//@ run-pass
//@ spec: 20.5
// A &mut Option<Box<..>> cursor walks a list, decrementing each value in place.
// Lexical checker rejects: `cur = &mut node.next` while `cur` is still borrowed.
struct L { v: i32, next: Option<Box<L>> }
fn main() {
    let mut head = Some(Box::new(L { v: 3, next: Some(Box::new(L { v: 7, next: None })) }));
    let mut cur = &mut head;
    while let Some(node) = cur {
        node.v -= 1;
        cur = &mut node.next;
    }
    *cur = Some(Box::new(L { v: 0, next: None }));
    let mut p = &head;
    while let Some(n) = p { print!("{} ", n.v); p = &n.next; }
    println!();
}
