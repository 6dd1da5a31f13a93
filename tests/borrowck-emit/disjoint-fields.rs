//@ spec: 21.7
// Loans of disjoint fields do not conflict: both are live together.
struct Pair {
    a: i32,
    b: i32,
}

fn main() {
    let mut p = Pair { a: 1, b: 2 };
    let x = &mut p.a;
    let y = &mut p.b;
    *x += *y;
    *y += 1;
    println!("{} {}", p.a, p.b);
}
