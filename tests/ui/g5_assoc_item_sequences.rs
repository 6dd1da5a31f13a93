//@ spec: 14.12 14.1 14.3
// A Sequence trait with an associated Item type; generic fns fix it with `Sequence<Item = u32>`.
trait Sequence {
    type Item;
    fn at(&self, i: usize) -> Option<Self::Item>;
    fn length(&self) -> usize;
    fn head(&self) -> Option<Self::Item> {
        self.at(0)
    }
}

struct Digits {
    n: u32,
}

struct Word {
    letters: [char; 5],
}

impl Sequence for Digits {
    type Item = u32;
    fn at(&self, i: usize) -> Option<u32> {
        let len = self.length();
        if i >= len {
            return None;
        }
        let mut n = self.n;
        for _ in 0..(len - 1 - i) {
            n /= 10;
        }
        Some(n % 10)
    }
    fn length(&self) -> usize {
        let mut n = self.n;
        let mut c = 1;
        while n >= 10 {
            n /= 10;
            c += 1;
        }
        c
    }
}

impl Sequence for Word {
    type Item = char;
    fn at(&self, i: usize) -> Option<char> {
        if i < 5 { Some(self.letters[i]) } else { None }
    }
    fn length(&self) -> usize {
        5
    }
}

fn total<S: Sequence<Item = u32>>(s: &S) -> u32 {
    let mut t = 0;
    for i in 0..s.length() {
        t += s.at(i).unwrap_or(0);
    }
    t
}

fn count_vowels<S: Sequence<Item = char>>(s: &S) -> usize {
    let mut n = 0;
    for i in 0..s.length() {
        match s.at(i) {
            Some('a') | Some('e') | Some('i') | Some('o') | Some('u') => n += 1,
            _ => {}
        }
    }
    n
}

fn main() {
    let d = Digits { n: 90417 };
    let w = Word { letters: ['q', 'u', 'e', 'u', 'e'] };
    println!("digits: len {} head {:?} at(3) {:?} at(9) {:?}", d.length(), d.head(), d.at(3), d.at(9));
    println!("digit total = {}", total(&d));
    println!("single digit total = {}", total(&Digits { n: 7 }));
    println!("word: head {:?} at(4) {:?} at(5) {:?}", w.head(), w.at(4), w.at(5));
    println!("vowels = {}", count_vowels(&w));
}
