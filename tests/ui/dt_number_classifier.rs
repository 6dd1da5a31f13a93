//@ run-pass
//@ spec: 11.10 11.11 11.9
// Classifying integers with @ bindings on ranges, or-patterns, negative literals and guards into an enum.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Class {
    Special(&'static str),
    SmallPrime(u8),
    Teen(i64),
    Negative { magnitude: u64 },
    Big,
    Other(i64),
}

fn classify(n: i64) -> Class {
    match n {
        0 => Class::Special("zero"),
        -1 | 1 => Class::Special("unit"),
        42 => Class::Special("answer"),
        p @ (2 | 3 | 5 | 7 | 11) => Class::SmallPrime(p as u8),
        t @ 13..=19 => Class::Teen(t),
        m @ i64::MIN..=-2 => Class::Negative { magnitude: (-(m + 1)) as u64 + 1 },
        1000.. => Class::Big,
        x if x % 2 == 0 => Class::Other(x / 2),
        x => Class::Other(x),
    }
}

fn main() {
    let inputs = [0, 1, -1, 42, 7, 11, 12, 15, 19, 20, -2, -300, 999, 1000, 123456, 9];
    let mut primes = 0;
    for n in inputs {
        let c = classify(n);
        if let Class::SmallPrime(_) = c { primes += 1; }
        let note = match c {
            Class::Special(s) => s,
            Class::Negative { magnitude: 2..=9 } => "slightly negative",
            Class::Negative { .. } => "very negative",
            Class::Teen(t) if t % 2 == 1 => "odd teen",
            Class::Teen(_) => "even teen",
            Class::Other(h) if h != n => "halved",
            _ => "-",
        };
        println!("{:>7} => {:<32} {}", n, fmt(c), note);
    }
    println!("small primes: {}", primes);
    println!("{}", classify(-5) == Class::Negative { magnitude: 5 });
}

fn fmt(c: Class) -> &'static str {
    match c {
        Class::Special(..) => "Special",
        Class::SmallPrime(..) => "SmallPrime",
        Class::Teen(..) => "Teen",
        Class::Negative { .. } => "Negative",
        Class::Big => "Big",
        Class::Other(..) => "Other",
    }
}
