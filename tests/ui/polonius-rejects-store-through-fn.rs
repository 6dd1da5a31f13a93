//@ compile-fail
//@ compile-flags: --borrowck=polonius
//@ spec: 21.3
// Rejected by polonius as by NLL. store relates the loan of x to v's element region at the call; v
// is used after x dies.
fn store<'a>(v: &mut Vec<&'a i32>, x: &'a i32) {
    v.push(x);
}

fn main() {
    let mut v = Vec::new();
    {
        let x = 7;
        store(&mut v, &x); //~ ERROR E0597
    }
    println!("{}", v.len());
}
