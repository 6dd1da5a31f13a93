//@ run-fail
//@ spec: 11.8
fn pick(xs: &[u32], i: usize) -> u32 {
    xs[i]
}

fn main() {
    let a = [10, 20, 30];
    println!("{}", pick(&a, 2));
    println!("{}", pick(&a, 3));
}
