//@ run-pass
//@ spec: 5.4
fn main() {
    for i in 0..5 {
        print!("{} ", i);
    }
    println!();
    for i in 1..=5 {
        print!("{} ", i);
    }
    println!();
    for _ in 0..0 {
        println!("never");
    }
    let mut total: u32 = 0;
    for i in 250u8..=255 {
        total += i as u32;
    }
    println!("{}", total);
    let lo = -3;
    for i in lo..lo + 3 {
        print!("{},", i);
    }
    println!();
}
