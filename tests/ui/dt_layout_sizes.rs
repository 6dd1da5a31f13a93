//@ run-pass
//@ spec: 11.5 11.12
// size_of/align_of for primitives, reordered vs #[repr(C)] structs, tagged and niche-filled enums.
use std::mem::size_of;

struct Packed { a: u8, b: u32, c: u8, d: u16 }

#[repr(C)]
struct CLayout { a: u8, b: u32, c: u8, d: u16 }

struct Empty;

struct Wrapper(u64, bool);

enum Small { A, B, C }

enum Big { A = 1, B = 300 }

enum Tagged { Num(u32), Flag(bool), Nothing }

enum MaybeRef<'a> { Some(&'a u64), None }

enum MaybeBool { Yes(bool), No }

enum MaybeChar { Got(char), Missing, Unknown }

fn main() {
    println!("u8={} u16={} u32={} u64={} usize={}", size_of::<u8>(), size_of::<u16>(),
             size_of::<u32>(), size_of::<u64>(), size_of::<usize>());
    println!("bool={} char={} f32={} f64={} unit={}", size_of::<bool>(), size_of::<char>(),
             size_of::<f32>(), size_of::<f64>(), size_of::<()>());
    println!("&u8={} &str={} &[u32]={} *const u8={}", size_of::<&u8>(), size_of::<&str>(),
             size_of::<&[u32]>(), size_of::<*const u8>());
    println!("(u8,u32)={} (u8,u8,u16)={} [u16;5]={} [[u8;3];4]={}", size_of::<(u8, u32)>(),
             size_of::<(u8, u8, u16)>(), size_of::<[u16; 5]>(), size_of::<[[u8; 3]; 4]>());
    println!("Packed: size {} align {}", size_of::<Packed>(), std::mem::align_of::<Packed>());
    println!("CLayout: size {} align {}", size_of::<CLayout>(), std::mem::align_of::<CLayout>());
    println!("Empty={} Wrapper={}", size_of::<Empty>(), size_of::<Wrapper>());
    println!("Small={} Big={} Tagged={}", size_of::<Small>(), size_of::<Big>(), size_of::<Tagged>());
    println!("MaybeRef={} MaybeBool={} MaybeChar={}", size_of::<MaybeRef>(), size_of::<MaybeBool>(),
             size_of::<MaybeChar>());
    println!("align: u16={} f64={} (u8,u64)={} [u32;0]={}", std::mem::align_of::<u16>(),
             std::mem::align_of::<f64>(), std::mem::align_of::<(u8, u64)>(), std::mem::align_of::<[u32; 0]>());
    let _ = (Small::A, Small::B, Small::C, Big::A, Big::B, Empty, Wrapper(0, true));
    let _ = (Tagged::Num(1), Tagged::Flag(true), Tagged::Nothing, MaybeBool::Yes(true), MaybeBool::No);
    let x = 5u64;
    let _ = (MaybeRef::Some(&x), MaybeRef::None, MaybeChar::Got('a'), MaybeChar::Missing, MaybeChar::Unknown);
    let _ = Packed { a: 1, b: 2, c: 3, d: 4 };
    let c = CLayout { a: 1, b: 2, c: 3, d: 4 };
    println!("{}", c.a as u32 + c.b + c.c as u32 + c.d as u32);
    println!("Big::B as i32 = {}", Big::B as i32);
}
