//@ run-pass
//@ spec: 11.1 11.3 11.7
// A ring buffer struct with head/len indices wrapping around a fixed array of readings.
const CAP: usize = 5;

#[derive(Debug, Clone, Copy)]
struct Reading { t: u32, value: i16 }

struct Ring {
    buf: [Reading; CAP],
    head: usize,
    len: usize,
    dropped: u32,
}

impl Ring {
    fn new() -> Self {
        Ring { buf: [Reading { t: 0, value: 0 }; CAP], head: 0, len: 0, dropped: 0 }
    }
    fn push(&mut self, r: Reading) {
        let tail = (self.head + self.len) % CAP;
        self.buf[tail] = r;
        if self.len == CAP {
            self.head = (self.head + 1) % CAP;
            self.dropped += 1;
        } else {
            self.len += 1;
        }
    }
    fn get(&self, i: usize) -> Reading {
        self.buf[(self.head + i) % CAP]
    }
    fn average(&self) -> f32 {
        if self.len == 0 { return 0.0; }
        let mut s = 0i32;
        for i in 0..self.len { s += self.get(i).value as i32; }
        s as f32 / self.len as f32
    }
    fn oldest(&self) -> Reading { self.get(0) }
    fn newest(&self) -> Reading { self.get(self.len - 1) }
}

fn main() {
    let mut r = Ring::new();
    println!("empty average {}", r.average());
    let values = [12i16, -3, 7, 40, 18, -25, 9, 31];
    let mut t = 100;
    for v in values {
        r.push(Reading { t, value: v });
        t += 15;
        print!("[");
        for i in 0..r.len { print!("{}{}", if i > 0 { " " } else { "" }, r.get(i).value); }
        println!("] avg {:.2}", r.average());
    }
    println!("oldest {:?}", r.oldest());
    println!("newest {:?}", r.newest());
    println!("head={} len={} dropped={}", r.head, r.len, r.dropped);
    println!("{:?}", r.buf);
}
