//@ run-pass
//@ check-ir
//@ spec: 9.1 9.2
// The IR of a checked addition, a loop and a call: locals, StorageLive/Dead, the
// overflow assert terminator and explicit copy/move operands.
fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn main() {
    let mut total = 0;
    let mut i = 0;
    while i < 3 {
        total = add(total, i);
        i += 1;
    }
    println!("{}", total);
}
