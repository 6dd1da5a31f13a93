//@ exit-code: 134
//@ spec: 8.1, 12.8
// A destructor that panics while a panic is already unwinding cannot be recovered
// from: rustc aborts the process (status 134) after the second panic message, and the
// values that would have been dropped after it are never dropped.
struct Fragile {
    name: &'static str,
    breaks: bool,
}

impl Drop for Fragile {
    fn drop(&mut self) {
        println!("dropping {}", self.name);
        if self.breaks {
            panic!("{} broke while being dropped", self.name);
        }
    }
}

fn work(limit: usize) -> usize {
    let _a = Fragile { name: "work sturdy", breaks: false };
    let data = vec![1, 2, 3];
    let _b = Fragile { name: "work fragile", breaks: true };
    let _c = Fragile { name: "work last", breaks: false };
    data[limit]
}

fn main() {
    let _outer = Fragile { name: "main outer", breaks: false };
    {
        let ok = Fragile { name: "scoped", breaks: false };
        println!("in scope {}", ok.name);
    }
    println!("value {}", work(7));
}
