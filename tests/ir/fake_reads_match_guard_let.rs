//@ run-pass
//@ check-ir
//@ spec: 9.5 9.6
// FakeRead of a match scrutinee (`match`, `if let`, `while let`), the shallow fake borrow
// a guard may not break and the bindings it saw, `let` initializers (plain and
// destructuring), and `let _ = place;`, which only mentions the place.
fn main() {
    let pair = (String::from("left"), 2);
    let _ = pair;
    let (name, count) = pair;
    match count {
        n @ 0..=9 if n > 1 => println!("{} many {}", name, n),
        n => println!("{} few {}", name, n),
    }
    let mut stack = vec![1, 2];
    if let Some(top) = stack.last() {
        println!("top {}", top);
    }
    while let Some(x) = stack.pop() {
        println!("{}", x);
    }
}
