//@ compile-fail
//@ spec: 20.15
// Taking `&mut` of the scrutinee inside a match guard.
fn reset(o: &mut Option<i32>) -> bool { *o = None; false }
fn main() {
    let mut x = Some(2);
    match x {
        Some(_) if reset(&mut x) => println!("reset"), //~ ERROR E0510
        Some(n) => println!("{}", n),
        None => println!("none"),
    }
}
