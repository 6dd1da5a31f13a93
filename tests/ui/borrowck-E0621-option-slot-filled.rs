//@ compile-fail
//@ spec: 20.12
// An `Option<&'a str>` slot filled with an anonymous-lifetime parameter.
fn fill<'a>(slot: &mut Option<&'a str>, s: &str) {
    *slot = Some(s); //~ ERROR E0621
}
fn main() {
    let mut slot = None;
    fill(&mut slot, "x");
    println!("{:?}", slot);
}
