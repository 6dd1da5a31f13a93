//@ spec: 16.4
// Ranges as iterator values: sum, filter/map chains, enumerate, next, find, fold, Debug.
fn main() {
    let s: i32 = (1..=10).sum();
    println!("{}", s);
    let evens: u64 = (0..20u64).filter(|x| x % 2 == 0).map(|x| x * x).sum();
    println!("{}", evens);
    for (i, c) in (10..13).enumerate() { print!("{}:{} ", i, c); }
    println!();
    let r = 3..6;
    println!("{:?} {}", r, (0..5).count());
    let mut it = 0..3;
    println!("{:?} {:?} {:?} {:?}", it.next(), it.next(), it.next(), it.next());
    println!("{:?}", (1..100).find(|x| x * x > 50));
    println!("{}", (1..=4).fold(1, |a, b| a * b));
    let v = [5, 6, 7];
    println!("{:?}", &v[1..3]);
}
