//@ run-pass
//@ spec: 16.3
// take_while and skip_while (their predicates see &Item) and partition into two Vecs,
// over references and over a user iterator.
struct Counter { n: u32 }
impl Iterator for Counter { type Item = u32; fn next(&mut self) -> Option<u32> { if self.n < 5 { self.n += 1; Some(self.n) } else { None } } }
fn main() {
    let v: Vec<u32> = Counter { n: 0 }.zip(Counter { n: 2 }).map(|(a, b)| a * b).collect();
    println!("{:?}", v);
    let s: u32 = Counter { n: 0 }.take_while(|&x| x < 4).sum();
    println!("{}", s);
    let rest: Vec<u32> = Counter { n: 0 }.skip_while(|x| *x < 3).collect();
    println!("{:?}", rest);
    let words = vec!["apple", "avocado", "banana", "apricot"];
    let a_prefix: Vec<&&str> = words.iter().take_while(|w| w.starts_with('a')).collect();
    println!("{:?}", a_prefix);
    let after: Vec<&str> = words.iter().copied().skip_while(|w| w.len() > 5).collect();
    println!("{:?}", after);
    let none: Vec<u32> = v.iter().copied().take_while(|&x| x > 100).collect();
    println!("{:?}", none);
    let (small, big): (Vec<&u32>, Vec<&u32>) = v.iter().partition(|x| **x < 10);
    println!("{:?} {:?}", small, big);
    let (even, odd): (Vec<u32>, Vec<u32>) = (1..=6).partition(|n| n % 2 == 0);
    println!("{:?} {:?}", even, odd);
}
