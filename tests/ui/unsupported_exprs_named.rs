//@ compile-fail
//@ subset-limit: rustc accepts this; Patina names each missing feature at its span
//@ spec: 1.2
fn main() {
    let v = [1, 2];
    let m = match 3 { 1 => 2, _ => 3 };
    let a = [1, 2, 3];
    let s = format!("{}", 1);
    let shared = std::rc::Rc::new(5); //~ ERROR the standard library path `std::rc::Rc::new` is not supported
    let f = 1.5;
    let r = &raw const f;
    let n = (1, 2).0;
}
