//@ compile-fail
//@ spec: 15.2, 15.3
// `repeat` takes an FnMut but binds it without `mut`, so it cannot call it.
fn repeat<F: FnMut()>(f: F, times: u32) {
    for _ in 0..times {
        f(); //~ ERROR E0596
    }
}

fn main() {
    let mut hits = 0;
    repeat(|| hits += 1, 3);
    println!("{}", hits);
}
