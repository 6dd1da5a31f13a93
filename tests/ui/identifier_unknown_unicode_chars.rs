//@ compile-fail
//@ spec: 2.7
// Characters that are neither XID_Start nor XID_Continue start no token, even inside
// what looks like an identifier; a run of the same one is one error.
fn main() {
    let a​ = 1; //~ ERROR unknown start of token: \u{200b}
    let b  = 2; //~ ERROR unknown start of token: \u{a0}
    let c = 3;⁠⁠⁠ //~ ERROR unknown start of token: \u{2060}
    let e = ٣4; //~ ERROR unknown start of token: \u{663}
    let d = 5; ­ //~ ERROR unknown start of token: \u{ad}
    println!("{} {} {} {} {}", a, b, c, d, e);
}
