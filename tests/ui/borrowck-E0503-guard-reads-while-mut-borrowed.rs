//@ compile-fail
//@ spec: 20.10
// A guard comparing `x` while a `&mut x` is used after the match.
fn main() {
    let mut x = 5;
    let m = &mut x;
    match 1 {
        _ if x > 2 => println!("big"), //~ ERROR E0503
        _ => {}
    }
    *m += 1;
}
