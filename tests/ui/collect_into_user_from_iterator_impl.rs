//@ run-pass
//@ spec: 16.9
// collect() builds any FromIterator type: a user collection from i32s and from chars (its
// impl loops over an `I: IntoIterator`), chosen by annotation or turbofish.
use std::iter::FromIterator;

#[derive(Debug)]
struct Bag {
    items: Vec<i32>,
    total: i32,
}

impl FromIterator<i32> for Bag {
    fn from_iter<I: IntoIterator<Item = i32>>(iter: I) -> Self {
        let mut bag = Bag { items: Vec::new(), total: 0 };
        for x in iter {
            bag.total += x;
            bag.items.push(x);
        }
        bag
    }
}

struct Word(String);

impl FromIterator<char> for Word {
    fn from_iter<I: IntoIterator<Item = char>>(iter: I) -> Word {
        let mut s = String::new();
        for c in iter {
            s.push(c.to_ascii_uppercase());
        }
        Word(s)
    }
}

fn main() {
    let bag: Bag = (1..=4).collect();
    println!("{:?}", bag);
    let evens = vec![1, 2, 3, 4, 5, 6].into_iter().filter(|x| x % 2 == 0).collect::<Bag>();
    println!("{:?} {}", evens.items, evens.total);
    let w: Word = "shout".chars().collect();
    println!("{}", w.0);
    let direct = Bag::from_iter(vec![7, 8]);
    println!("{}", direct.total);
    let plain: Vec<char> = "ab".chars().collect();
    let text: String = vec!["x", "y", "z"].into_iter().collect();
    println!("{:?} {}", plain, text);
}
