//@ run-pass
//@ spec: 20.17a
// A `&mut T` returned (by `return` or as the tail) where the signature says `&T` is
// reborrowed shared, `&*x`, as rustc's coercion does: the caller's loan is shared.
fn pick(v: &mut Vec<i32>, first: bool) -> &i32 {
    if first {
        let x = &mut v[0];
        *x += 10;
        return x;
    }
    let y = &mut v[1];
    *y += 20;
    y
}
fn main() {
    let mut v = vec![1, 2];
    let a = *pick(&mut v, true);
    let b = pick(&mut v, false);
    println!("{} {}", a, b);
}
