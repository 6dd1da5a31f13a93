//@ compile-fail
//@ spec: 14.12
// A trait with an associated type: one impl names it `Elem` instead of `Item`, another
// leaves it out.
trait Container {
    type Item;
    fn get(&self, i: usize) -> Self::Item;
    fn size(&self) -> usize;
}

struct Digits {
    ds: [u8; 3],
}

impl Container for Digits { //~ ERROR E0046
    type Elem = u8; //~ ERROR E0437
    fn get(&self, i: usize) -> u8 {
        self.ds[i]
    }
    fn size(&self) -> usize {
        3
    }
}

struct Flags {
    fs: [bool; 2],
}

impl Container for Flags { //~ ERROR E0046
    fn get(&self, i: usize) -> bool {
        self.fs[i]
    }
    fn size(&self) -> usize {
        2
    }
}

fn main() {}
