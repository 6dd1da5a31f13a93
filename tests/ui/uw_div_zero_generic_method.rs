//@ run-fail
//@ spec: 6.8, 8.1, 12.8, 13.1
// Division by zero inside a method of a generic struct: the struct's contents
// (a Vec of values needing drop) and the caller's locals unwind in rustc's order.
struct Noisy {
    label: String,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.label);
    }
}

struct Bucket<T> {
    items: Vec<T>,
    weight: u32,
}

impl<T> Bucket<T> {
    fn new(weight: u32) -> Bucket<T> {
        Bucket { items: Vec::new(), weight }
    }
    fn add(&mut self, x: T) {
        self.items.push(x);
    }
    fn share(&self, total: u32) -> u32 {
        let _mark = Noisy { label: String::from("share scope") };
        total / (self.weight * self.items.len() as u32)
    }
}

fn noisy(s: &str) -> Noisy {
    Noisy { label: s.to_string() }
}

fn main() {
    let mut full: Bucket<Noisy> = Bucket::new(2);
    full.add(noisy("apple"));
    full.add(noisy("pear"));
    println!("share {}", full.share(100));
    let mut empty: Bucket<Noisy> = Bucket::new(0);
    empty.add(noisy("plum"));
    let nums: Bucket<i32> = Bucket::new(3);
    println!("nums {}", nums.items.len());
    println!("share {}", empty.share(50));
    println!("unreachable");
}
