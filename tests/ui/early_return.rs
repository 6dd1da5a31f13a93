//@ run-pass
//@ spec: 3.3
fn classify(n: i32) -> &'static str {
    if n < 0 {
        return "negative";
    }
    if n == 0 {
        return "zero";
    }
    "positive"
}

fn first_divisor(n: u32) -> u32 {
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 { return d; }
        d += 1;
    }
    n
}

fn nothing() {
    return;
}

fn main() {
    println!("{} {} {}", classify(-5), classify(0), classify(9));
    println!("{} {}", first_divisor(91), first_divisor(97));
    nothing();
}
