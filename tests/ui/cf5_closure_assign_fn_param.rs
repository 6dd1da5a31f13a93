//@ compile-fail
//@ spec: 15.2, 15.3
// A closure passed straight to an Fn parameter tries to keep a running total and a maximum.
fn for_each_item<F: Fn(i32)>(xs: &[i32], f: F) {
    for i in 0..xs.len() {
        f(xs[i]);
    }
}

fn main() {
    let mut total = 0;
    let mut best = 0;
    for_each_item(&[4, 8, 2], |x| total += x); //~ ERROR E0594
    for_each_item(&[4, 8, 2], |x| {
        if x > best {
            best = x; //~ ERROR E0594
        }
    });
    println!("{} {}", total, best);
}
