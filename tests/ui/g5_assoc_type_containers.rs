//@ spec: 14.12 14.3
// A Container trait with an associated Item type, implemented by two types and used via T::Item bounds.
use std::fmt::Debug;

trait Container {
    type Item;
    fn get(&self, i: usize) -> Option<Self::Item>;
    fn len(&self) -> usize;
    fn first(&self) -> Option<Self::Item> {
        self.get(0)
    }
    fn last(&self) -> Option<Self::Item> {
        if self.len() == 0 { None } else { self.get(self.len() - 1) }
    }
}

struct Digits {
    n: u32,
}

struct Letters {
    word: [char; 5],
}

impl Container for Digits {
    type Item = u32;
    fn get(&self, i: usize) -> Option<u32> {
        let mut n = self.n;
        let len = self.len();
        if i >= len {
            return None;
        }
        for _ in 0..(len - 1 - i) {
            n /= 10;
        }
        Some(n % 10)
    }
    fn len(&self) -> usize {
        let mut n = self.n;
        let mut c = 1;
        while n >= 10 {
            n /= 10;
            c += 1;
        }
        c
    }
}

impl Container for Letters {
    type Item = char;
    fn get(&self, i: usize) -> Option<char> {
        if i < 5 { Some(self.word[i]) } else { None }
    }
    fn len(&self) -> usize {
        5
    }
}

fn show_all<C>(c: &C)
where
    C: Container,
    C::Item: Debug,
{
    print!("[");
    for i in 0..c.len() {
        if i > 0 { print!(", "); }
        print!("{:?}", c.get(i).unwrap());
    }
    println!("] first={:?} last={:?}", c.first(), c.last());
}

fn sum_digits<C: Container<Item = u32>>(c: &C) -> u32 {
    let mut s = 0;
    for i in 0..c.len() {
        s += c.get(i).unwrap_or(0);
    }
    s
}

fn main() {
    let d = Digits { n: 90417 };
    let w = Letters { word: ['h', 'e', 'l', 'l', 'o'] };
    show_all(&d);
    show_all(&w);
    println!("digit sum = {}", sum_digits(&d));
    println!("out of range: {:?} {:?}", d.get(9), w.get(5));
    show_all(&Digits { n: 7 });
}
