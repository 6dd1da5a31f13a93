//@ spec: 11.15 13.2 13.1 14.3
// A generic enum Slot<T> (Empty / One / Two) with impl<T> methods and bounded free fns over it.
use std::fmt::Debug;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Slot<T> {
    Empty,
    One(T),
    Two(T, T),
}

impl<T> Slot<T> {
    fn count(&self) -> usize {
        match self {
            Slot::Empty => 0,
            Slot::One(_) => 1,
            Slot::Two(_, _) => 2,
        }
    }

    fn push(self, x: T) -> Result<Slot<T>, T> {
        match self {
            Slot::Empty => Ok(Slot::One(x)),
            Slot::One(a) => Ok(Slot::Two(a, x)),
            Slot::Two(_, _) => Err(x),
        }
    }

    fn first(&self) -> Option<&T> {
        match self {
            Slot::Empty => None,
            Slot::One(a) | Slot::Two(a, _) => Some(a),
        }
    }
}

fn sum_slot(s: Slot<i32>) -> i32 {
    match s {
        Slot::Empty => 0,
        Slot::One(a) => a,
        Slot::Two(a, b) => a + b,
    }
}

fn fill<T: Copy + Debug>(items: &[T]) -> Slot<T> {
    let mut s = Slot::Empty;
    for &x in items {
        s = match s.push(x) {
            Ok(next) => next,
            Err(rejected) => {
                println!("  rejected {:?}", rejected);
                s
            }
        };
    }
    s
}

fn main() {
    let e: Slot<i32> = Slot::Empty;
    println!("{:?} count {}", e, e.count());
    let a = fill(&[7]);
    let b = fill(&[3, 4, 5, 6]);
    println!("{:?} count {} sum {}", a, a.count(), sum_slot(a));
    println!("{:?} count {} sum {}", b, b.count(), sum_slot(b));
    let c = fill(&['p', 'q', 'r']);
    println!("{:?} first {:?}", c, c.first());
    let d = fill::<bool>(&[]);
    println!("{:?} first {:?}", d, d.first());
    println!("a == One(7): {}", a == Slot::One(7));
    let pair = Slot::One((1, 'x')).push((2, 'y'));
    println!("{:?}", pair);
}
