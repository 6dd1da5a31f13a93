//@ compile-fail
//@ spec: 11.13
// Writing through raw pointers made with `&raw mut` and casts, outside
// `unsafe`; the pointer creation itself is safe.
struct Cell {
    v: i32,
}

fn main() {
    let mut c = Cell { v: 1 };
    let p = &raw mut c.v;
    *p = 2; //~ ERROR E0133
    let mut n = 10u8;
    let q = &mut n as *mut u8;
    *q += 1; //~ ERROR E0133
    let addr = q as usize;
    let r = addr as *const u8;
    let x = *r + 1; //~ ERROR E0133
    let cp = &raw const c;
    let y = (*cp).v; //~ ERROR E0133
}
