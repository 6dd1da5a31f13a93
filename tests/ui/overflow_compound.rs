//@ run-fail
//@ spec: 6.8
fn main() {
    let mut total: i16 = 32000;
    let mut i = 0;
    while i < 10 {
        total += 100;
        i += 1;
    }
    println!("{}", total);
}
