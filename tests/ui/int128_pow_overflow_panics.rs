//@ run-fail
//@ spec: 6.12
// pow on a 128-bit type overflows at 128 bits, not 64.
// (No .stderr: rustc locates this panic inside core, Patina at the call.)
fn main() {
    let x: i128 = 10;
    println!("{}", x.pow(38));
    println!("{}", x.pow(39));
}
