//@ compile-fail
//@ spec: 20.8
// Assigning the scrutinee in an arm whose binding borrows it and is used later.
fn main() {
    let mut o = Some(3);
    match &o {
        Some(n) => {
            o = None; //~ ERROR E0506
            println!("{}", n);
        }
        None => {}
    }
    println!("{:?}", o);
}
