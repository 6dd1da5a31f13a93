//@ spec: 12.9, 17.6, 18.1
// A line batcher takes its in-progress String and Vec out of `&mut self` with mem::take and
// mem::replace (leaving fresh empty values behind), and double-buffers with mem::swap.
use std::mem;

struct Batcher {
    current: String,
    batch: Vec<String>,
    spare: Vec<String>,
    batch_size: usize,
    flushed: u32,
}

impl Batcher {
    fn new(batch_size: usize) -> Self {
        Batcher { current: String::new(), batch: Vec::new(), spare: Vec::new(), batch_size, flushed: 0 }
    }
    fn feed(&mut self, c: char) -> Option<Vec<String>> {
        if c != '\n' {
            self.current.push(c);
            return None;
        }
        let line = mem::take(&mut self.current);
        self.batch.push(line);
        if self.batch.len() < self.batch_size {
            return None;
        }
        self.flushed += 1;
        Some(mem::replace(&mut self.batch, Vec::with_capacity(self.batch_size)))
    }
    fn finish(mut self) -> (Vec<String>, u32) {
        if !self.current.is_empty() {
            let last = mem::take(&mut self.current);
            self.batch.push(last);
        }
        mem::swap(&mut self.batch, &mut self.spare);
        (self.spare, self.flushed)
    }
}

fn main() {
    let text = "alpha\nbeta\ngamma\ndelta\nepsilon\nzeta";
    let mut b = Batcher::new(2);
    let mut batches: Vec<Vec<String>> = Vec::new();
    for c in text.chars() {
        if let Some(full) = b.feed(c) {
            println!("flush #{}: {:?} (current {:?})", b.flushed, full, b.current);
            batches.push(full);
        }
    }
    println!("pending {:?}, current {:?}, cap {}", b.batch, b.current, b.batch.capacity());
    let (rest, flushed) = b.finish();
    println!("rest {:?} after {} flushes", rest, flushed);
    batches.push(rest);
    let sizes: Vec<usize> = batches.iter().map(|v| v.len()).collect();
    let chars: usize = batches.iter().map(|v| v.iter().map(|s| s.len()).sum::<usize>()).sum();
    println!("sizes {:?} chars {}", sizes, chars);
}
