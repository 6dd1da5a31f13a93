//@ run-pass
//@ spec: 20.3
// Naive checker: rejects writing either candidate after a reference chosen between them died.
fn main() {
    let mut xs = [3, 1, 4];
    let mut ys = [1, 5, 9];
    for i in 0..3 {
        let r = if xs[i] > ys[i] { &mut xs[i] } else { &mut ys[i] };
        *r += 100;
        xs[i] += 1;
        ys[i] += 1;
    }
    println!("{:?} {:?}", xs, ys);
}
