//@ compile-fail
//@ compile-flags: --borrowck=polonius
//@ spec: 21.3
// Rejected by polonius as by NLL. A returned closure borrowing a local.
fn counter() -> impl FnMut() -> i32 {
    let mut n = 0;
    || { //~ ERROR E0373
        n += 1;
        n
    }
}

fn main() {
    let mut c = counter();
    println!("{}", c());
}
