//@ compile-fail
//@ subset-limit: rustc accepts this; Patina names each missing feature at its span
//@ spec: 1.2
fn takes(a: [i32; 3], b: *const u8, c: extern "C" fn(i32) -> i32) {}
//~^ ERROR `unsafe` and `extern` function pointer types are not supported

fn main() {
    let (x, ..) = (1, 2, 3);
    let &y = &5;
}
