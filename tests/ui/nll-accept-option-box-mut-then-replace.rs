//@ run-pass
//@ spec: 20.5
// A &mut into an Option<Box<i32>> is used, then the Option is replaced wholesale.
// Lexical checker rejects: the `if let` binding keeps opt borrowed past the assignment.
fn main() {
    let mut opt = Some(Box::new(3));
    if let Some(b) = opt.as_mut() {
        **b += 1;
        println!("inner {}", b);
    }
    let old = opt.take();
    opt = Some(Box::new(100));
    println!("{:?} {:?}", old, opt);
}
