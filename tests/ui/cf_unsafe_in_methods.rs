//@ compile-fail
//@ spec: 11.13 11.6 11.3
// Unsafe operations inside methods and associated functions are not made
// safe by the impl block: a raw pointer field read, an unsafe fn call and a
// static mut write.
static mut CREATED: u32 = 0;

struct Handle {
    ptr: *const u8,
}

unsafe fn peek(p: *const u8) -> u8 {
    *p
}

impl Handle {
    fn new(p: *const u8) -> Handle {
        CREATED += 1; //~ ERROR E0133
        Handle { ptr: p }
    }
    fn read(&self) -> u8 {
        *self.ptr //~ ERROR E0133
    }
    fn read2(&self) -> u8 {
        peek(self.ptr) //~ ERROR E0133
    }
    unsafe fn read3(&self) -> u8 {
        peek(self.ptr)
    }
}

fn main() {
    let b = 5u8;
    let h = Handle::new(&b as *const u8);
    let v = h.read3(); //~ ERROR E0133
}
