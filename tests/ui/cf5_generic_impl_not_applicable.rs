//@ compile-fail
//@ spec: 14.9
// `describe` exists for a Pair only when both halves implement Describe; a Pair holding a
// Blob has no such method.
trait Describe {
    fn describe(&self) -> u32;
}

struct Num(u32);
struct Blob;

impl Describe for Num {
    fn describe(&self) -> u32 {
        self.0
    }
}

struct Pair<A, B> {
    a: A,
    b: B,
}

impl<A: Describe, B: Describe> Describe for Pair<A, B> {
    fn describe(&self) -> u32 {
        self.a.describe() + self.b.describe()
    }
}

fn main() {
    let good = Pair { a: Num(1), b: Num(2) };
    println!("{}", good.describe());
    let bad = Pair { a: Num(1), b: Blob };
    println!("{}", bad.describe()); //~ ERROR E0599
}
