//@ run-fail
//@ spec: 13.1
// A generic body calls `<[T]>::swap`, a #[track_caller] method in every instance: the call
// passes its location, so the panic names the line of the `swap` in the generic fn.
fn rev<T: Copy>(a: &mut [T; 4]) {
    a.swap(0, 3);
    a.swap(1, 2);
}
fn first_last<T>(a: &mut [T]) {
    let n = a.len();
    a.swap(0, n);
}
fn main() {
    let mut a = [1, 2, 3, 4];
    rev(&mut a);
    println!("{:?}", a);
    let mut v = vec![String::from("a"), String::from("b")];
    first_last(&mut v[..1]);
    println!("{:?}", v);
    first_last(&mut v);
}
