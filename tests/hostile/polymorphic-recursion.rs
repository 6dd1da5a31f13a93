// Polymorphic recursion: each call instantiates f at a bigger type; rustc stops at its
// recursion limit.
//@ hostile-exit: 1
//@ hostile-first-line: error: reached the recursion limit while instantiating `f::<Option<Option<Option<Option<Option<Option<Option<...>>>>>>>>`
fn f<T>(x: T, n: u32) -> u32 {
    if n == 0 { 0 } else { f(Some(x), n - 1) + 1 }
}
fn main() {
    println!("{}", f(1, 3));
}
