//@ run-pass
fn f(x: i32, mut y: i32) -> i32 {
    let x = x + 1;
    y *= 2;
    x + y
}

fn main() {
    println!("{}", f(1, 2));
}
