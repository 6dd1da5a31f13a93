//@ compile-fail
//@ spec: 6.9
fn take(x: u8) -> u8 { x }

fn main() {
    let big: u32 = 5;
    take(big); //~ ERROR E0308
}
