//@ compile-fail
//@ spec: 16.1, 16.3
// Iterator's adaptors exist only on iterators: the struct has its own `next` but no
// `impl Iterator`.
struct Steps {
    left: u32,
}

impl Steps {
    fn next(&mut self) -> Option<u32> {
        if self.left == 0 {
            None
        } else {
            self.left -= 1;
            Some(self.left)
        }
    }
}

fn main() {
    let s = Steps { left: 4 };
    let total: u32 = s.sum(); //~ ERROR E0599
    let t = Steps { left: 4 };
    let n = t.count(); //~ ERROR E0599
    println!("{} {}", total, n);
}
