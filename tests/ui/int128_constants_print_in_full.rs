//@ run-pass
//@ spec: 6.1
// 128-bit values beyond 64 bits: negative constants, MIN/MAX, and formatting in every
// radix (constants were 64-bit and printing truncated to 64 bits).
fn show(x: i128) -> String {
    format!("{} {:x} {:e}", x, x, x)
}

fn main() {
    let neg: i128 = -3;
    println!("{} {} {}", neg, neg < 0, (neg >> 100) == -1);
    println!("{} {}", u128::MAX, i128::MIN);
    println!("{} {}", i128::MAX, u128::MIN);
    println!("{:x} {:X} {:o}", u128::MAX, i128::MIN, i128::MAX);
    println!("{:#b}", u128::MAX >> 64);
    println!("{:e} {:.3e} {:E}", u128::MAX, i128::MIN, i128::MAX / 7);
    println!("[{:>42}] [{:<+41}] [{:^45}]", u128::MAX, i128::MAX, i128::MIN);
    let big = 1_000_000_000_000_000_000_u128 * 1_000_000_000_000_000_000_u128;
    println!("{} {:?} {}", big, big, show(-(big as i128)));
    let v: Vec<i128> = vec![i128::MIN + 1, -1, (1_i128 << 100) + 7];
    println!("{:?}", v);
    println!("{}", (u64::MAX as u128) * 3 + (i128::MIN as u128) / 5);
    let m = i128::MIN;
    println!("{} {}", m.wrapping_abs() == m, m.checked_div(-1).is_none());
    println!("{}", u128::MAX.to_string().len());
}
