//@ compile-fail
//@ spec: 11.10
// A range pattern must not be empty: `a..b` needs a < b (E0579), `a..=b` needs a <= b (E0030).

fn main() {
    let x = 5u8;
    match x {
        5..5 => {} //~ ERROR E0579
        _ => {}
    }
    match x {
        9..=5 => {} //~ ERROR E0030
        _ => {}
    }
    if let 3..1 = x {} //~ ERROR E0579
    let c = 'a';
    match c {
        'z'..='a' => {} //~ ERROR E0030
        _ => {}
    }
    let n = -3;
    match n {
        -1..=-5 => {} //~ ERROR E0030
        i32::MAX..i32::MAX => {} //~ ERROR E0579
        _ => {}
    }
    match x {
        7..=7 => {}
        ..0 => {} //~ ERROR E0579
        _ => {}
    }
}
