//@ compile-fail
//@ compile-flags: --borrowck=polonius
//@ spec: 21.3
// Rejected by polonius as by NLL. v is used after the assignment on the same path, so the loan is
// live there under polonius too.
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

fn find_last(mut cur: &mut Node) -> &mut Node {
    loop {
        match cur.next {
            Some(ref mut n) => cur = n,
            None => break,
        }
    }
    cur.value += 0;
    cur
}

fn with_first(list: &mut Node) -> &mut i32 {
    let v = &mut list.value;
    if *v > 0 {
        return v;
    }
    list.value = 1; //~ ERROR E0506
    *v += 1;
    &mut list.value
}

fn main() {
    let mut n = Node { value: 1, next: Some(Box::new(Node { value: 2, next: None })) };
    println!("{}", find_last(&mut n).value);
    println!("{}", with_first(&mut n));
}
