//@ run-pass
//@ spec: 6.6
fn swap(p: (i32, i64)) -> (i64, i32) {
    (p.1, p.0)
}

fn divmod(a: u32, b: u32) -> (u32, u32) {
    (a / b, a % b)
}

fn main() {
    let p = (1, 2i64);
    let q = swap(p);
    println!("{} {}", q.0, q.1);
    let (d, m) = divmod(47, 5);
    println!("{} {}", d, m);
    let nested = ((1u8, true), 'c');
    println!("{} {} {}", (nested.0).0, nested.0.1, nested.1);
    let mut t = (0, 0);
    t.0 = 5;
    t.1 += 7;
    println!("{} {}", t.0, t.1);
}
