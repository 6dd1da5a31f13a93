//@ run-pass
//@ spec: 9.12
// Adjustments recorded by typeck where the node is in parentheses or inside a closure:
// a receiver and a field base auto-dereferenced through Deref in parentheses, a deref
// coercion and an unsizing of a parenthesized argument, a `for` over a Vec a `move`
// closure owns, a deref-coerced `let`, and Box receivers auto-dereferenced (by reference in a
// closure, by value out of the box).
use std::ops::Deref;

struct Meters {
    m: i32,
}

impl Meters {
    fn double(&self) -> i32 {
        2 * self.m
    }
    fn into_inner(self) -> i32 {
        self.m
    }
}

struct Wrap {
    inner: Meters,
}

impl Deref for Wrap {
    type Target = Meters;
    fn deref(&self) -> &Meters {
        &self.inner
    }
}

fn len_of(s: &str) -> usize {
    s.len()
}

fn sum(xs: &[i32]) -> i32 {
    xs.iter().sum()
}

fn make() -> String {
    String::from("temporary")
}

fn main() {
    let w = Wrap { inner: Meters { m: 21 } };
    println!("{} {}", (w).double(), (w).m);
    let s = String::from("hello");
    let a = [1, 2, 3];
    println!("{} {}", len_of((&s)), sum((&a)));
    let v = vec![String::from("a"), String::from("bc")];
    let total = move || {
        let mut n = 0;
        for x in v {
            n += x.len();
        }
        n
    };
    println!("{}", total());
    let made = make();
    let t: &str = &made;
    println!("{}", t);
    let b: Box<Meters> = Box::new(Meters { m: 4 });
    let show = || b.double() + (b).m;
    println!("{}", show());
    let owned = Box::new(Meters { m: 8 });
    let consume = move || owned.into_inner();
    let direct = Box::new(Meters { m: 9 });
    println!("{} {}", consume(), direct.into_inner());
}
