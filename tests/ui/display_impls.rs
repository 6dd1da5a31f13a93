//@ spec: 14.5
// impl fmt::Display and fmt::Debug by hand: write!, writeln!, write_str, nesting inside derived Debug.
use std::fmt;
struct Point { x: i32, y: i32 }
impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}
#[derive(Debug)]
enum Suit { Hearts, Spades }
impl fmt::Display for Suit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self { Suit::Hearts => "♥", Suit::Spades => "♠" };
        f.write_str(s)
    }
}
struct Card { rank: u8, suit: Suit }
impl fmt::Display for Card {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.rank > 10 { write!(f, "face{}", self.suit) } else { write!(f, "{}{}", self.rank, self.suit) }
    }
}
impl fmt::Debug for Card {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        writeln!(f, "Card[{} of {:?}]", self.rank, self.suit)
    }
}
#[derive(Debug)]
struct Hand { first: Card, count: u32 }
fn show<T: fmt::Display>(label: &str, x: &T) { println!("{}: {}", label, x); }
fn main() {
    let p = Point { x: 3, y: -4 };
    println!("{} and {}", p, Point { x: 0, y: 0 });
    let c = Card { rank: 12, suit: Suit::Hearts };
    println!("{} {} {:?}", c, Card { rank: 7, suit: Suit::Spades }, Suit::Spades);
    print!("{:?}", c);
    let h = Hand { first: Card { rank: 2, suit: Suit::Spades }, count: 1 };
    println!("{:?}", h);
    show("point", &p);
    eprintln!("to stderr {}", p);
}
