//@ compile-fail
//@ spec: 11.6
// Hung the compiler (found with the fuzz target): lowering inlined the consts into each
// other forever, and an array length of them recursed until the stack ran out.
const WIDTH: usize = HEIGHT + 1; //~ ERROR E0391
const HEIGHT: usize = AREA / 2;
const AREA: usize = WIDTH * 2;
const FINE: usize = 3;

fn main() {
    let cells = [0u8; WIDTH];
    println!("{} {}", cells.len(), FINE);
}
