//@ compile-fail
//@ spec: 11.15, 13.2
// A generic struct's fields share its type argument: a Pair<i32> holds two i32s.
struct Pair<T> {
    first: T,
    second: T,
}

impl<T: Copy> Pair<T> {
    fn swap(&self) -> Pair<T> {
        Pair { first: self.second, second: self.first }
    }
    fn first(&self) -> T {
        self.first
    }
}

fn main() {
    let p: Pair<i32> = Pair { first: 1, second: true }; //~ ERROR E0308
    let q = Pair { first: 'a', second: 2.5 }; //~ ERROR E0308
    let r = Pair { first: 1u8, second: 2u8 };
    let s: bool = r.swap().first(); //~ ERROR E0308
}
