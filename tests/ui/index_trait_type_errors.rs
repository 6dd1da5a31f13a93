//@ compile-fail
//@ spec: 14.16
use std::ops::Index;

struct Row {
    v: [u8; 2],
}

impl Index<usize> for Row {
    type Output = u8;
    fn index(&self, i: usize) -> &u8 {
        &self.v[i]
    }
}

struct Plain;

fn main() {
    let r = Row { v: [1, 2] };
    let p = Plain;
    println!("{}", p[0]); //~ ERROR E0608
    println!("{}", r["x"]); //~ ERROR E0308
}
