//@ run-pass
//@ spec: 19.7, 19.8
// `T: 'static` and `'static` data: consts and statics elide to `'static`.
use std::fmt::Debug;

const GREETING: &str = "hi";
static NAMES: [&str; 2] = ["ann", "bo"];

fn keep<T: Debug + 'static>(t: T) -> String {
    format!("{:?}", t)
}

fn pick(i: usize) -> &'static str {
    NAMES[i]
}

fn main() {
    println!("{}", keep(5));
    println!("{}", keep(GREETING));
    println!("{}", keep(String::from("owned")));
    println!("{} {}", pick(0), pick(1));
}
