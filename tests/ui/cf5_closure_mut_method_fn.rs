//@ compile-fail
//@ spec: 15.2, 15.3
// The closure calls a `&mut self` method on a captured counter, so it is only FnMut, but
// `apply_all` asks for Fn.
struct Tally {
    count: i32,
}

impl Tally {
    fn add(&mut self, x: i32) -> i32 {
        self.count += x;
        self.count
    }
}

fn apply_all<F: Fn(i32) -> i32>(xs: &[i32], f: F) -> i32 {
    let mut last = 0;
    for i in 0..xs.len() {
        last = f(xs[i]);
    }
    last
}

fn main() {
    let mut t = Tally { count: 0 };
    let record = |x: i32| t.add(x); //~ ERROR E0525
    println!("{}", apply_all(&[1, 2, 3], record));
}
