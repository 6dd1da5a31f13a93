//@ compile-fail
//@ spec: 13.2
// `get` exists only for Cells of cloneable values: a Cell of a type without Clone does not
// have it, though the impl's other blocks still apply.
struct Cell<T> {
    v: T,
}

impl<T: Clone> Cell<T> {
    fn get(&self) -> T {
        self.v.clone()
    }
}

impl<T> Cell<T>
where
    T: std::fmt::Debug,
{
    fn show(&self) -> String {
        format!("{:?}", self.v)
    }
}

struct NoClone {
    id: u32,
}

fn main() {
    let c = Cell { v: NoClone { id: 1 } };
    let n = c.get(); //~ ERROR E0599
    let s = c.show(); //~ ERROR E0599
    println!("{}", c.v.id);
}
