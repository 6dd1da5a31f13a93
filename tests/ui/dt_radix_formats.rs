//@ run-pass
//@ spec: 7.3 6.1 6.4
// Integer formatting in hex, octal and binary with #, 0-padding, width, sign and two's complement.
const MASKS: [u16; 4] = [0x00FF, 0x0F0F, 0b1010_1010_1010_1010, 0o17];

fn main() {
    for m in MASKS {
        println!("{:>6} | {:#06x} | {:#X} | {:o} | {:016b} | ones={}", m, m, m, m, m, m.count_ones());
    }
    let neg: i8 = -5;
    println!("{:x} {:b} {:o} {:#X}", neg, neg, neg, neg);
    let n = -42i32;
    println!("[{:+}] [{:+06}] [{:<6}] [{:^8}] [{:>8}]", 42, 42, n, n, n);
    println!("[{:#010b}] [{:#o}] [{:x?}] [{:X?}]", 5u8, 64, 255, [10, 11, 12]);
    let width = 12;
    let prec = 3;
    println!("[{:>width$}] [{:*^width$.prec$}] [{:>2$}]", 0xdead_beefu32, 3.14159265, 7);
    println!("[{0:x}] [{0:#b}] [{1:>4}] [{0}]", 10, "ab");
    println!("{}", u64::MAX);
    println!("{:x}", u64::MAX);
    println!("{:#x}", i64::MIN);
    println!("{:e} {:E} {:e}", 1234.5f64, 0.00042f64, 100u32);
    let bytes = [0xCAu8, 0xFE, 0x01];
    for b in bytes { print!("{:02x}", b); }
    println!();
    println!("{:08.3} {:+.2} {:.0}", -3.14159, 2.5f32, 0.5);
    println!("{:5}|{:<5}|{:^5}|{:>5}|", true, false, "ab", 'c');
    println!("{{literal}} {:?}", "tab\there");
}
