//@ compile-fail
//@ spec: 20.15
// Assigning `*o` in a guard of `match *o` (an `Option<i32>` behind `&mut`).
fn clear(o: &mut Option<i32>) -> i32 {
    match *o {
        Some(_) if { *o = None; false } => 0, //~ ERROR E0510
        Some(n) => n,
        None => -1,
    }
}
fn main() {
    println!("{}", clear(&mut Some(4)));
}
