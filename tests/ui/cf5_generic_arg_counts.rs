//@ compile-fail
//@ spec: 11.15, 13.6
// A generic struct, a generic enum and a turbofish each need one type per parameter.
struct Stack<T> {
    items: [T; 4],
    len: usize,
}

enum Either<L, R> {
    Left(L),
    Right(R),
}

fn largest<T: PartialOrd>(a: T, b: T) -> T {
    if a > b { a } else { b }
}

fn peek(s: &Stack<i32, i32>) -> usize { //~ ERROR E0107
    s.len
}

fn main() {
    let e: Either<i32> = Either::Left(1); //~ ERROR E0107
    let m = largest::<i32, i32>(1, 2); //~ ERROR E0107
    println!("{}", m);
}
