//@ spec: 13.1 13.2 13.6 11.15
// A generic Pair<A, B> with impl<A, B> methods, methods with their own type parameters, and turbofish.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Pair<A, B> {
    left: A,
    right: B,
}

impl<A, B> Pair<A, B> {
    fn new(left: A, right: B) -> Self {
        Pair { left, right }
    }

    fn swap(self) -> Pair<B, A> {
        Pair { left: self.right, right: self.left }
    }

    fn with_right<C>(self, right: C) -> Pair<A, C> {
        Pair { left: self.left, right }
    }

    fn left_ref(&self) -> &A {
        &self.left
    }
}

fn duplicate<T: Copy>(x: T) -> Pair<T, T> {
    Pair::new(x, x)
}

fn first_of<T, U>(p: Pair<T, U>) -> T {
    p.left
}

fn size_hint<T>() -> usize {
    std::mem::size_of::<T>()
}

fn main() {
    let p = Pair::new(3, 'x');
    println!("{:?}", p);
    let q = p.swap();
    println!("{:?}", q);
    let r = q.with_right(2.5);
    println!("{:?}", r);
    println!("left of r: {}", r.left_ref());

    let d = duplicate::<u8>(200);
    println!("{:?} equal sides: {}", d, d.left == d.right);
    let e = duplicate(true);
    println!("{:?}", e);
    println!("first_of: {}", first_of(Pair::new("hello", 1)));

    let nested = Pair::new(Pair::new(1, 2), Pair::new('a', false));
    println!("{:?}", nested);
    println!("{:?}", nested.swap().left);

    println!("sizes: {} {} {}", size_hint::<Pair<u8, u32>>(), size_hint::<Pair<u8, u8>>(), size_hint::<Pair<i64, bool>>());
    println!("same? {}", Pair::new(1, 2) == Pair::new(1, 2));
}
