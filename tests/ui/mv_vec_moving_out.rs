//@ spec: 17.6, 17.8, 12.1
// Elements cannot be moved out of a Vec by indexing, but pop, remove, swap_remove and
// into_iter hand out owned elements; what is left in the Vec is still dropped with it.
struct Card {
    name: String,
}

impl Drop for Card {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn card(n: &str) -> Card {
    Card { name: n.to_string() }
}

fn main() {
    let mut deck = vec![card("ace"), card("king"), card("queen"), card("jack"), card("ten")];
    let top = deck.pop();
    if let Some(c) = top {
        println!("popped {}", c.name);
    }
    let second = deck.remove(1);
    println!("removed {}, {} left", second.name, deck.len());
    let swapped = deck.swap_remove(0);
    println!("swap_removed {}, first now {}", swapped.name, deck[0].name);
    drop(second);
    let mut names = Vec::new();
    for c in deck {
        names.push(c.name.clone());
        if c.name == "jack" {
            println!("found jack");
        }
    }
    println!("names {:?}", names);
    let mut hand = vec![card("x"), card("y")];
    while let Some(c) = hand.pop() {
        println!("playing {}", c.name);
    }
    println!("hand empty: {}", hand.is_empty());
    let keep = vec![card("kept1"), card("kept2")];
    println!("end with {} kept", keep.len());
}
