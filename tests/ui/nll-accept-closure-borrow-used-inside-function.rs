//@ run-pass
//@ spec: 20.13
// A closure that borrows locals is fine while it does not outlive them: called in the
// function, or passed where no `'static` is required.
fn call<F: Fn() -> i32>(f: F) -> i32 {
    f()
}
fn total(v: &[i32], k: i32) -> i32 {
    let scale = |x: &i32| x * k;
    let mut sum = 0;
    for x in v {
        sum += scale(x);
    }
    sum + call(|| k + 1)
}
fn main() {
    println!("{}", total(&[1, 2, 3], 2));
}
