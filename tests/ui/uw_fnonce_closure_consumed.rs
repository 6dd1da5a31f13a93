//@ run-fail
//@ spec: 12.3, 12.8
// A closure that moves its capture out is used up by its call: when a panic unwinds out
// of it, the closure body drops what it took, and the caller drops nothing twice.
struct D(String);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn apply<F: FnOnce() -> usize>(f: F) -> usize {
    let _g = D("apply guard".to_string());
    f()
}

fn depth(n: u32, acc: &mut Vec<D>) -> u32 {
    let _frame = D(format!("frame {}", n));
    acc.push(D(format!("pushed {}", n)));
    if n == 0 {
        let empty: Vec<u32> = Vec::new();
        return empty[0];
    }
    depth(n - 1, acc) + 1
}

fn main() {
    let cap = D("moved into closure".to_string());
    let mut acc = Vec::new();
    let total = apply(|| {
        let c = cap;
        let x = depth(2, &mut acc);
        c.0.len() + x as usize
    });
    println!("{}", total);
}
