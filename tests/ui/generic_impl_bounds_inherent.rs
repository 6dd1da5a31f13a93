//@ spec: 13.2, 13.3
// Each inherent impl block's bounds hold inside its own methods: a Copy bound lets a T be
// used twice, a Clone bound gives T `clone`, Display and PartialOrd bounds give formatting
// and comparison; a `where` clause on the impl counts the same, and a method's own `where`
// on the impl's parameter gives T that trait's methods in that method.
struct W<K> {
    k: K,
}

impl<K: Copy> W<K> {
    fn twice(&self, key: K) -> (K, K) {
        let a = key;
        let b = key;
        (a, b)
    }
    fn key(&self) -> K {
        self.k
    }
}

struct Cell<T> {
    v: T,
}

impl<T: Clone> Cell<T> {
    fn get(&self) -> T {
        self.v.clone()
    }
    fn dup(&self) -> (T, T) {
        (self.v.clone(), self.get())
    }
}

impl<T: std::fmt::Display> Cell<T> {
    fn show(&self) -> String {
        format!("<{}>", self.v)
    }
}

impl<T: PartialOrd + Copy> Cell<T> {
    fn max(&self, o: T) -> T {
        if self.v > o { self.v } else { o }
    }
}

impl<T> Cell<T>
where
    T: Clone + std::fmt::Debug,
{
    fn both(&self) -> String {
        let c = self.v.clone();
        format!("{:?}/{:?}", c, self.v)
    }
    fn fresh(v: T) -> Self {
        Cell { v: v.clone() }
    }
}

impl<T> Cell<T> {
    fn new(v: T) -> Self {
        Cell { v }
    }
    fn copied(&self) -> T
    where
        T: Clone,
    {
        self.v.clone()
    }
    fn pair(&self, o: T) -> (T, T, T)
    where
        T: Copy,
    {
        let a = self.v;
        (a, o, o)
    }
    fn unbox(b: Box<T>) -> Cell<T> {
        Cell { v: *b }
    }
}

fn main() {
    let w = W { k: 1 };
    println!("{:?} {}", w.twice(2), w.key());
    let c = Cell { v: 5 };
    println!("{} {} {} {:?}", c.get(), c.show(), c.max(9), c.dup());
    let s = Cell::new(String::from("hi"));
    println!("{} {:?} {} {}", s.get(), s.dup(), s.show(), s.both());
    println!("{} {}", Cell::fresh(vec![1, 2]).both(), s.copied());
    let b = Cell::unbox(Box::new(String::from("boxed")));
    println!("{} {:?}", b.v, c.pair(7));
}
