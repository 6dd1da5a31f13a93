//@ compile-fail
//@ spec: 13.2, 12.11
// A method's own `where T: Copy` on its impl's parameter makes T Copy in that method only:
// `b` may copy an element out of the Vec, `a` (T only Clone) and `c` (no bound) may not.
struct S<T> {
    v: Vec<T>,
}

impl<T> S<T> {
    fn a(&self) -> T
    where
        T: Clone,
    {
        self.v[0] //~ ERROR E0507
    }
    fn b(&self) -> T
    where
        T: Copy,
    {
        let x = self.v[0];
        let _y = x;
        x
    }
    fn c(&self) -> T {
        self.v[0] //~ ERROR E0507
    }
}

fn main() {
    let s = S { v: vec![1] };
    println!("{} {} {}", s.a(), s.b(), s.c());
}
