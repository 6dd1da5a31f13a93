//@ run-fail
//@ spec: 11.8
fn main() {
    let mut counts = [0u32; 4];
    let mut i = 0;
    while i < 10 {
        counts[i] += 1;
        i += 2;
    }
    println!("{:?}", counts);
}
