//@ run-pass
//@ spec: 11.10 11.11
fn fizz(n: u32) -> &'static str {
    match (n % 3, n % 5) {
        (0, 0) => "FizzBuzz",
        (0, _) => "Fizz",
        (_, 0) => "Buzz",
        _ => "",
    }
}

fn grade(score: u8) -> char {
    match score {
        90..=100 => 'A',
        80..=89 => 'B',
        70..=79 => 'C',
        0..=69 => 'F',
        _ => '?',
    }
}

fn main() {
    for n in 1..=15 {
        let f = fizz(n);
        if f.is_empty() { print!("{} ", n); } else { print!("{} ", f); }
    }
    println!();
    for s in [95u8, 85, 75, 65, 101] {
        print!("{}", grade(s));
    }
    println!();
    let point = (3, -2);
    let quadrant = match point {
        (0, 0) => "origin",
        (x, 0) | (0, x) if x != 0 => "axis",
        (x, y) if x > 0 && y > 0 => "I",
        (x, y) if x < 0 && y > 0 => "II",
        (_, y) if y < 0 => "III or IV",
        _ => "unreachable",
    };
    println!("{}", quadrant);
}
