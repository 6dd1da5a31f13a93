//@ compile-fail
//@ spec: 15.3
// Inside the generic body, `f` takes exactly the arguments its Fn bound lists.
fn combine<F: Fn(i32, i32) -> i32>(f: F, xs: &[i32]) -> i32 {
    let mut acc = 0;
    for i in 0..xs.len() {
        acc = f(acc); //~ ERROR E0057
    }
    acc
}

fn apply<F: Fn(i32) -> i32>(f: F) -> i32 {
    f(1, 2) //~ ERROR E0057
}

fn main() {
    println!("{}", combine(|a, b| a + b, &[1, 2, 3]));
    println!("{}", apply(|x| x + 1));
}
