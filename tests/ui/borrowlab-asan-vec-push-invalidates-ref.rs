//@ compile-fail
//@ spec: 21.4, 21.4b
// Iterator invalidation in its simplest form: `first` points into the Vec's buffer, and
// the pushes outgrow it, so the buffer is reallocated and the old one freed. NLL rejects
// the first push; under `--borrowck=off -Z sanitizer=address` the read through `first`
// is a heap-use-after-free, reported at its line.
fn main() {
    let mut v = vec![1, 2, 3];
    let first = &v[0];
    for i in 0..100 {
        v.push(i); //~ ERROR E0502
    }
    let x = *first; // asan: heap-use-after-free
    println!("{}", x);
}
