//@ run-pass
//@ spec: 9.4
// The branches of an `if` (and the `else` of an `if let`) and the body of a `while` or
// `loop` are terminating scopes: a temporary made in a branch's or body's tail dies at
// its end, before the code after it runs, and once per iteration. The arguments show
// the order: the first one's temporary is gone before the second one's is made.
struct Noisy(u32);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn value(n: &Noisy) -> u32 {
    n.0
}
fn pair(a: u32, b: u32) -> u32 {
    a + b
}
fn make(n: u32) -> Noisy {
    Noisy(n)
}
fn main() {
    let yes = std::env::args().count() > 0;
    let x = pair(if yes { value(&Noisy(1)) } else { 0 }, value(&Noisy(2)));
    println!("x = {x}");
    let y = pair(if !yes { 0 } else { value(&Noisy(3)) }, value(&Noisy(4)));
    println!("y = {y}");
    let opt = Some(5u32);
    let z = pair(if let None = opt { 0 } else { value(&Noisy(5)) }, value(&Noisy(6)));
    println!("z = {z}");
    let mut i = 0;
    while i < 3 {
        i += 1;
        match make(10 + i).0 {
            n => println!("while got {n}"),
        }
    }
    println!("after while");
    let mut j = 0;
    loop {
        j += 1;
        if j > 2 {
            break;
        }
        match make(20 + j).0 {
            n => println!("loop got {n}"),
        }
    }
    println!("end");
}
