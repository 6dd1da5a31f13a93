//@ run-pass
//@ spec: 4.1 4.2
fn main() {
    let x = 5;
    let x = x * 2;
    {
        let x = x + 100;
        println!("inner {}", x);
    }
    println!("outer {}", x);
    let mut y: i64 = 1;
    y = y + 41;
    println!("{}", y);
    let z;
    if x > 5 { z = 1; } else { z = 2; }
    println!("{}", z);
    let (a, b) = (3, 4);
    println!("{} {}", a, b);
    let _ = a;
}
