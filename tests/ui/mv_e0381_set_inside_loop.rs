//@ compile-fail
//@ spec: 4.2, 5.3
// The borrow checker does not evaluate loop conditions: a variable assigned only inside a
// `while` or `for` body may not have been assigned after the loop, even if the loop
// obviously runs, whereas `loop` with `break` after the assignment is fine.
fn main() {
    let last: i32;
    let mut i = 0;
    while i < 3 {
        last = i; //~ ERROR E0384
        i += 1;
    }
    println!("{}", last); //~ ERROR E0381

    let mut seen: u32;
    for k in 0..5 {
        seen = k;
    }
    println!("{}", seen); //~ ERROR E0381

    let ok: i32;
    loop {
        ok = 7;
        break;
    }
    println!("{}", ok);
}
