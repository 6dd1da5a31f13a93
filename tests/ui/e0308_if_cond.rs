//@ compile-fail
//@ spec: 6.9
fn main() {
    let n = 3;
    if n { //~ ERROR E0308
        println!("yes");
    }
}
