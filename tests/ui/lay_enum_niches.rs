//@ run-pass
//@ spec: 11.12
// Niche filling: an enum whose only data variant has a bool, char, reference
// or inner enum tag reuses the invalid values instead of adding a tag.
#![allow(dead_code)]
use std::mem::{align_of, size_of};

enum Three { A, B, C }
enum MaybeBool { No, Yes(bool) }
enum ManyBool { A, B, C, D(bool) }
enum MaybeThree { None, Some(Three) }
enum MaybeCharPair { None, Some(char, u8) }
enum WithRef<'a> { Empty, Full(&'a u64) }
enum RefAndInt<'a> { Empty, Full(&'a u8, u32) }
struct Holder { t: Three, n: u16 }
enum MaybeHolder { None, Some(Holder) }
enum TwoData { A(bool), B(bool) }

fn main() {
    println!("MaybeBool {}", size_of::<MaybeBool>());
    println!("ManyBool {}", size_of::<ManyBool>());
    println!("MaybeThree {}", size_of::<MaybeThree>());
    println!("MaybeCharPair {} {}", size_of::<MaybeCharPair>(), align_of::<MaybeCharPair>());
    println!("WithRef {}", size_of::<WithRef>());
    println!("RefAndInt {} {}", size_of::<RefAndInt>(), align_of::<RefAndInt>());
    println!("Holder {} MaybeHolder {}", size_of::<Holder>(), size_of::<MaybeHolder>());
    println!("TwoData {}", size_of::<TwoData>());
}
