//@ parse-only
//@ spec: 10.11 10.12 10.13
// Every expression form, with rustc's precedence.
#![allow(unused, unreachable_code, unused_must_use)]

struct S {
    a: i32,
    b: i32,
}

fn main() {
    let t = ((1, 2), 3);
    let n = t.0.1 + t.1;
    let v = vec![1, 2, 3];
    let z = vec![0u8; 16];
    let arr = [1, 2, 3];
    let rep = [0; 4];
    let s = S { a: 1, b: 2 };
    let a = 5;
    let s2 = S { a, ..s };
    let s3 = S { b: 4, ..S { a: 1, b: 2 } };
    let r = 1 + 2 * 3 - 4 / 2 % 3;
    let shifts = 1 << 2 >> 1;
    let bits = 1 & 2 | 3 ^ 4;
    let cmp = 1 < 2 && 3 >= 2 || !(4 == 4) && 5 != 6;
    let neg = -(-5i32);
    let cast = 300i32 as u8 as char;
    let ranges = (0..10, 0..=10, ..5, ..=5, 3.., ..);
    let mut m = 0;
    m += 1;
    m -= 1;
    m *= 2;
    m <<= 1;
    m >>= 1;
    let closure = |x: i32, y: i32| x + y;
    let untyped = |x| x;
    untyped(1);
    let boxed_closure = move || -> i32 { n * 2 };
    let nested = |x: i32| move |y: i32| x + y;
    let empty = || {};
    let sum: i32 = v.iter().map(|x| x * 2).filter(|&x| x > 2).sum();
    let collected = v.iter().copied().collect::<Vec<i32>>();
    let parsed = "42".parse::<i32>();
    let size = std::mem::size_of::<u64>();
    let default = <i32 as Default>::default();
    let other = <Vec<u8>>::new();
    let idx = v[0] + arr[1];
    let slice = &v[1..];
    let r1 = &a;
    let r2 = &mut m;
    let raw = &raw const a;
    let deref = *r1;
    let block = {
        let inner = 1;
        inner + 1
    };
    let unsafe_value = unsafe { 5 };
    let labelled = 'outer: {
        if a > 3 {
            break 'outer 1;
        }
        2
    };
    let chained = if a < 0 { -1 } else if a == 0 { 0 } else { 1 };
    if let Some(x) = Some(5) {
        println!("{x}");
    } else if let None = Some(3) {
    } else {
    }
    let mut stack = vec![1];
    while let Some(top) = stack.pop() {
        println!("{top}");
    }
    for (i, x) in v.iter().enumerate() {
        continue;
    }
    'rows: for i in 0..3 {
        'cols: loop {
            break 'rows;
        }
    }
    let m2 = match a {
        0 => "zero",
        1 | 2 => "small",
        3..=9 if a % 2 == 1 => "odd digit",
        x @ 10..=99 => {
            "two digits"
        }
        _ => "big",
    };
    match s3 {
        S { a: 0, .. } => {}
        S { a, b } if a > b => {}
        S { .. } => {}
    }
    let Some(value) = Some(1) else { return; };
    let result: Result<i32, String> = Ok(1);
    fn fallible() -> Result<i32, String> {
        let x: i32 = "5".parse::<i32>().map_err(|e| e.to_string())?;
        Ok(x)
    }
    let is_small = matches!(a, 0..=5);
    let formatted = format!("{a:>4}|{:<3}|{:^5.1}", 1, 2.5);
    dbg!(a + 1);
    assert!(a == 5, "a was {}", a);
    debug_assert_eq!(a, 5);
    let f = 1.5e3 + 2. + 0.25f32 as f64;
    let big = 0xFF_u8 as u64 + 0o17 + 0b1010;
    let chars = ('a', '\n', '\u{1F600}', b'x', "str", r#"raw "s""#, b"bytes");
    return;
}
