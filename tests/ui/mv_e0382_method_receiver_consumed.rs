//@ compile-fail
//@ spec: 12.1
// A `self` method consumes its receiver: calling any method on it afterwards, or passing
// it on, is a use after move, even when the receiver is evaluated before the arguments:
// an argument moved out of a place moves before the arguments after it are evaluated.
struct Order {
    items: Vec<String>,
}

impl Order {
    fn submit(self) -> usize {
        self.items.len()
    }
    fn count(&self) -> usize {
        self.items.len()
    }
    fn with(mut self, s: &str) -> Order {
        self.items.push(s.to_string());
        self
    }
}

fn pair(o: Order, n: usize) -> usize {
    o.items.len() + n
}

fn main() {
    let o = Order { items: vec![String::from("tea")] };
    let n = o.submit();
    println!("{} {}", n, o.count()); //~ ERROR E0382
    let p = Order { items: Vec::new() };
    let q = p.with("cake");
    let r = p.with("jam"); //~ ERROR E0382
    let mut s = Order { items: Vec::new() };
    s = s.with(&format!("{}", s.count())); //~ ERROR E0382
    let t = Order { items: Vec::new() };
    let u = pair(t, t.count()); //~ ERROR E0382
    println!("{} {} {} {}", q.count(), r.count(), s.count(), u);
}
