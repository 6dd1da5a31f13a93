// An integer literal beyond 128 bits.
//@ hostile-exit: 1
//@ hostile-first-line: error: integer literal is too large
fn main() {
    let x = 340282366920938463463374607431768211456;
}
