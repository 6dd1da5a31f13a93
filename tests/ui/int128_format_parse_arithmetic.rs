//@ run-pass
//@ spec: 6.1a
fn show<T: std::fmt::Display + std::fmt::Debug>(r: Result<T, std::num::ParseIntError>) {
    match r {
        Ok(v) => println!("ok {}", v),
        Err(e) => println!("err {} {:?}", e, e),
    }
}
fn main() {
    shifts_and_casts();
    consts_and_patterns();
    show("340282366920938463463374607431768211455".parse::<u128>());
    show("340282366920938463463374607431768211456".parse::<u128>());
    show("-170141183460469231731687303715884105728".parse::<i128>());
    show("-170141183460469231731687303715884105729".parse::<i128>());
    show("170141183460469231731687303715884105727".parse::<i128>());
    show("+12".parse::<i128>());
    show("-1".parse::<u128>());
    show("".parse::<u128>());
    show("18446744073709551616".parse::<u64>());
    show("-9223372036854775808".parse::<i64>());
    show("255".parse::<u8>());
    show("-129".parse::<i8>());
    let a: u128 = 340282366920938463463374607431768211455;
    let b: i128 = -170141183460469231731687303715884105728;
    println!("{} {}", a, b);
    println!("{:?}", a.checked_add(1));
    println!("{:?}", b.checked_sub(1));
    println!("{:?}", (a / 3).checked_mul(3));
    println!("{}", a.wrapping_add(5));
    println!("{}", b.wrapping_neg());
    println!("{}", 3u128.pow(80));
    println!("{}", (-3i128).pow(79));
    println!("{}", a.leading_zeros() + a.trailing_zeros() + (a >> 7).count_ones());
    println!("{}", u128::MAX.to_string().len());
    println!("{}", (b as f64) as i128 == b);
    println!("{}", (a as f32));
    println!("{}", (1e39f64 as u128) == u128::MAX);
    println!("{}", (-1e39f64 as i128) == i128::MIN);
    println!("{}", (a as u8) as i128 + (b as i64) as i128);
    println!("{}", i128::MAX.abs_diff(i128::MIN));
    println!("{:#?}", [1u128 << 127, 2]);
    println!("{:+050}|{:<45}|{:^45}|{:*>45}", b, a, a, a);
    println!("{:#x}|{:#X}|{:#o}|{:#b}", b, b, a >> 100, a >> 100);
    println!("{:e}|{:E}|{:.3e}|{:10.2e}", a, b, a, 123456789012345678901234567890u128);
    println!("{:x?} {:X?}", a, b);
}

fn shifts_and_casts() {
    let a = 1u128 << 100;
    println!("{}", a);
    println!("{}", i128::MIN);
    println!("{:?} {:x} {:X} {:o} {:b} {:e}", a, a, a, a, a, a);
    println!("{:>50}|{:+}|{:#x}|{:050}", a, a, a, i128::MIN);
    let s = a.to_string();
    println!("{}", s);
    let big = u128::MAX - 0;
    println!("{}", big);
    let x: u128 = (u64::MAX as u128) + 1;
    println!("{}", x * 3 + 7);
    println!("{}", (x * 3) / 7);
    println!("{}", (x * 3) % 7);
    println!("{}", (a as f64));
    println!("{}", (1e30f64 as u128));
    println!("{}", (a as u64));
    println!("{}", (-5i64 as i128));
    println!("{}", (u64::MAX as u128) * (u64::MAX as u128));
    println!("{}", i128::MAX.count_ones());
    println!("{}", u128::MAX);
}

const BIG: u128 = 1 << 100;
static NEG: i128 = -170141183460469231731687303715884105728;
const M: u128 = u128::MAX;
fn consts_and_patterns() {
    println!("{} {} {}", BIG, NEG, M);
    let x = 0xffff_ffff_ffff_ffff_ffff_ffff_ffff_ffffu128;
    match x {
        340282366920938463463374607431768211455 => println!("max"),
        _ => println!("other"),
    }
    match NEG {
        i128::MIN..=-18446744073709551617 => println!("low"),
        _ => println!("hi"),
    }
    let arr = [5u128; 3];
    println!("{:?}", arr);
    let v: Vec<i128> = vec![i128::MIN, i128::MAX, 0];
    println!("{:?} {}", v, v.iter().map(|x| x / 2).sum::<i128>());
}
