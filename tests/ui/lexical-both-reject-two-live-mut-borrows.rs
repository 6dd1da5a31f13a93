//@ compile-fail
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// Two `&mut` of the same place both used: E0499 under every rule.
fn main() {
    let mut n = 1;
    let a = &mut n;
    let b = &mut n; //~ ERROR E0499
    *a += 1;
    *b += 1;
}
