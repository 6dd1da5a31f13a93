//@ compile-fail
//@ spec: 14.7
// ? needs a Result or Option, in a fn returning the same kind with the same error type.
fn f() -> Option<u8> { Some(1) }
fn g() -> Result<u8, bool> { Ok(1) }
fn uses_opt() -> Result<u8, bool> {
    let x = f()?; //~ ERROR E0277
    Ok(x)
}
fn wrong_err() -> Result<u8, char> {
    let y = g()?; //~ ERROR E0277
    Ok(y)
}
fn main() {
    let z = g()?; //~ ERROR E0277
}
