//@ compile-fail
//@ spec: 14.10
// dyn needs a dyn-compatible trait (E0038) that the type implements (E0277).
trait Cloner { fn duplicate(&self) -> Self; }
trait Speak { fn speak(&self) -> u32; }
struct Dog;
struct Rock;
impl Speak for Dog { fn speak(&self) -> u32 { 1 } }
fn make(c: &dyn Cloner) {} //~ ERROR E0038
fn main() {
    let r = Rock;
    let s: &dyn Speak = &r; //~ ERROR E0277
    println!("{}", s.speak());
}
