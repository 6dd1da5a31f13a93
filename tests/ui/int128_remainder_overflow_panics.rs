//@ run-fail
//@ spec: 6.1a
// i128::MIN % -1 overflows like every signed type's MIN % -1; the operands come from
// run time so that the check is the generated one, not a constant fold.
fn minus_one() -> i128 {
    -(std::env::args().count() as i128)
}

fn main() {
    let big = i128::MIN + 0;
    println!("{}", big / 2);
    println!("{}", big % minus_one());
}
