//@ run-pass
//@ spec: 11.5 11.12
// The layout table: sizes and alignments of 71 types, as rustc lays them out on
// x86-64 Linux (field reordering, repr(C), enum tags, niche filling).
#![allow(dead_code)]
use std::mem::{align_of, size_of};

struct U8Only { a: u8 }
struct Mixed1 { a: u8, b: u32, c: u16 }
struct Mixed2 { a: u64, b: u8 }
struct Mixed3 { a: bool, b: f64, c: bool, d: i16 }
#[repr(C)]
struct CMixed1 { a: u8, b: u32, c: u16 }
#[repr(C)]
struct CMixed3 { a: bool, b: f64, c: bool, d: i16 }
struct Tuple3(u8, u64, u8);
#[repr(C)]
struct CTuple3(u8, u64, u8);
struct Unit;
struct ZstField { a: (), b: u32, c: [u8; 0] }
struct WithStr<'a> { s: &'a str, n: u8 }
struct WithSlice<'a> { s: &'a [u64], f: f32 }
struct Nested { m: Mixed1, t: (u8, u8), c: char }
struct Arr { a: [u16; 3], b: u8 }
struct BigAlign { a: u8, b: u128 }
struct Chars { a: char, b: char, c: u8 }
struct Refs<'a> { a: &'a u8, b: &'a mut i64, c: bool }
enum Fieldless2 { A, B }
enum Fieldless3 { A, B, C }
enum Fieldless256 { A = 0, B = 255 }
enum Fieldless257 { A = 0, B = 256 }
enum FieldlessBig { A = 0, B = 70000 }
enum Negative { A = -1, B = 1 }
enum Payload1 { A(u32), B }
enum Payload2 { A(u8), B(u64) }
enum Payload3 { A { x: i32, y: i32 }, B(u8), C }
enum PayloadBool { A(bool), B }
enum PayloadChar { A(char), B, C }
enum PayloadRef<'a> { A(&'a u8), B }
enum PayloadStr<'a> { A(&'a str), B }
enum TwoData { A(u8), B(u8) }
enum NestedOpt { A(PayloadBool), B }
enum NestedOpt2 { A(NestedOpt), B }
enum FieldlessInner { X(Fieldless3), Y }
enum TupleInner { X((u8, bool)), Y }
enum StructInner { X(Mixed3), Y }
enum ManyUnits { A(bool), B, C, D }
enum Empty {}

fn main() {
    println!("u8               {:>3} {:>3}", size_of::<u8>(), align_of::<u8>());
    println!("u16              {:>3} {:>3}", size_of::<u16>(), align_of::<u16>());
    println!("u32              {:>3} {:>3}", size_of::<u32>(), align_of::<u32>());
    println!("u64              {:>3} {:>3}", size_of::<u64>(), align_of::<u64>());
    println!("u128             {:>3} {:>3}", size_of::<u128>(), align_of::<u128>());
    println!("i8               {:>3} {:>3}", size_of::<i8>(), align_of::<i8>());
    println!("i16              {:>3} {:>3}", size_of::<i16>(), align_of::<i16>());
    println!("i32              {:>3} {:>3}", size_of::<i32>(), align_of::<i32>());
    println!("i64              {:>3} {:>3}", size_of::<i64>(), align_of::<i64>());
    println!("isize            {:>3} {:>3}", size_of::<isize>(), align_of::<isize>());
    println!("usize            {:>3} {:>3}", size_of::<usize>(), align_of::<usize>());
    println!("f32              {:>3} {:>3}", size_of::<f32>(), align_of::<f32>());
    println!("f64              {:>3} {:>3}", size_of::<f64>(), align_of::<f64>());
    println!("bool             {:>3} {:>3}", size_of::<bool>(), align_of::<bool>());
    println!("char             {:>3} {:>3}", size_of::<char>(), align_of::<char>());
    println!("()               {:>3} {:>3}", size_of::<()>(), align_of::<()>());
    println!("(u8,)            {:>3} {:>3}", size_of::<(u8,)>(), align_of::<(u8,)>());
    println!("(u8, u32)        {:>3} {:>3}", size_of::<(u8, u32)>(), align_of::<(u8, u32)>());
    println!("(u32, u8)        {:>3} {:>3}", size_of::<(u32, u8)>(), align_of::<(u32, u8)>());
    println!("(u8, u16, u8)    {:>3} {:>3}", size_of::<(u8, u16, u8)>(), align_of::<(u8, u16, u8)>());
    println!("(u64, u8, u16)   {:>3} {:>3}", size_of::<(u64, u8, u16)>(), align_of::<(u64, u8, u16)>());
    println!("(bool, f64)      {:>3} {:>3}", size_of::<(bool, f64)>(), align_of::<(bool, f64)>());
    println!("(char, u8)       {:>3} {:>3}", size_of::<(char, u8)>(), align_of::<(char, u8)>());
    println!("((u8, u8), u16)  {:>3} {:>3}", size_of::<((u8, u8), u16)>(), align_of::<((u8, u8), u16)>());
    println!("[u8; 3]          {:>3} {:>3}", size_of::<[u8; 3]>(), align_of::<[u8; 3]>());
    println!("[u32; 4]         {:>3} {:>3}", size_of::<[u32; 4]>(), align_of::<[u32; 4]>());
    println!("[u64; 0]         {:>3} {:>3}", size_of::<[u64; 0]>(), align_of::<[u64; 0]>());
    println!("[(u8, u16); 2]   {:>3} {:>3}", size_of::<[(u8, u16); 2]>(), align_of::<[(u8, u16); 2]>());
    println!("&u8              {:>3} {:>3}", size_of::<&u8>(), align_of::<&u8>());
    println!("&str             {:>3} {:>3}", size_of::<&str>(), align_of::<&str>());
    println!("&[u32]           {:>3} {:>3}", size_of::<&[u32]>(), align_of::<&[u32]>());
    println!("&mut i64         {:>3} {:>3}", size_of::<&mut i64>(), align_of::<&mut i64>());
    println!("&&u8             {:>3} {:>3}", size_of::<&&u8>(), align_of::<&&u8>());
    println!("U8Only           {:>3} {:>3}", size_of::<U8Only>(), align_of::<U8Only>());
    println!("Mixed1           {:>3} {:>3}", size_of::<Mixed1>(), align_of::<Mixed1>());
    println!("Mixed2           {:>3} {:>3}", size_of::<Mixed2>(), align_of::<Mixed2>());
    println!("Mixed3           {:>3} {:>3}", size_of::<Mixed3>(), align_of::<Mixed3>());
    println!("CMixed1          {:>3} {:>3}", size_of::<CMixed1>(), align_of::<CMixed1>());
    println!("CMixed3          {:>3} {:>3}", size_of::<CMixed3>(), align_of::<CMixed3>());
    println!("Tuple3           {:>3} {:>3}", size_of::<Tuple3>(), align_of::<Tuple3>());
    println!("CTuple3          {:>3} {:>3}", size_of::<CTuple3>(), align_of::<CTuple3>());
    println!("Unit             {:>3} {:>3}", size_of::<Unit>(), align_of::<Unit>());
    println!("ZstField         {:>3} {:>3}", size_of::<ZstField>(), align_of::<ZstField>());
    println!("WithStr          {:>3} {:>3}", size_of::<WithStr>(), align_of::<WithStr>());
    println!("WithSlice        {:>3} {:>3}", size_of::<WithSlice>(), align_of::<WithSlice>());
    println!("Nested           {:>3} {:>3}", size_of::<Nested>(), align_of::<Nested>());
    println!("Arr              {:>3} {:>3}", size_of::<Arr>(), align_of::<Arr>());
    println!("BigAlign         {:>3} {:>3}", size_of::<BigAlign>(), align_of::<BigAlign>());
    println!("Chars            {:>3} {:>3}", size_of::<Chars>(), align_of::<Chars>());
    println!("Refs             {:>3} {:>3}", size_of::<Refs>(), align_of::<Refs>());
    println!("Fieldless2       {:>3} {:>3}", size_of::<Fieldless2>(), align_of::<Fieldless2>());
    println!("Fieldless3       {:>3} {:>3}", size_of::<Fieldless3>(), align_of::<Fieldless3>());
    println!("Fieldless256     {:>3} {:>3}", size_of::<Fieldless256>(), align_of::<Fieldless256>());
    println!("Fieldless257     {:>3} {:>3}", size_of::<Fieldless257>(), align_of::<Fieldless257>());
    println!("FieldlessBig     {:>3} {:>3}", size_of::<FieldlessBig>(), align_of::<FieldlessBig>());
    println!("Negative         {:>3} {:>3}", size_of::<Negative>(), align_of::<Negative>());
    println!("Payload1         {:>3} {:>3}", size_of::<Payload1>(), align_of::<Payload1>());
    println!("Payload2         {:>3} {:>3}", size_of::<Payload2>(), align_of::<Payload2>());
    println!("Payload3         {:>3} {:>3}", size_of::<Payload3>(), align_of::<Payload3>());
    println!("PayloadBool      {:>3} {:>3}", size_of::<PayloadBool>(), align_of::<PayloadBool>());
    println!("PayloadChar      {:>3} {:>3}", size_of::<PayloadChar>(), align_of::<PayloadChar>());
    println!("PayloadRef       {:>3} {:>3}", size_of::<PayloadRef>(), align_of::<PayloadRef>());
    println!("PayloadStr       {:>3} {:>3}", size_of::<PayloadStr>(), align_of::<PayloadStr>());
    println!("TwoData          {:>3} {:>3}", size_of::<TwoData>(), align_of::<TwoData>());
    println!("NestedOpt        {:>3} {:>3}", size_of::<NestedOpt>(), align_of::<NestedOpt>());
    println!("NestedOpt2       {:>3} {:>3}", size_of::<NestedOpt2>(), align_of::<NestedOpt2>());
    println!("FieldlessInner   {:>3} {:>3}", size_of::<FieldlessInner>(), align_of::<FieldlessInner>());
    println!("TupleInner       {:>3} {:>3}", size_of::<TupleInner>(), align_of::<TupleInner>());
    println!("StructInner      {:>3} {:>3}", size_of::<StructInner>(), align_of::<StructInner>());
    println!("ManyUnits        {:>3} {:>3}", size_of::<ManyUnits>(), align_of::<ManyUnits>());
    println!("Empty            {:>3} {:>3}", size_of::<Empty>(), align_of::<Empty>());
}
