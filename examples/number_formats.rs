// One number in many formats: width, fill, alignment, sign, radix and `#`.
fn main() {
    let n = 2024;
    println!("decimal  [{:>10}]", n);
    println!("padded   [{:010}]", n);
    println!("signed   [{:+}]", n);
    println!("hex      [{:#x}] [{:X}]", n, n);
    println!("octal    [{:#o}]", n);
    println!("binary   [{:#b}]", n);
    println!("centered [{:^10}]", n);
    println!("filled   [{:*<10}]", n);
    let negative = -42i8;
    println!("i8 {} is {:#x} in two's complement", negative, negative);
    let c = 'R';
    println!("{c} is U+{:04X}", c as u32);
}
