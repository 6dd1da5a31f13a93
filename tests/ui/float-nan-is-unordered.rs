//@ run-pass
//@ spec: 14.13
// partial_cmp of a NaN is None, through tuples, arrays, derived orders and Vec; every order test of it is false
#[derive(PartialEq, PartialOrd, Debug)]
struct P { x: f64, y: f64 }
#[derive(PartialEq, PartialOrd, Debug)]
enum E { A(f32), B }
fn main() {
    let v2 = vec![f64::NAN];
    println!("{} {}", v2 < vec![1.0], v2 > vec![1.0]);
    let n = f64::NAN;
    println!("{:?}", n.partial_cmp(&1.0));
    println!("{:?}", 1.0f32.partial_cmp(&f32::NAN));
    println!("{:?}", 2.0f64.partial_cmp(&1.0));
    println!("{:?}", 1.0f64.partial_cmp(&1.0));
    println!("{:?}", (-1.0f64).partial_cmp(&1.0));
    println!("{}", n < 1.0);
    let a = P { x: 1.0, y: n };
    let b = P { x: 1.0, y: 2.0 };
    let c = P { x: 0.0, y: n };
    println!("{:?} {:?} {:?}", a.partial_cmp(&b), c.partial_cmp(&b), b.partial_cmp(&c));
    println!("{} {} {} {}", a < b, a <= b, a > b, a >= b);
    println!("{} {} {}", c < b, c >= b, b > c);
    let t1 = (1, n); let t2 = (1, 0.5);
    println!("{} {} {:?}", t1 < t2, t1 >= t2, t1.partial_cmp(&t2));
    println!("{} {}", [n, 1.0] < [1.0, 2.0], [0.0, n] < [1.0, 2.0]);
    println!("{:?} {:?}", E::A(f32::NAN).partial_cmp(&E::A(1.0)), E::A(f32::NAN).partial_cmp(&E::B));
    println!("{:?}", (n, 1).partial_cmp(&(n, 2)));
    println!("{:?}", Some(n).partial_cmp(&Some(1.0)));
    let v = vec![1.0, n];
    println!("{:?}", v.partial_cmp(&vec![1.0, 2.0]));
}
