//@ run-fail
//@ spec: 11.8 8.1
// A window that slides past the end of an array produces a range-end-out-of-range panic.
fn window_sum(xs: &[i32], start: usize, width: usize) -> i32 {
    let w = &xs[start..start + width];
    let mut s = 0;
    for v in w {
        s += v;
    }
    s
}

fn main() {
    let data = [4, 8, 15, 16, 23, 42];
    let mut start = 0;
    while start < data.len() {
        println!("window at {}: {}", start, window_sum(&data, start, 3));
        start += 2;
    }
}
