//@ compile-fail
//@ spec: 12.2 4.1
// Reassigning immutable variables: a running total without `mut`, a loop
// counter, a compound assignment and a variable declared without a value
// and assigned twice.
fn main() {
    let total = 0;
    for i in 0..5 {
        total = total + i; //~ ERROR E0384
    }
    let count = 10;
    while count > 0 {
        count -= 1; //~ ERROR E0384
    }
    let answer;
    answer = 1;
    answer = 2; //~ ERROR E0384
    let (a, b) = (1, 2);
    a = b; //~ ERROR E0384
}
