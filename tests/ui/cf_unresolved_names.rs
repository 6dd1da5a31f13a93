//@ compile-fail
//@ spec: 4.1 3.1
// Names used out of scope or misspelled: a variable from an inner block, a
// misspelled function, a parameter name from another function, and a
// loop variable used after the loop.
fn square(side: u32) -> u32 {
    side * side
}

fn main() {
    {
        let inner = 5;
    }
    let a = inner; //~ ERROR E0425
    let b = sqare(3); //~ ERROR E0425
    let c = side; //~ ERROR E0425
    for i in 0..3 {}
    let d = i; //~ ERROR E0425
    let e = square(lenght); //~ ERROR E0425
}
