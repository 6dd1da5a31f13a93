//@ compile-fail
//@ spec: 14.10
// A trait with a constructor (no `self`) or a method taking Self by argument cannot be a
// trait object.
trait Animal {
    fn new(name: u32) -> Self;
    fn name(&self) -> u32;
}

trait Mergeable {
    fn merge(&self, other: Self) -> u32;
}

fn greet(a: &dyn Animal) -> u32 { //~ ERROR E0038
    a.name()
}

fn combine(m: &mut dyn Mergeable) -> u32 { //~ ERROR E0038
    0
}

fn main() {}
