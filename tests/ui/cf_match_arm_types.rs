//@ compile-fail
//@ spec: 11.11 6.9
// The arms of a match must all have one type; here one arm returns a string
// slice where the others give integers, and another gives a bool.
enum Coin {
    Penny,
    Nickel,
    Dime,
}

fn value(c: Coin) -> u32 {
    match c {
        Coin::Penny => 1,
        Coin::Nickel => "five", //~ ERROR E0308
        Coin::Dime => 10,
    }
}

fn is_small(c: Coin) -> bool {
    match c {
        Coin::Penny => true,
        Coin::Nickel => 0, //~ ERROR E0308
        Coin::Dime => false,
    }
}

fn main() {
    println!("{}", value(Coin::Dime));
    println!("{}", is_small(Coin::Penny));
}
