//@ run-pass
//@ check-ir
//@ spec: 9.5 9.7
// The fields of a matched variant print as downcasts, `(_1 as Some).0`; a closure that
// writes through a `&mut` variable captures the place `*r` (`&mut (*r)`, edition 2021);
// one that also reads `r` itself captures `r` with a unique borrow (`&uniq`).
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
    let mut show = || {
        *r += 10;
        println!("{:?}", r);
    };
    show();
    println!("{}", x);
}
