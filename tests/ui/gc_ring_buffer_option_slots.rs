//@ spec: 13.2, 16.7, 12.9, 17.8
// A generic ring buffer over Vec<Option<T>>: Option::take moves an element out of its slot
// and replace evicts the oldest when full, so every String is dropped exactly once.
struct Ring<T> {
    slots: Vec<Option<T>>,
    head: usize,
    len: usize,
}

impl<T> Ring<T> {
    fn with_capacity(cap: usize) -> Ring<T> {
        let mut slots = Vec::new();
        for _ in 0..cap {
            slots.push(None);
        }
        Ring { slots, head: 0, len: 0 }
    }
    fn cap(&self) -> usize {
        self.slots.len()
    }
    // returns the evicted element when the buffer was full
    fn push(&mut self, value: T) -> Option<T> {
        let tail = (self.head + self.len) % self.cap();
        let old = self.slots[tail].replace(value);
        if self.len == self.cap() {
            self.head = (self.head + 1) % self.cap();
        } else {
            self.len += 1;
        }
        old
    }
    fn pop_front(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        let v = self.slots[self.head].take();
        self.head = (self.head + 1) % self.cap();
        self.len -= 1;
        v
    }
    fn get(&self, i: usize) -> Option<&T> {
        if i >= self.len {
            return None;
        }
        self.slots[(self.head + i) % self.cap()].as_ref()
    }
}

fn main() {
    let mut log: Ring<String> = Ring::with_capacity(3);
    for n in 1..=5 {
        let line = format!("event-{}", n);
        match log.push(line) {
            Some(old) => println!("evicted {}", old),
            None => println!("stored event-{}", n),
        }
    }
    for i in 0..4 {
        match log.get(i) {
            Some(s) => println!("[{}] {}", i, s),
            None => println!("[{}] -", i),
        }
    }
    let first = log.pop_front();
    println!("popped {:?}", first);
    log.push(String::from("event-6"));
    log.push(String::from("event-7"));
    let mut rest = Vec::new();
    while let Some(s) = log.pop_front() {
        rest.push(s);
    }
    println!("rest {:?} len {}", rest, log.len);

    let mut nums: Ring<i32> = Ring::with_capacity(2);
    nums.push(10);
    nums.push(20);
    let out = nums.push(30);
    println!("{:?} {:?} {:?}", out, nums.get(0), nums.get(1));
}
