//@ compile-fail
//@ spec: 11.8 6.2
// Indexing arrays and slices with integers that are not `usize`: an i32 loop
// counter, a u8 and a u32 field, and an i64 computed index.
struct Cursor {
    pos: u32,
}

fn pick(s: &[u16], i: u8) -> u16 {
    s[i] //~ ERROR E0277
}

fn main() {
    let a = [10, 20, 30];
    let mut i: i32 = 0;
    while i < 3 {
        println!("{}", a[i]); //~ ERROR E0277
        i += 1;
    }
    let c = Cursor { pos: 1 };
    let x = a[c.pos]; //~ ERROR E0277
    let k: i64 = 2;
    let y = a[k - 1]; //~ ERROR E0277
    let z = a[1usize];
}
