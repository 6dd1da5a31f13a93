//@ run-pass
//@ spec: 11.13
unsafe fn read_twice(p: *const i32) -> i32 {
    *p + *p
}

fn main() {
    let mut x = 10;
    let p = &raw mut x;
    let q = &x as *const i32;
    unsafe {
        *p += 5;
        println!("{} {}", *q, read_twice(q));
    }
    let arr = [1u8, 2, 3];
    let base = &arr[0] as *const u8;
    let addr = base as usize;
    println!("{}", addr % 1 == 0);
    let v = unsafe { *p * 2 };
    println!("{}", v);
}
