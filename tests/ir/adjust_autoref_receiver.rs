//@ run-pass
//@ check-ir
//@ spec: 9.12
// A method receiver: `w.get()` with `w: Wrapper` whose `get` belongs to what w derefs to is
// typeck's overloaded-deref adjustment on w, which lowering turns into `deref(&w)` before
// the `&self` autoref; `b.get()` of a `Box<Counter>` projects into the box instead of
// calling deref.
use std::ops::Deref;

struct Counter {
    n: i32,
}

impl Counter {
    fn get(&self) -> i32 {
        self.n
    }
}

struct Wrapper {
    inner: Counter,
}

impl Deref for Wrapper {
    type Target = Counter;
    fn deref(&self) -> &Counter {
        &self.inner
    }
}

fn main() {
    let w = Wrapper { inner: Counter { n: 5 } };
    let b = Box::new(Counter { n: 7 });
    let x = w.get() + b.get();
    println!("{}", x);
}
