//@ compile-fail
//@ spec: 4.2
// Bindings are immutable unless declared `mut`: assigning twice, assigning in a loop body,
// compound assignment, and assigning to a variable bound by a tuple pattern or a
// `for` pattern are all E0384.
fn main() {
    let limit = 10;
    limit = 20; //~ ERROR E0384
    let (a, b) = (1, 2);
    a += b; //~ ERROR E0384
    let late: i32;
    for i in 0..3 {
        late = i; //~ ERROR E0384
    }
    for n in 0..3 {
        n = n * 2; //~ ERROR E0384
    }
    let s = String::from("x");
    s = String::from("y"); //~ ERROR E0384
    println!("{} {} {} {}", limit, a, b, s);
}
