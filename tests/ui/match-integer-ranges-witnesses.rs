//@ compile-fail
//@ spec: 11.11
// E0004 names the uncovered values as rustc does: the gaps between the ranges, per type.

fn gaps(x: i32) {
    match x { //~ ERROR `i32::MIN..=-1_i32` and `10_i32..=i32::MAX` not covered
        0..=9 => {}
    }
}

fn middle(b: u8) {
    match b { //~ ERROR `101_u8..=199_u8` not covered
        0..=100 => {}
        200..=u8::MAX => {}
    }
}

fn single(x: i8) {
    match x { //~ ERROR `i8::MIN..=4_i8` and `6_i8..=i8::MAX` not covered
        5 => {}
    }
}

fn many(x: u32) {
    match x { //~ ERROR `11_u32..=19_u32`, `31_u32..=39_u32`, `51_u32..=59_u32` and 1 more not covered
        0..=10 | 20..=30 | 40..=50 | 60..=70 | 80.. => {}
    }
}

fn exclusive(x: i16) {
    match x { //~ ERROR `0_i16` and `10_i16..=i16::MAX` not covered
        ..0 => {}
        1..10 => {}
    }
}

fn wide(x: u128) {
    match x { //~ ERROR `1_u128` not covered
        0 => {}
        2..=u128::MAX => {}
    }
}

fn wide_open(x: i128) {
    match x { //~ ERROR `i128::MIN..=-1_i128` and `1_i128..` not covered
        0 => {}
    }
}

fn pointer_sized(x: usize) {
    match x { //~ ERROR `usize::MAX..` not covered
        0..=usize::MAX => {}
    }
}

fn pointer_sized_signed(x: isize) {
    match x { //~ ERROR `..isize::MIN` and `isize::MAX..` not covered
        isize::MIN..=isize::MAX => {}
    }
}

fn letters(c: char) {
    match c { //~ ERROR `'{'..='\u{d7ff}'` and `'\u{e000}'..='\u{10ffff}'` not covered
        'a'..='z' => {}
    }
}

fn one_char(c: char) {
    match c { //~ ERROR `'b'` not covered
        '\0'..='a' => {}
        'c'.. => {}
    }
}

fn nested(p: (bool, u8)) {
    match p { //~ ERROR `(true, 10_u8..=u8::MAX)` not covered
        (true, 0..=9) => {}
        (false, _) => {}
    }
}

fn split(p: (u8, bool)) {
    match p { //~ ERROR `(4_u8..=6_u8, false)` and `(10_u8..=u8::MAX, true)` not covered
        (0..=3, _) => {}
        (4..=9, true) => {}
        (7.., false) => {}
    }
}

fn in_option(o: Option<u8>) {
    match o { //~ ERROR `Some(10_u8..=u8::MAX)` not covered
        Some(0..=9) => {}
        None => {}
    }
}

struct Reading {
    level: u16,
    ok: bool,
}

fn in_struct(r: Reading) {
    match r { //~ ERROR `Reading { level: 100_u16..=u16::MAX, ok: false }` not covered
        Reading { level: 0..=99, .. } => {}
        Reading { ok: true, .. } => {}
    }
}

fn by_ref(x: &i32) {
    match x { //~ ERROR `&i32::MIN..=-1_i32` and `&1_i32..=i32::MAX` not covered
        0 => {}
    }
}

fn refutable(b: u8) {
    let 0..=9 = b; //~ ERROR E0005
}

fn main() {}
