//@ compile-flags: --borrowck=off
//@ spec: 21.4, 21.4a, 21.4b
//@ asan-clean
//@ nll-rejects: E0502
// The same E0502 as an invalidated Vec reference, but the pushes stay within the
// capacity reserved up front: no reallocation, so the reference stays valid and ASan has
// nothing to report (tests/asan.sh runs it instrumented). The borrow checker cannot know
// the capacity; it rejects both programs. The output was checked against rustc with
// `&v[0]` replaced by `v.as_ptr()`.
fn main() {
    let mut v: Vec<i32> = Vec::with_capacity(8);
    v.push(1);
    let first = &v[0];
    for i in 2..=8 {
        v.push(i);
    }
    println!("{} {} {}", *first, v.len(), v.capacity());
}
