//@ spec: 12.3, 12.4, 15.2
// A move closure that uses whole values owns them: they die with the closure, in capture
// order, wherever the closure dies (its block, a callee, a drop); FnOnce hands them out.
struct Torch(&'static str);
impl Drop for Torch {
    fn drop(&mut self) {
        println!("torch {} out", self.0);
    }
}
impl Torch {
    fn brightness(&self) -> usize {
        self.0.len()
    }
}

fn run_twice<F: Fn() -> usize>(f: F) -> usize {
    println!("run_twice starts");
    f() + f()
}

fn made(name: &'static str) -> impl Fn() -> usize {
    let t = Torch(name);
    move || t.brightness() * 100
}

fn main() {
    let near = Torch("near");
    let look = || near.brightness();
    println!("borrowing closure sees {}", look());
    {
        let first = Torch("first");
        let second = Torch("second");
        let pair = move || second.brightness() + first.brightness();
        println!("pair gives {}", pair());
        println!("leaving the block");
    }
    let lent = Torch("lent");
    println!("twice {}", run_twice(move || lent.brightness()));
    println!("after run_twice");
    let b = made("returned");
    println!("returned closure gives {}", b());
    drop(b);
    let keep = Torch("keep");
    let give_back = move || keep;
    let back = give_back();
    println!("got {} back", back.0);
    let v = vec![Torch("v0"), Torch("v1")];
    let count = move || v.len();
    println!("vec closure {}", count());
    println!("end of main");
}
