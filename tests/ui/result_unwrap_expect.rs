//@ run-fail
//@ spec: 13.5, 14.3
// Result::unwrap/expect/unwrap_err print the other side with Debug (a where clause on the impl parameter).
#[derive(Debug)]
enum E { Bad(u8) }
fn f(x: u8) -> Result<u8, E> { if x < 10 { Ok(x) } else { Err(E::Bad(x)) } }
fn main() {
    println!("{} {:?}", f(3).unwrap(), f(12).unwrap_err());
    println!("{}", f(4).expect("small"));
    let v = f(20).expect("needs a digit");
    println!("{}", v);
}
