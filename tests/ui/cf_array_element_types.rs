//@ compile-fail
//@ spec: 11.7 6.9
// Array elements must all have the element type: a stray float, bool or
// char among integers is a mismatch at that element.
fn main() {
    let a: [i32; 3] = [1, 2.0, 3]; //~ ERROR E0308
    let b = [1u8, 2u8, true]; //~ ERROR E0308
    let c: [char; 2] = ['x', 'y'];
    let d: [u8; 2] = c; //~ ERROR E0308
    let e = [0u16; 4];
    let f: [u16; 3] = e; //~ ERROR E0308
}
