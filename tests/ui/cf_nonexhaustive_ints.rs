//@ compile-fail
//@ spec: 11.11 11.10
// Matching integers and chars with ranges that leave gaps: rustc wants every
// value covered even when the programmer "knows" the input is small.
fn grade(score: u8) -> char {
    match score { //~ ERROR E0004
        90..=100 => 'A',
        80..=89 => 'B',
        0..=79 => 'C',
    }
}

fn sign(n: i64) -> i8 {
    match n { //~ ERROR E0004
        i64::MIN..=-1 => -1,
        1..=i64::MAX => 1,
    }
}

fn kind(c: char) -> u8 {
    match c { //~ ERROR E0004
        'a'..='z' => 1,
        'A'..='Z' => 2,
    }
}

fn small(x: i8) -> bool {
    match x { //~ ERROR E0004
        -128..=0 => true,
        2..=127 => false,
    }
}

fn main() {
    println!("{}", grade(95));
}
