//@ run-pass
//@ spec: 20.2
// Naive checker: rejects borrowing two nested fields that share a prefix.
struct Inner { a: i32, b: i32 }
struct Outer { left: Inner, right: Inner, tag: u8 }
fn main() {
    let mut o = Outer { left: Inner { a: 1, b: 2 }, right: Inner { a: 3, b: 4 }, tag: 0 };
    let la = &mut o.left.a;
    let rb = &mut o.right.b;
    let lb = &o.left.b;
    *la += *lb;
    *rb += *lb;
    o.tag = 9;
    println!("{} {} {} {} {}", o.left.a, o.left.b, o.right.a, o.right.b, o.tag);
}
