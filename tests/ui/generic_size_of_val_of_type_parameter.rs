//@ run-pass
//@ spec: 9.9
fn sz<T>(x: &T) -> usize { std::mem::size_of_val(x) }
fn al<T>(x: &T) -> usize { std::mem::align_of_val(x) }
struct S { a: u8, b: u64 }
fn main() {
    println!("{} {} {} {}", sz(&1u8), sz(&1u128), sz(&S { a: 1, b: 2 }), sz(&(1u16, 'c')));
    println!("{} {} {}", al(&1u8), al(&S { a: 1, b: 2 }), sz(&[0u32; 7]));
    println!("{}", sz(&"hi"));
}
