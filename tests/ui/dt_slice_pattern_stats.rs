//@ run-pass
//@ spec: 11.10 11.11 11.8
// Slice patterns [first, .., last], [x], [], and rest bindings drive recursive summaries.
fn describe(xs: &[i32]) -> &'static str {
    match xs {
        [] => "empty",
        [_] => "one",
        [a, b] if a == b => "a matching pair",
        [_, _] => "a pair",
        [first, .., last] if first == last => "bookended",
        [0, ..] => "starts with zero",
        [.., 0] => "ends with zero",
        _ => "something else",
    }
}

fn sum(xs: &[i32]) -> i32 {
    match xs {
        [] => 0,
        [head, ..] => *head + sum(&xs[1..]),
    }
}

fn max(xs: &[i32]) -> i32 {
    match xs {
        [] => i32::MIN,
        [x] => *x,
        [x, ..] => {
            let m = max(&xs[1..]);
            if *x > m { *x } else { m }
        }
    }
}

fn is_palindrome(xs: &[i32]) -> bool {
    match xs {
        [] | [_] => true,
        [a, .., b] => a == b && is_palindrome(&xs[1..xs.len() - 1]),
    }
}

fn main() {
    let samples: [&[i32]; 8] = [&[], &[4], &[2, 2], &[2, 3], &[7, 1, 7], &[0, 5, 6], &[5, 6, 0], &[1, 2, 3]];
    for s in samples {
        println!("{:<12} -> {:<17} sum={:<3} max={}", format_len(s), describe(s), sum(s), max(s));
    }
    let arr = [1, 2, 3, 2, 1];
    println!("{} {}", is_palindrome(&arr), is_palindrome(&arr[1..]));
    let [a, b, .., e] = arr;
    println!("{} {} {}", a, b, e);
    if let [.., penultimate, _] = arr {
        println!("penultimate {}", penultimate);
    }
}

fn format_len(s: &[i32]) -> &'static str {
    match s.len() {
        0 => "len 0",
        1 => "len 1",
        2..=3 => "len 2-3",
        _ => "long",
    }
}
