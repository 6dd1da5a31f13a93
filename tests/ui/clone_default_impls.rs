//@ spec: 14.11
// Clone and Default by hand; T::default() and Default::default() through bounds and expected types.
#[derive(Debug)]
struct Counter { hits: u32, label: &'static str }
impl Clone for Counter {
    fn clone(&self) -> Counter { Counter { hits: 0, label: self.label } }
}
impl Default for Counter {
    fn default() -> Self { Counter { hits: 7, label: "fresh" } }
}
fn dup<T: Clone>(x: &T) -> (T, T) { (x.clone(), x.clone()) }
fn main() {
    let c = Counter { hits: 5, label: "main" };
    let d = c.clone();
    println!("{:?} {:?}", c, d);
    println!("{:?}", Counter::default());
    println!("{:?}", dup(&c));
    more();
}
fn make<T: Default>() -> T { T::default() }
#[derive(Debug, Default)]
struct Cfg { n: u8, on: bool }
fn more() {
    let a: Counter = make();
    let b: i32 = make();
    let c: Cfg = make();
    let d: Cfg = Default::default();
    println!("{:?} {} {:?} {:?}", a, b, c, d);
}
