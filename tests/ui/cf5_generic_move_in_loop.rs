//@ compile-fail
//@ spec: 13.3
// T is not Copy inside the generic body: moving it in a loop, or twice, is a use after move.
fn consume<T>(x: T) -> u32 {
    1
}

fn repeat<T>(x: T, n: u32) -> u32 {
    let mut total = 0;
    for _ in 0..n {
        total += consume(x); //~ ERROR E0382
    }
    total
}

fn swap_pair<T>(a: T, b: T) -> (T, T, T) {
    let first = a;
    (b, first, a) //~ ERROR E0382
}

fn main() {
    println!("{}", repeat(5, 3));
    let t = swap_pair(1, 2);
    println!("{}", t.0);
}
