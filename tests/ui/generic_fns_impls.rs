//@ spec: 13.1, 13.2, 13.4
// Generic functions and generic impl blocks, monomorphized per instance.
#[derive(Debug, Clone, Copy)]
struct Pair<T> { a: T, b: T }
impl<T> Pair<T> {
    fn new(a: T, b: T) -> Self { Pair { a, b } }
    fn swap(self) -> Pair<T> { Pair { a: self.b, b: self.a } }
    fn first(&self) -> &T { &self.a }
    fn set_first(&mut self, v: T) { self.a = v; }
    fn map_both<U>(self, x: U, y: U) -> (Pair<T>, U, U) { (self, x, y) }
}
fn first<T>(xs: &[T]) -> &T { &xs[0] }
fn pick<T>(c: bool, x: T, y: T) -> T { if c { x } else { y } }
fn wrap<T>(x: T) -> Option<T> { Some(x) }
fn main() {
    let p = Pair::new(1, 2);
    let q = p.swap();
    println!("{:?} {:?} {}", p, q, q.first());
    let mut r = Pair::new("x", "y");
    r.set_first("z");
    println!("{:?}", r);
    println!("{} {} {}", first(&[5, 6]), first(&["a", "b"]), pick(false, 1.5, 2.5));
    println!("{:?} {:?}", wrap('c'), wrap(Pair::new(true, false)));
    let (pp, u, v) = Pair::new(1u8, 2).map_both("m", "n");
    println!("{:?} {} {}", pp, u, v);
}
