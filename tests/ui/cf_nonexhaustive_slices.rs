//@ compile-fail
//@ spec: 11.10 11.11
// Slice and array patterns that miss some lengths or values.
fn first_two(s: &[i32]) -> i32 {
    match s { //~ ERROR E0004
        [] => 0,
        [a, b, ..] => a + b,
    }
}

fn ends(s: &[u8]) -> u8 {
    match s { //~ ERROR E0004
        [first, .., last] => first + last,
        [] => 0,
    }
}

fn flags(a: [bool; 2]) -> u8 {
    match a { //~ ERROR E0004
        [true, true] => 3,
        [false, _] => 0,
    }
}

fn main() {
    println!("{}", first_two(&[1, 2, 3]));
}
