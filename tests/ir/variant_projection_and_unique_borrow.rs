//@ run-pass
//@ check-ir
//@ spec: 9.5 9.7
// The fields of a matched variant print as downcasts, `(_1 as Some).0`; a closure that
// writes through a captured `&mut` variable captures it with a unique borrow (`&uniq`).
fn main() {
    let o = Some(7);
    match o {
        Some(n) if n > 5 => println!("big {}", n),
        Some(n) => println!("small {}", n),
        None => println!("none"),
    }
    let mut x = 1;
    let r = &mut x;
    let mut inc = || *r += 1;
    inc();
    inc();
    println!("{}", x);
}
