//@ compile-fail
//@ spec: 21.4, 21.4c
// A reference kept from one loop iteration to after the loop: the local it points to
// dies at the end of each iteration (E0597). Under `--borrowck=off -Z sanitizer=address`
// the read after the loop is a stack-use-after-scope.
fn main() {
    let zero = 0;
    let mut r = &zero;
    for i in 0..3 {
        let x = i * 10;
        if i == 1 {
            r = &x; //~ ERROR E0597
        }
    }
    let seen = *r; // asan: stack-use-after-scope
    println!("{}", seen);
}
