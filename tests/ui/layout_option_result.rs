//@ spec: 11.5, 11.16
// Niche filling: Option and Result of types with invalid bit patterns need no tag.
use std::mem::{align_of, size_of};
#[derive(Clone, Copy)]
enum Dir { North, East, South, West }
struct Point { x: i32, y: i32 }
struct Tagged { tag: u8, flag: bool }
enum Never {}
fn main() {
    println!("{:<36} size {:>2} align {}", "Option<u8>", size_of::<Option<u8>>(), align_of::<Option<u8>>());
    println!("{:<36} size {:>2} align {}", "Option<u16>", size_of::<Option<u16>>(), align_of::<Option<u16>>());
    println!("{:<36} size {:>2} align {}", "Option<u32>", size_of::<Option<u32>>(), align_of::<Option<u32>>());
    println!("{:<36} size {:>2} align {}", "Option<u64>", size_of::<Option<u64>>(), align_of::<Option<u64>>());
    println!("{:<36} size {:>2} align {}", "Option<i128>", size_of::<Option<i128>>(), align_of::<Option<i128>>());
    println!("{:<36} size {:>2} align {}", "Option<bool>", size_of::<Option<bool>>(), align_of::<Option<bool>>());
    println!("{:<36} size {:>2} align {}", "Option<char>", size_of::<Option<char>>(), align_of::<Option<char>>());
    println!("{:<36} size {:>2} align {}", "Option<f64>", size_of::<Option<f64>>(), align_of::<Option<f64>>());
    println!("{:<36} size {:>2} align {}", "Option<()>", size_of::<Option<()>>(), align_of::<Option<()>>());
    println!("{:<36} size {:>2} align {}", "Option<&u8>", size_of::<Option<&u8>>(), align_of::<Option<&u8>>());
    println!("{:<36} size {:>2} align {}", "Option<&mut u64>", size_of::<Option<&mut u64>>(), align_of::<Option<&mut u64>>());
    println!("{:<36} size {:>2} align {}", "Option<&str>", size_of::<Option<&str>>(), align_of::<Option<&str>>());
    println!("{:<36} size {:>2} align {}", "Option<&[u32]>", size_of::<Option<&[u32]>>(), align_of::<Option<&[u32]>>());
    println!("{:<36} size {:>2} align {}", "Option<*const u8>", size_of::<Option<*const u8>>(), align_of::<Option<*const u8>>());
    println!("{:<36} size {:>2} align {}", "Option<Dir>", size_of::<Option<Dir>>(), align_of::<Option<Dir>>());
    println!("{:<36} size {:>2} align {}", "Option<Option<Dir>>", size_of::<Option<Option<Dir>>>(), align_of::<Option<Option<Dir>>>());
    println!("{:<36} size {:>2} align {}", "Option<Option<bool>>", size_of::<Option<Option<bool>>>(), align_of::<Option<Option<bool>>>());
    println!("{:<36} size {:>2} align {}", "Option<Option<Option<bool>>>", size_of::<Option<Option<Option<bool>>>>(), align_of::<Option<Option<Option<bool>>>>());
    println!("{:<36} size {:>2} align {}", "Option<Option<u8>>", size_of::<Option<Option<u8>>>(), align_of::<Option<Option<u8>>>());
    println!("{:<36} size {:>2} align {}", "Option<Point>", size_of::<Option<Point>>(), align_of::<Option<Point>>());
    println!("{:<36} size {:>2} align {}", "Option<Tagged>", size_of::<Option<Tagged>>(), align_of::<Option<Tagged>>());
    println!("{:<36} size {:>2} align {}", "Option<(u8, bool)>", size_of::<Option<(u8, bool)>>(), align_of::<Option<(u8, bool)>>());
    println!("{:<36} size {:>2} align {}", "Option<[bool; 3]>", size_of::<Option<[bool; 3]>>(), align_of::<Option<[bool; 3]>>());
    println!("{:<36} size {:>2} align {}", "Option<(u32, char)>", size_of::<Option<(u32, char)>>(), align_of::<Option<(u32, char)>>());
    println!("{:<36} size {:>2} align {}", "Result<u8, u8>", size_of::<Result<u8, u8>>(), align_of::<Result<u8, u8>>());
    println!("{:<36} size {:>2} align {}", "Result<u32, ()>", size_of::<Result<u32, ()>>(), align_of::<Result<u32, ()>>());
    println!("{:<36} size {:>2} align {}", "Result<(), bool>", size_of::<Result<(), bool>>(), align_of::<Result<(), bool>>());
    println!("{:<36} size {:>2} align {}", "Result<bool, ()>", size_of::<Result<bool, ()>>(), align_of::<Result<bool, ()>>());
    println!("{:<36} size {:>2} align {}", "Result<&u8, ()>", size_of::<Result<&u8, ()>>(), align_of::<Result<&u8, ()>>());
    println!("{:<36} size {:>2} align {}", "Result<u64, u8>", size_of::<Result<u64, u8>>(), align_of::<Result<u64, u8>>());
    println!("{:<36} size {:>2} align {}", "Result<char, u32>", size_of::<Result<char, u32>>(), align_of::<Result<char, u32>>());
    println!("{:<36} size {:>2} align {}", "Result<Dir, bool>", size_of::<Result<Dir, bool>>(), align_of::<Result<Dir, bool>>());
    println!("{:<36} size {:>2} align {}", "Result<Point, Dir>", size_of::<Result<Point, Dir>>(), align_of::<Result<Point, Dir>>());
    println!("{:<36} size {:>2} align {}", "Option<Result<u8, bool>>", size_of::<Option<Result<u8, bool>>>(), align_of::<Option<Result<u8, bool>>>());
    println!("{:<36} size {:>2} align {}", "Result<Option<u8>, u8>", size_of::<Result<Option<u8>, u8>>(), align_of::<Result<Option<u8>, u8>>());
    println!("{:<36} size {:>2} align {}", "Option<Never>", size_of::<Option<Never>>(), align_of::<Option<Never>>());
    println!("{:<36} size {:>2} align {}", "Result<u32, Never>", size_of::<Result<u32, Never>>(), align_of::<Result<u32, Never>>());
    println!("{:<36} size {:>2} align {}", "[Option<u8>; 4]", size_of::<[Option<u8>; 4]>(), align_of::<[Option<u8>; 4]>());
    println!("{:<36} size {:>2} align {}", "(Option<bool>, u8)", size_of::<(Option<bool>, u8)>(), align_of::<(Option<bool>, u8)>());
}
