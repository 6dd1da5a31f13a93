//@ compile-fail
//@ spec: 11.11
// Non-exhaustive matches on nested data: an enum inside an enum, a struct
// holding an enum, and a tuple of an enum and a bool.
enum Suit {
    Hearts,
    Spades,
}

enum Card {
    Number(u8, Suit),
    Face(Suit),
    Joker,
}

struct Hand {
    first: Suit,
    count: u8,
}

fn score(c: Card) -> u8 {
    match c { //~ ERROR E0004
        Card::Number(n, _) => n,
        Card::Face(Suit::Hearts) => 10,
        Card::Joker => 0,
    }
}

fn describe(h: Hand) -> u8 {
    match h { //~ ERROR E0004
        Hand { first: Suit::Hearts, count } => count,
        Hand { first: Suit::Spades, count: 0 } => 0,
    }
}

fn pair(s: Suit, up: bool) -> u8 {
    match (s, up) { //~ ERROR E0004
        (Suit::Hearts, _) => 1,
        (Suit::Spades, true) => 2,
    }
}

fn main() {
    println!("{}", score(Card::Joker));
}
