//@ compile-fail
//@ spec: 21.4, 21.4c
// A reference that outlives the block of the local it points to (E0597). Under
// `--borrowck=off -Z sanitizer=address` the local's storage ends with its block
// (StorageDead is llvm.lifetime.end, which ASan poisons): the read is a
// stack-use-after-scope.
fn main() {
    let r;
    {
        let x = 5;
        r = &x; //~ ERROR E0597
    }
    let y = *r; // asan: stack-use-after-scope
    println!("{}", y);
}
