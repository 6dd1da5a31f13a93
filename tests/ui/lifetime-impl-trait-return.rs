//@ run-pass
//@ spec: 19.3, 14.9
// `-> impl Fn(&i32) -> i32` and an `F: Fn(&i32) -> i32` parameter: Fn sugar elides on its
// own parameter, apart from the fn's.
fn adder(k: i32) -> impl Fn(&i32) -> i32 {
    move |x| *x + k
}

fn apply_all<F: Fn(&i32) -> i32>(v: &[i32], f: F) -> Vec<i32> {
    let mut out = Vec::new();
    for x in v {
        out.push(f(x));
    }
    out
}

fn main() {
    let add3 = adder(3);
    println!("{}", add3(&4));
    println!("{:?}", apply_all(&[1, 2, 3], &add3));
}
