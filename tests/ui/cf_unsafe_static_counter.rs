//@ compile-fail
//@ spec: 11.6 11.13
// A global counter kept in a `static mut`, bumped, read and printed without
// `unsafe`; plus a raw pointer read in a helper and an unsafe fn called from
// safe code.
static mut COUNT: u32 = 0;
static mut LAST: i64 = -1;

unsafe fn reset() {
    COUNT = 0;
}

fn bump() {
    COUNT += 1; //~ ERROR E0133
}

fn read(p: *const i64) -> i64 {
    *p //~ ERROR E0133
}

fn main() {
    bump();
    let n = COUNT; //~ ERROR E0133
    LAST = 5; //~ ERROR E0133
    reset(); //~ ERROR E0133
    let x = 7i64;
    let v = read(&x as *const i64);
    unsafe {
        LAST = v;
        reset();
    }
}
