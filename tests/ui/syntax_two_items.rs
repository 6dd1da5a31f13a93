//@ compile-fail
//@ spec: 2.3
fn first() {
    let = 5; //~ ERROR expected pattern
}

fn second() {
    let y = 1 2; //~ ERROR expected one of
}

fn main() {}
