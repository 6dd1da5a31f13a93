//@ run-fail
//@ spec: 11.8, 17.7
// Slicing a Vec past its end panics with the slice's message: the program prints the
// valid windows first, then the bad range reports the Vec's length.
fn page(items: &Vec<u32>, n: usize, size: usize) -> &[u32] {
    &items[n * size..(n + 1) * size]
}

fn main() {
    let items: Vec<u32> = (1..=10).collect();
    for n in 0..3 {
        println!("page {}: {:?}", n, page(&items, n, 4));
    }
}
