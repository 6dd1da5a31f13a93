//@ compile-fail
//@ spec: 15.3
// An FnOnce may be called only once: calling it again uses a moved value.
fn twice<F: FnOnce() -> i32>(f: F) -> i32 {
    f() + f() //~ ERROR E0382
}

fn main() {
    let base = 20;
    println!("{}", twice(|| base + 1));
}
