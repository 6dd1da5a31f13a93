//@ compile-fail
//@ spec: 9.9
fn less<T: PartialOrd>(mut a: T, b: T) -> bool {
    let r = &mut a;
    let lt = a < b; //~ ERROR E0502
    drop(r);
    lt
}
fn main() { println!("{}", less(1, 2)); }
