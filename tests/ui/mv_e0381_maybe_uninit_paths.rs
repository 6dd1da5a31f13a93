//@ compile-fail
//@ spec: 4.2
// A variable declared without a value must be assigned on every path that reaches a read:
// an `if` without `else`, a match arm that skips it or a loop that may run zero times
// all leave it possibly uninitialized.
fn grade(score: u32) -> char {
    let letter: char;
    if score >= 90 {
        letter = 'A';
    } else if score >= 50 {
        letter = 'C';
    }
    letter //~ ERROR E0381
}

fn first_even(v: &[i32]) -> i32 {
    let found: i32;
    for x in v {
        if x % 2 == 0 {
            found = *x;
            break;
        }
    }
    found //~ ERROR E0381
}

fn main() {
    let n = 3;
    let label: &str;
    match n {
        1 => label = "one",
        2 => label = "two",
        _ => {}
    }
    println!("{} {} {}", grade(70), first_even(&[1, 2]), label); //~ ERROR E0381
}
