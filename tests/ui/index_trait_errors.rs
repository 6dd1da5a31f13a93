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

fn main() {
    let mut r = Row { v: [1, 2] };
    r[0] = 5; //~ ERROR E0594
    println!("{}", r[1]);
}
