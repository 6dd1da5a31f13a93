//@ run-pass
//@ spec: 14.13
// `W::default()` of a generic struct that derives Default takes its type arguments from
// the expected type, a turbofish, or inference, as any generic path does.
#[derive(Default, Debug)]
struct W<T> {
    v: T,
    n: i32,
}
#[derive(Default, Debug, PartialEq)]
struct Pair<A, B>(A, B);
fn make<T: Default>() -> T {
    T::default()
}
fn main() {
    let w: W<u8> = W::default();
    println!("{:?}", w);
    let w2 = W::<String>::default();
    println!("{:?}", w2);
    let w3: W<i64> = make();
    println!("{:?}", w3);
    let p = Pair::<bool, Vec<i32>>::default();
    println!("{:?}", p);
    let mut q = Pair::default();
    q.0 = 'x';
    q.1 = 2.5;
    println!("{:?} {}", q, q == Pair('x', 2.5));
}
