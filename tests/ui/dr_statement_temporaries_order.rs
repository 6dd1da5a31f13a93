//@ spec: 12.6
// Temporaries live until the end of the statement that made them and then die in
// reverse order of creation; `&&` skips creating the right side's temporaries, and a
// condition's temporaries die before the branch runs. Each operand of `&&` and `||` drops its
// temporaries before the other operand runs.
struct Probe(&'static str);
impl Drop for Probe {
    fn drop(&mut self) {
        println!("  probe {} done", self.0);
    }
}
impl Probe {
    fn ok(&self) -> bool {
        println!("  check {}", self.0);
        !self.0.contains("!")
    }
    fn size(&self) -> u32 {
        self.0.len() as u32
    }
}

fn probe(name: &'static str) -> Probe {
    Probe(name)
}

struct Summary {
    first: u32,
    second: u32,
}

fn main() {
    println!("struct literal:");
    let s = Summary { first: probe("one").size(), second: probe("three").size() };
    println!("summary {} {}", s.first, s.second);
    println!("short circuit false:");
    if probe("bad!").ok() && probe("never").ok() {
        println!("both ok");
    } else {
        println!("in else branch");
    }
    println!("short circuit true:");
    let both = probe("left").ok() && probe("right").ok();
    println!("both = {}", both);
    println!("comparison:");
    println!("longer = {}", probe("tall").size() > probe("short").size());
    println!("expression statement:");
    probe("alone").size();
    println!("nested block:");
    let total = {
        let inner = probe("inner").size();
        inner + { probe("deeper").size() }
    };
    println!("total {}", total);
    refcell_across_and();
    println!("end of main");
}

// A RefCell guard taken on the left of `&&` is released before the right side runs.
fn refcell_across_and() {
    use std::cell::RefCell;
    let counter = RefCell::new(1);
    let bump = |c: &RefCell<i32>| {
        *c.borrow_mut() += 1;
        true
    };
    let ok = *counter.borrow() > 0 && bump(&counter);
    let either = *counter.borrow() > 5 || bump(&counter);
    println!("{} {} {}", ok, either, counter.borrow());
}
