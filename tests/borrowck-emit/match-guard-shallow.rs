//@ spec: 21.7
// A match guard keeps a shallow (fake) borrow of the scrutinee while it runs.
fn main() {
    let mut opt = Some(3);
    let n = match opt {
        Some(k) if k > 2 => k * 2,
        Some(k) => k,
        None => 0,
    };
    opt = None;
    println!("{} {:?}", n, opt);
}
