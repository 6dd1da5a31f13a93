//@ compile-flags: --borrowck=off
//@ spec: 21.4, 21.4a
//@ asan-clean
//@ nll-rejects: E0506
// Writing to an array while iterating over it by reference (E0506 under NLL). An array
// never reallocates: under `--borrowck=off` the iterator reads each element after the
// writes before it, so the running sum sees them. The output was checked against rustc
// with the loop written over a `*mut [i32; 4]`; ASan has nothing to report.
fn main() {
    let mut a = [1, 2, 3, 4];
    let mut seen = Vec::new();
    for (i, x) in a.iter().enumerate() {
        seen.push(*x);
        if i + 1 < 4 {
            a[i + 1] += 100;
        }
    }
    println!("{:?} {:?}", seen, a);
}
