//@ run-pass
//@ spec: 3.4
fn main() {
    fn square(x: i32) -> i32 {
        x * x
    }
    let r = helper(3);
    println!("{} {}", square(7), r);
}

fn helper(x: i32) -> i32 {
    fn inner(y: i32) -> i32 { y + 1 }
    inner(x) * 2
}
