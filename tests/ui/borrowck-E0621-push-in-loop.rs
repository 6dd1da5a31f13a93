//@ compile-fail
//@ spec: 20.12
// Elements of an anonymous-lifetime slice pushed, in a loop, into `Vec<&'a i32>`.
fn collect<'a>(out: &mut Vec<&'a i32>, xs: &[i32]) {
    for x in xs {
        if *x > 0 {
            out.push(x); //~ ERROR E0621
        }
    }
}
fn main() {
    let mut out = Vec::new();
    collect(&mut out, &[1, -2, 3]);
    println!("{:?}", out);
}
