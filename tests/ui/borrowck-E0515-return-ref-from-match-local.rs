//@ compile-fail
//@ spec: 20.12
// A match arm returns a reference to a local (rustc points at the whole match).
fn pick<'a>(a: &'a i32, which: bool) -> &'a i32 {
    let local = *a + 1;
    match which { //~ ERROR E0515
        true => a,
        false => &local,
    }
}
fn main() {
    println!("{}", pick(&1, false));
}
