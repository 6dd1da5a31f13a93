//@ compile-fail
//@ spec: 11.6
static mut COUNTER: u32 = 0;
static LIMIT: u32 = 3;

fn peek() -> u32 {
    COUNTER //~ ERROR E0133
}

fn main() {
    COUNTER += 1; //~ ERROR E0133
    let over = COUNTER > LIMIT; //~ ERROR E0133
    unsafe {
        COUNTER = 0;
    }
    println!("{} {}", over, peek());
}
