//@ compile-fail
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// A closure that borrows a local and is returned: E0373 under every rule.
fn counter() -> impl Fn() -> i32 {
    let n = 3;
    || n + 1 //~ ERROR E0373
}

fn main() {
    println!("{}", counter()());
}
