//@ compile-fail
//@ spec: 20.13
// A closure borrowing a loop-body local returned (boxed) from inside the loop.
fn first_big(v: &[i32]) -> Box<dyn Fn(i32) -> bool> {
    for x in v {
        let limit = *x;
        if limit > 10 {
            return Box::new(|y| y > limit); //~ ERROR E0373
        }
    }
    Box::new(|y: i32| y < 0)
}
fn main() {
    let _big = first_big(&[3, 20]);
}
