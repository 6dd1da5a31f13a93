//@ run-pass
//@ spec: 11.13 6.7
// Raw pointers: writing through *mut, casting to usize to compute element distances, unsafe fns.
#[derive(Debug, Clone, Copy)]
struct Pair { a: i32, b: i32 }

unsafe fn swap_raw(x: *mut i32, y: *mut i32) {
    let t = *x;
    *x = *y;
    *y = t;
}

unsafe fn sum_pair(p: *const Pair) -> i32 {
    (*p).a + (*p).b
}

fn main() {
    let mut p = Pair { a: 3, b: 9 };
    let pa = &raw mut p.a;
    let pb = &mut p.b as *mut i32;
    unsafe {
        swap_raw(pa, pb);
        *pa += 100;
    }
    println!("{:?}", p);
    let total = unsafe { sum_pair(&p as *const Pair) };
    println!("sum = {}", total);

    let arr = [10u64, 20, 30, 40];
    let first = &arr[0] as *const u64 as usize;
    let third = &arr[2] as *const u64 as usize;
    println!("distance in bytes: {}", third - first);
    let back = third as *const u64;
    println!("read back: {}", unsafe { *back });

    let mut x = 7i32;
    let r = &raw const x;
    let w = &raw mut x;
    unsafe {
        *w *= 6;
        println!("x via const ptr: {}", *r);
    }
    let mut grid = [[0u8; 3]; 2];
    let cell = &mut grid[1][2] as *mut u8;
    unsafe { *cell = 255; }
    println!("{:?}", grid);
    let null_like = 0usize as *const i32;
    println!("{}", null_like as usize == 0);
}
