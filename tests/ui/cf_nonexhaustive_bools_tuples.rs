//@ compile-fail
//@ spec: 11.11
// Truth tables written as matches on bools and tuples of bools that forget a
// row, and a match on a tuple of an integer and a bool.
fn not(b: bool) -> bool {
    match b { //~ ERROR E0004
        true => false,
    }
}

fn xor(a: bool, b: bool) -> bool {
    match (a, b) { //~ ERROR E0004
        (true, false) => true,
        (false, true) => true,
        (true, true) => false,
    }
}

fn majority(a: bool, b: bool, c: bool) -> bool {
    match (a, b, c) { //~ ERROR E0004
        (true, true, _) => true,
        (true, _, true) => true,
        (false, false, _) => false,
    }
}

fn step(n: u8, up: bool) -> u8 {
    match (n, up) { //~ ERROR E0004
        (0, false) => 0,
        (_, true) => n + 1,
    }
}

fn main() {
    println!("{}", not(true));
}
