//@ spec: 16.3, 13.6
// product, min, max, zip, chain; turbofish on fns and on sum/product.
fn main() {
    println!("{} {}", (1..=5).product::<i32>(), (1..6u64).map(|x| x * 2).product::<u64>());
    println!("{:?} {:?} {:?}", (3..9).max(), (3..9).min(), (0..0).max());
    println!("{:?}", [4, 9, 2].len());
    for (a, b) in (0..3).zip(10..20) { print!("({},{}) ", a, b); }
    println!();
    let total: i32 = (1..3).chain(7..9).sum();
    println!("{} {}", total, (1..3).chain(5..=6).count());
    println!("{}", (1..=3).map(|x| x * 10).max().unwrap());
}
