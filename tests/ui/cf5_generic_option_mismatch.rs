//@ compile-fail
//@ spec: 11.15, 13.1
// An Option<i32> is not an Option<bool>, whatever generic fn produced it.
fn first<T: Copy>(xs: &[T]) -> Option<T> {
    if xs.len() > 0 { Some(xs[0]) } else { None }
}

fn flag() -> Option<bool> {
    Some(true)
}

fn main() {
    let a: Option<bool> = first(&[1, 2, 3]); //~ ERROR E0308
    let mut b = first(&[7, 8]);
    b = flag(); //~ ERROR E0308
    let c: Option<i32> = Some(false); //~ ERROR E0308
}
