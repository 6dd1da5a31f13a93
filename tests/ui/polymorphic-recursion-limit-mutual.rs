//@ compile-fail
//@ spec: 13.7
// Two generic fns that call each other with growing types (a tuple, then an Option, of a
// Vec) hit the limit too; the Vec's drop glue must not grow without end either.
fn there<T>(x: T, n: u32) -> usize {
    if n == 0 { 0 } else { back(vec![(x,)], n - 1) }
}

fn back<T>(x: Vec<T>, n: u32) -> usize {
    if n == 0 { x.len() } else { there(Some(x), n - 1) } //~ ERROR reached the recursion limit while instantiating
}

fn main() {
    println!("{}", there(1, 4));
}
