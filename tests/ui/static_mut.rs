//@ spec: 11.6
// A `static mut` is one global place shared by every function, initialised before main.
#[derive(Debug)]
struct Stats { hits: u32, misses: u32 }

const BASE: i32 = 10;
static mut COUNTER: u32 = 0;
static mut OFFSET: i32 = BASE * 2 + 1;
static mut SCALE: f64 = 1.5;
static mut STATS: Stats = Stats { hits: 0, misses: 0 };
static mut LOG: [u8; 4] = [0; 4];
static GREETING: &str = "hits and misses";

fn bump() -> u32 {
    unsafe {
        COUNTER += 1;
        COUNTER
    }
}

fn record(hit: bool) {
    unsafe {
        if hit { STATS.hits += 1; } else { STATS.misses += 1; }
        let i = (STATS.hits + STATS.misses) as usize % 4;
        LOG[i] = hit as u8;
    }
}

unsafe fn shift(by: i32) {
    OFFSET -= by;
}

fn main() {
    bump();
    bump();
    println!("counter {}", bump());
    for i in 0..7 {
        record(i % 3 == 0);
    }
    unsafe {
        shift(4);
        SCALE *= OFFSET as f64;
        println!("{} {} {}", OFFSET, SCALE, GREETING);
        let p = &raw const STATS;
        println!("{:?} {}", *p, (*p).hits);
        let q = &raw mut LOG;
        (*q)[0] = 9;
        println!("{:?}", *q);
    }
}
