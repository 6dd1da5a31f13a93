//@ compile-fail
//@ spec: 20.15
// `if let` reads the discriminant of its scrutinee, at the scrutinee.
fn main() {
    let mut e = Some(3);
    let m = &mut e;
    if let Some(_) = e { //~ ERROR E0503
        println!("some");
    }
    *m = None;
}
