//@ run-pass
//@ spec: 11.9 11.12
#[derive(Debug, Clone, Copy, PartialEq)]
enum MaybeI32 {
    Nothing,
    Just(i32),
}

fn checked_div(a: i32, b: i32) -> MaybeI32 {
    if b == 0 { MaybeI32::Nothing } else { MaybeI32::Just(a / b) }
}

fn unwrap_or(m: MaybeI32, d: i32) -> i32 {
    if let MaybeI32::Just(v) = m { v } else { d }
}

fn main() {
    let results = [checked_div(10, 2), checked_div(1, 0), checked_div(-9, 3)];
    println!("{:?}", results);
    let mut total = 0;
    for r in results.iter() {
        total += unwrap_or(*r, 100);
    }
    println!("{} {}", total, std::mem::size_of::<MaybeI32>());
    let mut n = 0;
    let mut cur = MaybeI32::Just(1);
    while let MaybeI32::Just(v) = cur {
        n += v;
        cur = if v < 5 { MaybeI32::Just(v + 1) } else { MaybeI32::Nothing };
    }
    println!("{}", n);
}
