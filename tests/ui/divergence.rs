//@ run-pass
//@ spec: 5.6
fn pick(b: bool) -> i32 {
    let x: i32 = if b { 5 } else { return -1 };
    x * 2
}

fn forever_until(n: i32) -> i32 {
    let mut i = 0;
    loop {
        i += 1;
        if i == n { return i; }
    }
}

fn main() {
    println!("{} {}", pick(true), pick(false));
    println!("{}", forever_until(17));
    let v = loop { break 3; };
    println!("{}", v);
}
