//@ compile-fail
//@ spec: 14.3
// Result::unwrap needs a Debug error type.
struct NoDebug;
fn f() -> Result<u8, NoDebug> { Ok(1) }
fn main() {
    let x = f().unwrap(); //~ ERROR E0277
    println!("{}", x);
}
