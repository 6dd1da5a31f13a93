//@ run-pass
//@ check-ir
//@ spec: 9.8
// A derived PartialOrd of a generic type gets one generated body per instance,
// `<Pair<u8> as PartialOrd>::partial_cmp`, returning Option<Ordering>; `<` calls it on
// borrows of both sides and reads the Ordering back.
#[derive(PartialEq, PartialOrd)]
struct Pair<T> {
    a: T,
    b: T,
}

fn main() {
    let p = Pair { a: 1u8, b: 2u8 };
    let q = Pair { a: 1u8, b: 3u8 };
    println!("{}", p < q);
}
