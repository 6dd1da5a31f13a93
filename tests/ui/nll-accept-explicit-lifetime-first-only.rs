//@ run-pass
//@ spec: 20.4
// Naive checker: keeps the second argument borrowed though the result only borrows from the first.
fn pick<'a, 'b>(keep: &'a Vec<i32>, probe: &'b Vec<i32>) -> &'a i32 {
    if probe.len() > 1 { &keep[1] } else { &keep[0] }
}
fn main() {
    let keep = vec![7, 8];
    let mut probe = vec![1];
    let r = pick(&keep, &probe);
    probe.push(2);
    let r2 = pick(&keep, &probe);
    println!("{} {} {:?}", r, r2, probe);
}
