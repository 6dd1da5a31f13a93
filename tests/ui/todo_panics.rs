//@ run-fail
//@ spec: 8.1
fn later() -> i32 {
    todo!()
}

fn main() {
    println!("{}", later());
}
