//@ compile-fail
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// Reassigning `r` does not end the loan it held: every loan that flowed into `r`'s type
// lives while `r` is in scope.
fn main() {
    let mut a = vec![1];
    let mut b = vec![2];
    let mut r = &mut a;
    r.push(10);
    r = &mut b;
    r.push(20);
    a.push(30); //~ ERROR E0499
    println!("{:?} {:?}", a, b); //~ ERROR E0502
    //~^ ERROR E0502
}
