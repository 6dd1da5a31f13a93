//@ compile-fail
//@ spec: 20.11
// A struct outlives the local its reference field points to.
struct Holder<'a> { r: &'a String }
fn main() {
    let h;
    {
        let s = String::from("short-lived");
        h = Holder { r: &s }; //~ ERROR E0597
    }
    println!("{}", h.r);
}
