//@ compile-fail
//@ spec: 14.3
// A call must satisfy the bounds of the callee's type parameters (E0277); a type parameter
// has only the methods its bounds give it (E0599).
trait Speak {
    fn speak(&self) -> u32;
}

struct Dog;
struct Rock;
#[derive(PartialEq, PartialOrd)]
struct Score(u32);

impl Speak for Dog {
    fn speak(&self) -> u32 {
        1
    }
}

fn twice<T: Speak>(x: &T) -> u32 {
    x.speak() * 2
}

fn loudest<T: PartialOrd + Copy>(a: T, b: T) -> T {
    if a > b { a } else { b }
}

fn quiet<T>(x: &T) -> u32 {
    x.speak() //~ ERROR E0599
}

fn main() {
    println!("{}", twice(&Dog));
    println!("{}", twice(&Rock)); //~ ERROR E0277
    let _best = loudest(Score(1), Score(2)); //~ ERROR E0277
    println!("{}", quiet(&Dog));
}
