//@ parse-only
//@ spec: 10.8 10.10
// Every pattern and type form.
#![allow(unused)]

use std::collections::HashMap;
use std::fmt::Debug;

enum E {
    A,
    B(i32, i32),
    C { x: i32, y: i32 },
}

struct P(i32, i32);

fn types<'a, T: ?Sized + Debug>(
    a: &'a T,
    b: &'a mut Vec<Vec<i32>>,
    c: *const u8,
    d: *mut u8,
    e: [u8; 4],
    f: &[i32],
    g: (i32, (bool, char)),
    h: fn(i32, &str) -> bool,
    i: Box<dyn Fn(i32) -> i32 + 'a>,
    j: &dyn Debug,
    k: impl Iterator<Item = u32>,
    l: Option<Box<HashMap<String, Vec<(u8, u8)>>>>,
    m: <Vec<u8> as IntoIterator>::Item,
    n: (),
) -> impl Fn(i32) -> i32 {
    |x| x
}

fn never() -> ! {
    loop {}
}

fn patterns(e: E, opt: Option<&(i32, i32)>, slice: &[i32], n: i32) {
    let (a, mut b, _) = (1, 2, 3);
    let P(x, y) = P(1, 2);
    let &(c, d) = &(1, 2);
    let ref r = 5;
    let ref mut rm = 6;
    let _: u8 = 1;
    match e {
        E::A => {}
        E::B(first, ..) => {}
        E::C { x, y: 0 } => {}
        E::C { x: 1 | 2, .. } => {}
        E::C { .. } => {}
    }
    match opt {
        Some(&(p, q)) if p > q => {}
        Some(&(0, _)) | None => {}
        Some(_) => {}
    }
    match slice {
        [] => {}
        [one] => {}
        [first, .., last] => {}
    }
    match n {
        i32::MIN..=-1 => {}
        0 => {}
        1..=9 | 10 => {}
        k @ 11.. => {}
        _ => {}
    }
    match 'c' {
        'a'..='z' => {}
        _ => {}
    }
    if let (Some(z), true) = (Some(1), false) {}
}

fn main() {}
