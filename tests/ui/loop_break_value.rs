//@ run-pass
//@ spec: 5.3
fn main() {
    let mut counter = 0;
    let result = loop {
        counter += 1;
        if counter == 10 {
            break counter * 2;
        }
    };
    println!("{}", result);
    let mut x = 1u32;
    loop {
        x *= 3;
        if x > 100 { break; }
    }
    println!("{}", x);
}
