//@ spec: 11.15, 11.16
// Option and Result from the prelude: construction, matching, if let, Debug, niche sizes.
use std::mem::size_of;
#[derive(Debug, Clone, Copy, PartialEq)]
enum Tiny { A, B, C, D }
#[derive(Debug)]
struct Pair<T> { a: T, b: T }
fn find(xs: &[i32], want: i32) -> Option<usize> {
    for i in 0..xs.len() {
        if xs[i] == want { return Some(i); }
    }
    None
}
fn divide(a: i32, b: i32) -> Result<i32, &'static str> {
    if b == 0 { Err("division by zero") } else { Ok(a / b) }
}
fn main() {
    println!("{} {} {} {}", size_of::<Option<&u8>>(), size_of::<Option<u64>>(), size_of::<Option<Tiny>>(), size_of::<Option<char>>());
    println!("{} {}", size_of::<Option<Option<bool>>>(), size_of::<Result<u32, u8>>());
    let xs = [3, 1, 4, 1, 5];
    match find(&xs, 4) {
        Some(i) => println!("found at {}", i),
        None => println!("missing"),
    }
    if let Some(i) = find(&xs, 9) { println!("{}", i); } else { println!("no 9"); }
    println!("{:?} {:?}", find(&xs, 5), find(&xs, 7));
    println!("{:?} {:?}", divide(7, 2), divide(1, 0));
    let p = Pair { a: 1.5, b: 2.5 };
    println!("{:?} {}", p, p.a + p.b);
    let t: Option<Tiny> = Some(Tiny::C);
    println!("{:?} {}", t, t == Some(Tiny::C));
    let nested: Option<Option<i32>> = Some(None);
    println!("{:?} {:#?}", nested, Some((1, 'x')));
    let r: Result<(), String2> = Err(String2 { len: 3 });
    match r { Ok(()) => {}, Err(e) => println!("err {}", e.len) }
}
#[derive(Debug)]
struct String2 { len: usize }
