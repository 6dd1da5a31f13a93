//@ run-pass
//@ spec: 20.5
// Naive checker: rejects reassigning the cursor inside a match arm that borrows through it.
struct Node { val: i32, next: Option<Box<Node>> }
fn last_mut(mut cur: &mut Node) -> &mut Node {
    loop {
        match cur.next {
            Some(ref mut next) => cur = next,
            None => return cur,
        }
    }
}
fn main() {
    let mut n = Node { val: 1, next: Some(Box::new(Node { val: 2, next: None })) };
    last_mut(&mut n).val = 99;
    last_mut(&mut n).next = Some(Box::new(Node { val: 3, next: None }));
    let mut p = Some(&n);
    while let Some(x) = p {
        print!("{} ", x.val);
        p = x.next.as_deref();
    }
    println!();
}
