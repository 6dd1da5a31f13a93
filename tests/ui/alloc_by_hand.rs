//@ spec: 17.4, 17.5
// A Box of one's own over std::alloc and std::ptr: alloc with a Layout, ptr::write into
// it, Deref/DerefMut to reach it, Drop to drop_in_place and dealloc; and a raw buffer of
// several values walked with pointer arithmetic and grown with realloc.
use std::alloc::{alloc, dealloc, realloc, Layout};
use std::ops::{Deref, DerefMut};
use std::ptr;

struct Owned<T> {
    ptr: *mut T,
}

impl<T> Owned<T> {
    fn new(value: T) -> Owned<T> {
        let layout = Layout::new::<T>();
        unsafe {
            let p = alloc(layout) as *mut T;
            assert!(!p.is_null());
            ptr::write(p, value);
            Owned { ptr: p }
        }
    }
}

impl<T> Deref for Owned<T> {
    type Target = T;
    fn deref(&self) -> &T {
        unsafe { &*self.ptr }
    }
}

impl<T> DerefMut for Owned<T> {
    fn deref_mut(&mut self) -> &mut T {
        unsafe { &mut *self.ptr }
    }
}

impl<T> Drop for Owned<T> {
    fn drop(&mut self) {
        unsafe {
            ptr::drop_in_place(self.ptr);
            dealloc(self.ptr as *mut u8, Layout::new::<T>());
        }
        println!("Owned freed");
    }
}

struct Named(&'static str);
impl Drop for Named {
    fn drop(&mut self) {
        println!("{} dropped", self.0);
    }
}

fn main() {
    let mut n = Owned::new(41);
    *n += 1;
    println!("{}", *n);
    let named = Owned::new(Named("inside"));
    println!("holding {}", named.0);
    let arr = Owned::new([10u64, 20, 30]);
    println!("sum {}", arr.iter().sum::<u64>());

    let count = 4;
    let layout = Layout::array::<u32>(count).unwrap();
    println!("layout {} bytes, align {}", layout.size(), layout.align());
    unsafe {
        let buf = alloc(layout) as *mut u32;
        for i in 0..count {
            ptr::write(buf.add(i), (i as u32 + 1) * 100);
        }
        let grown = realloc(buf as *mut u8, layout, 8 * 4) as *mut u32;
        for i in count..8 {
            *grown.add(i) = i as u32;
        }
        let mut total = 0;
        for i in 0..8 {
            total += ptr::read(grown.add(i));
        }
        println!("total {}", total);
        let last = grown.add(7);
        println!("back one {}", *last.sub(1));
        dealloc(grown as *mut u8, Layout::array::<u32>(8).unwrap());
    }
    let null: *const u8 = ptr::null();
    println!("null {}", null.is_null());
}
