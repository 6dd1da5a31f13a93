//@ compile-fail
//@ spec: 14.16
use std::ops::Index;

struct Palette([char; 3]);

impl Index<u8> for Palette {
    type Output = char;
    fn index(&self, slot: u8) -> &char {
        &self.0[slot as usize % 3]
    }
}

struct Plain;

fn main() {
    let colors = Palette(['r', 'g', 'b']);
    let p = Plain;
    println!("{}", p[0]); //~ ERROR E0608
    println!("{}", colors["x"]); //~ ERROR E0308
    println!("{}", colors[4]);
}
