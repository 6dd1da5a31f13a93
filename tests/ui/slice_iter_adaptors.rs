//@ spec: 16.6
fn main() {
    let xs = [3, 1, 4, 1, 5, 9, 2, 6];
    let total: i32 = xs.iter().sum::<i32>();
    println!("{}", total);
    let doubled: i32 = xs.iter().map(|x| x * 2).sum();
    println!("{} {:?} {:?}", doubled, xs.iter().max(), xs.iter().min());
    for (i, x) in xs.iter().enumerate().skip(5) { print!("{}:{} ", i, x); }
    println!();
    let s = &xs[2..6];
    println!("{} {}", s.iter().len(), s.iter().filter(|x| **x > 2).count());
    let firsts: i32 = xs.iter().copied().step_by(3).sum();
    println!("{}", firsts);
    let words = ["apple", "kiwi", "banana"];
    println!("{:?} {:?}", words.iter().max_by_key(|w| w.len()), words.iter().min_by_key(|w| w.len()));
    for w in words.iter().rev() { print!("{} ", w); }
    println!();
    println!("{:?}", xs.iter().position(|&x| x == 9));
    for x in xs.iter() { print!("{}", x); }
    println!();
}
