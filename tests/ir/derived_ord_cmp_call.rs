//@ run-pass
//@ check-ir
//@ spec: 9.8
// `a.cmp(&b)` of a type deriving Ord calls its generated `<Level as Ord>::cmp(&Level,
// &Level) -> Ordering` on borrows of both sides: variants first, then the fields.
#[derive(PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Level {
    Low(u8),
    High,
}

fn main() {
    let a = Level::Low(4);
    let b = Level::High;
    println!("{:?}", a.cmp(&b));
}
