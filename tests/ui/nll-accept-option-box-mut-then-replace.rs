//@ run-pass
//@ spec: 20.5
// A &mut into an Option<Box<i32>> is used, then the Option is replaced wholesale.
// Lexical checker rejects: `b` keeps opt borrowed to the end of main, past take and assign.
fn main() {
    let mut opt = Some(Box::new(3));
    let b = opt.as_mut().unwrap();
    **b += 1;
    println!("inner {}", b);
    let old = opt.take();
    opt = Some(Box::new(100));
    println!("{:?} {:?}", old, opt);
}
