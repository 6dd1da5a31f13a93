//@ run-pass
//@ spec: 9.8 11.4
// Derived Debug bodies reached through a `dyn Debug` vtable, an explicit Debug::fmt call
// in a hand-written impl, Vec and Option impls, tuples and arrays, with width and {:#?};
// derived Ord/PartialEq on a generic enum nested in itself.
use std::fmt;
#[derive(Debug, Clone, PartialEq, PartialOrd, Default)]
struct Unit;
#[derive(Debug, Clone, PartialEq, PartialOrd)]
struct Tup(i64, String, Unit);
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Maybe<T> { Just(T), Nothing }
struct Outer { t: Tup }
impl fmt::Debug for Outer {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Outer<")?;
        fmt::Debug::fmt(&self.t, f)?;
        write!(f, ">")
    }
}
fn show(d: &dyn fmt::Debug) -> String { format!("{:?}|{:#?}", d, d) }
fn main() {
    let t = Tup(-3, String::from("a\"b"), Unit);
    let r = &&t;
    println!("{:?} {:?} {}", r, Unit, t == t.clone());
    println!("{:?}", Outer { t: t.clone() });
    println!("{:#?}", Outer { t: t.clone() });
    println!("{}", show(&t));
    let m: Vec<Maybe<Tup>> = vec![Maybe::Just(t.clone()), Maybe::Nothing];
    println!("{:#?}", m);
    let a = Maybe::Just(3u16); let b = Maybe::Nothing;
    println!("{:?} {:?} {} {}", a.cmp(&b), b.partial_cmp(&a), a < b, a.clone() == a);
    println!("{:?}", (Maybe::Just('x'), [Unit, Unit], Some(&t)));
    let e: Maybe<Maybe<i8>> = Maybe::Just(Maybe::Just(-1));
    println!("{:6?}|{:#?}", e, e);
    let s = format!("{:?}", vec![Some(Tup(1, String::new(), Unit))]);
    println!("{}", s);
}
