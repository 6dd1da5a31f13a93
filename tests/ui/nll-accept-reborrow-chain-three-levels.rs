//@ run-pass
//@ spec: 20.4
// Lexical checker rejects: `b` and `a` are in scope at the later uses of `a` and `x`.
struct Acc {
    total: i32,
}
fn main() {
    let mut x = Acc { total: 5 };
    let a = &mut x;
    let b = &mut *a;
    let c = &mut b.total;
    *c += 1;
    b.total += 10;
    a.total *= 2;
    x.total -= 1;
    println!("{}", x.total);
}
