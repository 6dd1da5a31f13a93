//@ spec: 21.7
// A loan made before an `if` is live in the branch that uses it, not in the other.
fn main() {
    let mut n = 5;
    let r = &n;
    if n > 3 {
        println!("big {}", r);
    } else {
        n += 1;
    }
    n += 1;
    println!("{}", n);
}
