//@ spec: 17.4, 17.5, 12.4
// A growable stack of Strings over raw memory: realloc doubles the buffer, ptr::write
// moves a String in without dropping garbage, ptr::read moves one out, ptr::copy shifts
// elements for insert, and Drop frees exactly the Strings still held.
use std::alloc::{alloc, dealloc, realloc, Layout};
use std::ptr;

struct RawStack {
    buf: *mut String,
    cap: usize,
    len: usize,
}

impl RawStack {
    fn new() -> RawStack {
        RawStack { buf: ptr::null_mut(), cap: 0, len: 0 }
    }

    fn grow(&mut self) {
        let new_cap = if self.cap == 0 { 2 } else { self.cap * 2 };
        let new_layout = Layout::array::<String>(new_cap).unwrap();
        unsafe {
            self.buf = if self.cap == 0 {
                alloc(new_layout) as *mut String
            } else {
                let old = Layout::array::<String>(self.cap).unwrap();
                realloc(self.buf as *mut u8, old, new_layout.size()) as *mut String
            };
        }
        println!("  grew {} -> {} ({} bytes)", self.cap, new_cap, new_layout.size());
        self.cap = new_cap;
    }

    fn push(&mut self, s: String) {
        if self.len == self.cap {
            self.grow();
        }
        unsafe { ptr::write(self.buf.add(self.len), s) };
        self.len += 1;
    }

    fn insert(&mut self, at: usize, s: String) {
        if self.len == self.cap {
            self.grow();
        }
        unsafe {
            ptr::copy(self.buf.add(at), self.buf.add(at + 1), self.len - at);
            ptr::write(self.buf.add(at), s);
        }
        self.len += 1;
    }

    fn pop(&mut self) -> Option<String> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        unsafe { Some(ptr::read(self.buf.add(self.len))) }
    }

    fn get(&self, i: usize) -> Option<&str> {
        if i < self.len { unsafe { Some((*self.buf.add(i)).as_str()) } } else { None }
    }
}

impl Drop for RawStack {
    fn drop(&mut self) {
        println!("dropping stack with {} strings", self.len);
        unsafe {
            for i in 0..self.len {
                ptr::drop_in_place(self.buf.add(i));
            }
            if self.cap > 0 {
                dealloc(self.buf as *mut u8, Layout::array::<String>(self.cap).unwrap());
            }
        }
    }
}

fn main() {
    let mut st = RawStack::new();
    for w in "one two three four five".split_whitespace() {
        st.push(w.to_uppercase());
    }
    st.insert(0, String::from("zero"));
    st.insert(3, format!("{}-{}", "two", "half"));
    let mut listing = String::new();
    for i in 0..st.len {
        listing += st.get(i).unwrap();
        listing.push(' ');
    }
    println!("[{}] len {} cap {}", listing.trim_end(), st.len, st.cap);
    let mut top = st.pop().unwrap();
    top.push_str("!!");
    println!("popped {} then {:?}", top, st.pop());
    println!("{:?} {:?}", st.get(1), st.get(10));
    let mut empty = RawStack::new();
    println!("{:?}", empty.pop());
}
