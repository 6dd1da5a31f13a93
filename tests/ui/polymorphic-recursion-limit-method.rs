//@ compile-fail
//@ spec: 13.7
// The same limit through a method of a generic struct: `S<S<...>>::go` without end.
struct S<T>(T);

impl<T> S<T> {
    fn go(self, n: u32) -> u32 {
        if n > 0 { S(self).go(n - 1) } else { 0 } //~ ERROR reached the recursion limit while instantiating `S::<S<S<S<S<S<S<S<S<S<S<S<S<S<S<S<S<S<S<S<...>>>>>>>>>>>>>>>>>>>>::go`
    }
}

fn main() {
    println!("{}", S(1u8).go(3));
}
