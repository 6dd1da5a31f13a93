//@ compile-fail
//@ spec: 11.19
// Types that hold themselves by value have no finite size: one E0072 per cycle, at the
// type of the cycle defined first.
use std::cell::Cell;

enum List { Cons(i32, List), Nil } //~ ERROR E0072

struct Even { odd: Odd } //~ ERROR E0072
struct Odd { even: Even }

struct Wrap<T>(T);
struct ThroughGeneric { w: Wrap<ThroughGeneric> } //~ ERROR E0072

struct ThroughOption { next: Option<ThroughOption> } //~ ERROR E0072
struct ThroughTuple { pair: (i32, ThroughTuple) } //~ ERROR E0072
struct ThroughArray { items: [ThroughArray; 2] } //~ ERROR E0072
struct ThroughEmptyArray { items: [ThroughEmptyArray; 0] } //~ ERROR E0072
struct ThroughCell { c: Cell<ThroughCell> } //~ ERROR E0072
enum ThroughStructVariant { Node { left: ThroughStructVariant, v: u8 }, Leaf } //~ ERROR E0072

// a three-type cycle: one error naming all three
struct First { s: Second } //~ ERROR E0072
struct Second { t: (Third, u8) }
struct Third { f: [First; 1] }

// only contains an infinite type: not reported again
struct Holder { list: List, even: Even }

// the parameter grows at each step
struct Growing<T> { inner: Growing<Option<T>>, t: T } //~ ERROR E0072

fn main() {
    struct Local { l: Local } //~ ERROR E0072
}
