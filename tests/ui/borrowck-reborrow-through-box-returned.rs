//@ compile-fail
//@ spec: 20.5
//@ stderr-contains: cannot assign to `head.next` because it is borrowed
// A reference returned through a Box's contents (`&mut n.value`, n: &mut Box<Node>)
// reborrows through the `&mut` to the Box: the loan of `head.next` must outlive the
// function's region, so assigning `head.next` on the other path is E0506, and a second
// `&mut head.next` is E0499. Errors name places as rustc does (`head.next`, not
// `(*head).next`).
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

fn assign_after(head: &mut Node) -> &mut i32 {
    if let Some(n) = head.next.as_mut() {
        return &mut n.value;
    }
    head.next = None; //~ ERROR E0506
    &mut head.value
}

fn borrow_after(head: &mut Node) -> &mut i32 {
    if let Some(n) = head.next.as_mut() {
        return &mut n.value;
    }
    let _again = &mut head.next; //~ ERROR E0499
    &mut head.value
}

fn through_two_refs(x: &mut &mut Node) -> i32 {
    let r = &x.value;
    x.value = 3; //~ ERROR E0506
    *r
}

fn main() {
    let mut n = Node { value: 1, next: None };
    *assign_after(&mut n) += 1;
    *borrow_after(&mut n) += 1;
    let mut m = &mut n;
    println!("{}", through_two_refs(&mut m));
}
