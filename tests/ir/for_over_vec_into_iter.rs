//@ run-pass
//@ check-ir
//@ spec: 9.12
// A `for` over a Vec by value: the loop calls `IntoIterator::into_iter` of Vec's impl on
// the moved vector, then `next` on the iterator until it gives None.
fn main() {
    let v = vec![1, 2, 3];
    let mut total = 0;
    for x in v {
        total += x;
    }
    println!("{}", total);
}
