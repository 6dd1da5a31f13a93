//@ run-pass
//@ spec: 9.9
#[derive(Debug, Default, Clone, PartialEq)]
struct W<T> { a: T, b: (T, bool), c: [T; 2] }
#[derive(Debug, Default)]
struct N { s: String, v: Vec<u8>, w: W<char> }
fn mk<T: Default>() -> T { T::default() }
fn pair<T: Default + Clone>() -> (T, T) { let t: T = Default::default(); (t.clone(), t) }
fn main() {
    println!("{:?}", mk::<W<i32>>());
    println!("{:?}", mk::<N>());
    println!("{:?} {:?} {:?}", mk::<u8>(), mk::<f64>(), pair::<String>());
}
