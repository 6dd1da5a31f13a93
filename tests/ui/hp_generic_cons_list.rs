//@ spec: 17.2, 11.15, 13.2
// A generic persistent list `List<T>` of boxed cells with methods in a generic impl:
// push_front consumes and returns the list, len/sum walk it, reverse rebuilds it by
// moving each head out of its box.
#[derive(Debug)]
enum List<T> {
    Cons(T, Box<List<T>>),
    Nil,
}

use List::{Cons, Nil};

impl<T> List<T> {
    fn new() -> List<T> {
        Nil
    }
    fn push_front(self, v: T) -> List<T> {
        Cons(v, Box::new(self))
    }
    fn len(&self) -> usize {
        match self {
            Cons(_, rest) => 1 + rest.len(),
            Nil => 0,
        }
    }
    fn head(&self) -> Option<&T> {
        match self {
            Cons(v, _) => Some(v),
            Nil => None,
        }
    }
    fn reverse(self) -> List<T> {
        let mut out = Nil;
        let mut cur = self;
        loop {
            match cur {
                Cons(v, rest) => {
                    out = Cons(v, Box::new(out));
                    cur = *rest;
                }
                Nil => break,
            }
        }
        out
    }
}

fn sum(l: &List<i32>) -> i32 {
    match l {
        Cons(v, rest) => v + sum(rest),
        Nil => 0,
    }
}

fn main() {
    let nums = List::new().push_front(3).push_front(2).push_front(1);
    println!("{:?}", nums);
    println!("len {} sum {} head {:?}", nums.len(), sum(&nums), nums.head());
    let rev = nums.reverse();
    println!("reversed {:?}", rev);
    let words: List<String> = List::new().push_front(String::from("world")).push_front(String::from("hello"));
    println!("{:?} len {}", words, words.len());
    let back = words.reverse();
    println!("head {:?}", back.head());
    let empty: List<char> = List::new();
    println!("{:?} {:?} {}", empty, empty.head(), empty.len());
}
