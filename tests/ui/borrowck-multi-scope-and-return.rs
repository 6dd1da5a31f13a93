//@ compile-fail
//@ spec: 20.18
// A dangling reference from an inner scope, and a temporary, in one function.
fn main() {
    let r;
    {
        let x = 5;
        r = &x; //~ ERROR E0597
    }
    let t: &String;
    t = &String::from("tmp"); //~ ERROR E0716
    println!("{} {}", r, t);
}
