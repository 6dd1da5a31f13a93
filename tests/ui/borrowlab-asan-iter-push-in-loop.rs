//@ compile-fail
//@ spec: 21.4, 21.4b
// A for loop over `v.iter()` that pushes to `v`: the iterator keeps pointers into the old
// buffer. NLL rejects the push (E0502). Under `--borrowck=off -Z sanitizer=address` the
// push frees the old buffer, the iterator's next step hands out a pointer into it (no
// read yet: a pointer is only an address), and the read `*x` is the heap-use-after-free.
fn main() {
    let mut v = vec![10, 20, 30];
    let mut total = 0;
    for x in v.iter() {
        total += *x; // asan: heap-use-after-free
        if *x == 10 {
            v.push(40); //~ ERROR E0502
        }
    }
    println!("{}", total);
}
