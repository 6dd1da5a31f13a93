//@ compile-fail
//@ spec: 20.10
// Matching on an enum place reads its discriminant: a use while it is mutably borrowed.
enum E { A(i32), B }
fn main() {
    let mut e = E::A(1);
    let m = &mut e;
    match e { //~ ERROR E0503
        E::A(_) => println!("a"),
        E::B => println!("b"),
    }
    *m = E::B;
}
